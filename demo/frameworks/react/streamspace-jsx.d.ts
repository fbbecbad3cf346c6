/**
 * JSX types for the two elements in React 19, which sets known properties on custom
 * elements and turns `on<event-name>` props into `addEventListener('<event-name>')`.
 * Copy this file into a React + TypeScript project (or include it in its `tsconfig`).
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { StreamSpaceEnterpriseWs, StreamSpaceEventMap, StreamSpaceToastStack } from 'streamspace-enterprise-ws';

/** `onstreamspace-state={(event) => …}`: the event name as is, after `on`. */
type EventProps<Events> = {
  [Name in keyof Events & string as `on${Name}`]?: (event: Events[Name]) => void;
};

type ToastEventMap = Pick<
  GlobalEventHandlersEventMap,
  'streamspace-toast-show' | 'streamspace-toast-dismiss' | 'streamspace-toast-action'
>;

type ElementProps<E extends HTMLElement, Props extends keyof E, Events> = DetailedHTMLProps<HTMLAttributes<E>, E> &
  Partial<Pick<E, Props>> &
  EventProps<Events>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'streamspace-enterprise-ws': ElementProps<
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
        | 'formatter',
        StreamSpaceEventMap
      >;
      'streamspace-toast-stack': ElementProps<
        StreamSpaceToastStack,
        'position' | 'maxVisible' | 'duration' | 'theme' | 'strings',
        ToastEventMap
      >;
    }
  }
}
