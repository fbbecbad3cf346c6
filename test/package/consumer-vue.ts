// A Vue project's view of the four tags through `streamspace-enterprise-ws/jsx/vue`: each is in
// Vue's GlobalComponents with its properties and events. Type-checked (not run) by consumer-check.mjs.
import type { GlobalComponents } from 'vue';
import type {} from 'streamspace-enterprise-ws/jsx/vue';
import type { StreamSpaceVueProps } from 'streamspace-enterprise-ws/jsx/vue';

type Tag = 'streamspace-enterprise-ws' | 'streamspace-toast-stack' | 'streamspace-notification-center' | 'streamspace-connection-status';
export const tags: { [T in Tag]: GlobalComponents[T] } | null = null;

export const socket: StreamSpaceVueProps<'streamspace-enterprise-ws'> = {
  url: 'wss://streamspace.example.com/api/v1/ws/enterprise',
  token: 'jwt',
  share: false,
  maxReconnectAttempts: 10,
  onStreamspaceState: (event) => event.detail.state,
};
export const stack: StreamSpaceVueProps<'streamspace-toast-stack'> = { position: 'top-right', maxVisible: 3, onStreamspaceToastShow: (event) => event.detail };
export const center: StreamSpaceVueProps<'streamspace-notification-center'> = { htmlFor: 'ws', placement: 'bottom-end', onStreamspaceUnreadChange: (event) => event.detail };
export const pill: StreamSpaceVueProps<'streamspace-connection-status'> = { htmlFor: 'ws', compact: true };
// @ts-expect-error share is a boolean
export const wrong: StreamSpaceVueProps<'streamspace-enterprise-ws'> = { share: 'no' };
