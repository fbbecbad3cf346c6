/**
 * `streamspace-enterprise-ws/jsx/vue` (types only): the four tags in Vue's
 * `GlobalComponents`, for vue-tsc and editor completion. Props are the elements' property
 * names (`:max-visible` binds `maxVisible`); `@streamspace-state` is typed as
 * `onStreamspaceState`, as Vue names event props. A dotted event (`security.alert`) cannot be
 * a template listener name: use `v-on="{ 'security.alert': handler }"` (docs/frameworks.md).
 */
import type { DefineComponent } from 'vue';
import type { StreamSpaceTagName, StreamSpaceTags } from './tags.js';

type Camel<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;

/** `@streamspace-toast-show` → `onStreamspaceToastShow`. */
export type VueEventProps<Events> = {
  [Name in keyof Events & string as `on${Capitalize<Camel<Name>>}`]?: (event: Events[Name]) => void;
};

export type StreamSpaceVueProps<Tag extends StreamSpaceTagName> = Partial<StreamSpaceTags[Tag]['props']> &
  VueEventProps<StreamSpaceTags[Tag]['events']>;

export type StreamSpaceGlobalComponents = {
  [Tag in StreamSpaceTagName]: DefineComponent<StreamSpaceVueProps<Tag>>;
};

declare module 'vue' {
  interface GlobalComponents extends StreamSpaceGlobalComponents {}
}
