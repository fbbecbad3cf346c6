/**
 * `streamspace-enterprise-ws/jsx/react` (types only, also included by `./react`): the four
 * tags in React's `JSX.IntrinsicElements`. React 19 sets a prop as a property when the
 * element has it (`token`, `maxVisible`, `share={false}`) and turns `on<event-name>` into
 * `addEventListener('<event-name>')`, so the props are the elements' property names and the
 * event props are `on` + the event name as fired (`onstreamspace-state`).
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { StreamSpaceTagName, StreamSpaceTags } from './tags.js';

/** `onstreamspace-state={(event) => …}`: the event name as is, after `on`. */
export type ReactEventProps<Events> = {
  [Name in keyof Events & string as `on${Name}`]?: (event: Events[Name]) => void;
};

/** The JSX props of one tag: HTML attributes, the element's properties, its events. */
export type StreamSpaceReactProps<Tag extends StreamSpaceTagName> = DetailedHTMLProps<
  HTMLAttributes<StreamSpaceTags[Tag]['element']>,
  StreamSpaceTags[Tag]['element']
> &
  Partial<StreamSpaceTags[Tag]['props']> &
  ReactEventProps<StreamSpaceTags[Tag]['events']>;

export type StreamSpaceIntrinsicElements = { [Tag in StreamSpaceTagName]: StreamSpaceReactProps<Tag> };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends StreamSpaceIntrinsicElements {}
  }
}
