// Which folder of src/ imports which, drawn from the code's own import statements (type
// imports included: a type names its folder as much as a value does). A folder is a first
// level folder of src/ (its subfolders are part of it: src/connection/sharing/ is the
// connection's), except that each src/elements/<element>/ is a folder of its own; the files
// at the root of src/ (the entries) are `entries`.
// `node scripts/folder-graph.mjs` prints the graph and exits 1 when it has a cycle.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

// Static imports and re-exports (`import type` included), side-effect imports, and `import('…')`.
const IMPORT = /(?:^|[\s;])(?:import|export)\s*(?:type\s+)?(?:[\w*{}\s,$]*?\s*from\s*|\(\s*)?['"](\.{1,2}\/[^'"]+)['"]/g;

/** @param {string} dir @returns {string[]} every .ts file under dir, as paths relative to it */
function sources(dir, under = '') {
  return readdirSync(join(dir, under), { withFileTypes: true }).flatMap((entry) => {
    const path = under ? `${under}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return sources(dir, path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** @param {string} file a path relative to src/ @returns {string} */
export function folderOf(file) {
  const parts = file.split('/');
  if (parts.length === 1) return 'entries';
  if (parts[0] === 'elements' && parts.length > 2) return `elements/${parts[1]}`;
  return parts[0];
}

/**
 * @param {string} srcDir
 * @returns {{ edges: Record<string, string[]>, files: Record<string, string[]> }} `edges`: each
 * folder and the folders it imports (sorted); `files`: for each "from -> to" pair, the importing
 * files, so a failure can say where to look.
 */
export function folderGraph(srcDir) {
  /** @type {Record<string, Set<string>>} */
  const edges = {};
  /** @type {Record<string, string[]>} */
  const files = {};
  for (const file of sources(srcDir)) {
    const from = folderOf(file);
    edges[from] ??= new Set();
    const text = readFileSync(join(srcDir, file), 'utf8');
    for (const [, specifier] of text.matchAll(IMPORT)) {
      const target = posix.normalize(posix.join(posix.dirname(file), specifier));
      const to = folderOf(target);
      if (to === from) continue;
      edges[from].add(to);
      const importers = (files[`${from} -> ${to}`] ??= []);
      if (!importers.includes(file)) importers.push(file);
    }
  }
  return {
    edges: Object.fromEntries(Object.keys(edges).sort().map((folder) => [folder, [...edges[folder]].sort()])),
    files,
  };
}

/**
 * The folders in an order where each imports only folders before it (lowest first), or, when
 * there is none, `cycle`: the folders that import each other, directly or round a loop.
 * @param {Record<string, string[]>} edges
 * @returns {{ order: string[], cycle: string[] }}
 */
export function layers(edges) {
  const order = [];
  const left = new Map(Object.entries(edges).map(([folder, to]) => [folder, new Set(to)]));
  while (left.size) {
    const ready = [...left].filter(([, to]) => [...to].every((folder) => !left.has(folder))).map(([folder]) => folder).sort();
    if (!ready.length) return { order, cycle: [...left.keys()].sort() };
    for (const folder of ready) left.delete(folder);
    order.push(...ready);
  }
  return { order, cycle: [] };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = relative(process.cwd(), join(dirname(fileURLToPath(import.meta.url)), '..', 'src')).split(sep).join('/') || '.';
  const { edges } = folderGraph(root);
  const { order, cycle } = layers(edges);
  for (const folder of order.length ? order : Object.keys(edges)) {
    console.log(`${folder.padEnd(36)} -> ${edges[folder].join(', ') || '(nothing)'}`);
  }
  if (cycle.length) {
    console.error(`\nFolders that import each other: ${cycle.join(', ')}`);
    process.exitCode = 1;
  }
}
