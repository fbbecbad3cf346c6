// The folders of src/ import one way (docs/development.md, "Layout"): drawn from the code's own
// imports by scripts/folder-graph.mjs, so a new import that runs back up fails here, not in a
// reader's head. A new folder fails too until it is given its floor below.
import { expect } from '@open-wc/testing';

/** Lowest first. A folder may import folders of lower floors; elements may use each other, one way. */
const FLOORS: readonly (readonly string[])[] = [
  ['protocol', 'internal'],
  ['connection'],
  ['i18n'],
  ['toast', 'controllers', 'translations'],
  ['history'],
  ['elements/*'],
  // The elements' typed tags, for any framework.
  ['jsx'],
  ['entries'],
  // The React entry sits on the package's own entry (it defines the elements it renders).
  ['react'],
];

interface Graph {
  edges: Record<string, string[]>;
  files: Record<string, string[]>;
  order: string[];
  cycle: string[];
}

const floorOf = (folder: string) =>
  FLOORS.findIndex((floor) => floor.some((name) => name === folder || (name.endsWith('/*') && folder.startsWith(name.slice(0, -1)))));

const graph: Graph = await (await fetch('/__src__/folder-graph.json')).json();

describe('folders of src/', () => {
  it('finds the folders and their imports', () => {
    expect(graph.edges).to.include.keys('protocol', 'connection', 'toast', 'history', 'elements/enterprise-ws', 'entries');
    expect(graph.edges.connection).to.include('protocol');
  });

  it('has a floor for every folder', () => {
    expect(Object.keys(graph.edges).filter((folder) => floorOf(folder) < 0)).to.deep.equal([]);
  });

  it('has no arrow running back up', () => {
    const upward = Object.entries(graph.edges).flatMap(([from, to]) =>
      to.filter((folder) => floorOf(folder) > floorOf(from) || (floorOf(folder) === floorOf(from) && !from.startsWith('elements/'))).map((folder) => `${from} -> ${folder} (${graph.files[`${from} -> ${folder}`]!.join(', ')})`),
    );
    expect(upward).to.deep.equal([]);
  });

  it('has no two folders that import each other, directly or round a loop', () => {
    expect(graph.cycle).to.deep.equal([]);
    expect(graph.order).to.have.members(Object.keys(graph.edges));
  });

  it('keeps the core (protocol, connection, toast, history) free of elements', () => {
    for (const core of ['protocol', 'connection', 'toast', 'history']) {
      expect(graph.edges[core]!.filter((folder) => folder.startsWith('elements/')), core).to.deep.equal([]);
    }
  });
});
