import { type CSSProperties, createElement, forwardRef, type ReactNode, useImperativeHandle, useRef } from 'react';
import type { StreamSpaceTagName, StreamSpaceTags } from '../jsx/tags.js';
import { splitProps, useElementProps } from './element-props.js';

type Handler<E> = (event: E) => void;

/** What every wrapper accepts besides the element's own properties and events. */
export interface ElementComponentProps {
  children?: ReactNode;
  id?: string;
  className?: string;
  style?: CSSProperties;
  slot?: string;
  hidden?: boolean;
  title?: string;
}

type Props<Tag extends StreamSpaceTagName, Events extends Record<string, keyof GlobalEventHandlersEventMap>> = ElementComponentProps &
  Partial<StreamSpaceTags[Tag]['props']> & { [Prop in keyof Events]?: Handler<GlobalEventHandlersEventMap[Events[Prop]]> };

/** A thin component for one element: its properties as props, its events as `on…` props. */
function elementComponent<Tag extends StreamSpaceTagName, Events extends Record<string, keyof GlobalEventHandlersEventMap>>(
  tag: Tag,
  events: Events,
) {
  return forwardRef<StreamSpaceTags[Tag]['element'], Props<Tag, Events>>((props, forwarded) => {
    const ref = useRef<StreamSpaceTags[Tag]['element']>(null);
    useImperativeHandle(forwarded, () => ref.current!, []);
    const { dom, own } = splitProps(props as Record<string, unknown>, events);
    useElementProps(ref, own, events, props as Record<string, unknown>);
    return createElement(tag, { ...dom, ref });
  });
}

/** `<streamspace-toast-stack>`; put it inside the provider to configure where toasts show. */
export const ToastStack = elementComponent('streamspace-toast-stack', {
  onToastShow: 'streamspace-toast-show',
  onToastDismiss: 'streamspace-toast-dismiss',
  onToastAction: 'streamspace-toast-action',
});

/** `<streamspace-notification-center>`: the bell and its panel. */
export const NotificationCenter = elementComponent('streamspace-notification-center', {
  onNotificationClick: 'streamspace-notification-click',
  onUnreadChange: 'streamspace-unread-change',
});

/** `<streamspace-connection-status>`: the status pill. */
export const ConnectionStatus = elementComponent('streamspace-connection-status', {});
