import type { StreamSpaceConnectionStatus } from '../elements/connection-status/connection-status.js';
import type { StreamSpaceEnterpriseWs } from '../elements/enterprise-ws/enterprise-ws.js';
import type { StreamSpaceNotificationCenter } from '../elements/notification-center/notification-center.js';
import type { StreamSpaceToastStack } from '../elements/toast-stack/toast-stack.js';
import type { StreamSpaceEventMap } from '../connection/events.js';

type Events<K extends keyof GlobalEventHandlersEventMap> = Pick<GlobalEventHandlersEventMap, K>;

/**
 * Every element of the package, framework-free: its class, the properties a template may
 * set (each attribute's property, plus the attribute-less ones such as `token`), and the
 * events it fires. `react.ts` and `vue.ts` map this table into each framework's tag types;
 * test/jsx/typings-manifest.test.ts fails when custom-elements.json lists an element,
 * attribute or event they lack.
 */
export interface StreamSpaceTags {
  'streamspace-enterprise-ws': {
    element: StreamSpaceEnterpriseWs;
    props: Pick<
      StreamSpaceEnterpriseWs,
      | 'url'
      | 'tokenKey'
      | 'token'
      | 'tokenProvider'
      | 'tokenParam'
      | 'autoReconnect'
      | 'reconnectInterval'
      | 'maxReconnectDelay'
      | 'maxReconnectAttempts'
      | 'notifications'
      | 'manual'
      | 'share'
      | 'formatter'
      | 'historyStorage'
      | 'gapThreshold'
      | 'desktopNotifications'
    >;
    events: StreamSpaceEventMap;
  };
  'streamspace-toast-stack': {
    element: StreamSpaceToastStack;
    props: Pick<StreamSpaceToastStack, 'position' | 'maxVisible' | 'hotkey' | 'duration' | 'theme' | 'strings'>;
    events: Events<'streamspace-toast-show' | 'streamspace-toast-dismiss' | 'streamspace-toast-action'>;
  };
  'streamspace-connection-status': {
    element: StreamSpaceConnectionStatus;
    props: Pick<StreamSpaceConnectionStatus, 'htmlFor' | 'compact' | 'theme' | 'strings'>;
    // It fires nothing of its own.
    events: {};
  };
  'streamspace-notification-center': {
    element: StreamSpaceNotificationCenter;
    props: Pick<StreamSpaceNotificationCenter, 'htmlFor' | 'placement' | 'theme' | 'strings'>;
    events: Events<'streamspace-notification-click' | 'streamspace-unread-change'>;
  };
}

export type StreamSpaceTagName = keyof StreamSpaceTags;
