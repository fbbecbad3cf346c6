// Just enough Markdown reading for the tests that keep README.md and docs/*.md honest:
// the pages as written (served by the runner's `/__raw__/` route), their tables, links and
// headings. Not a Markdown parser: the pages are ours, and these tests would notice a page
// that outgrew it (a link or table they can no longer see is a link or table gone missing).

/** A file of the repository as written, or null when it is not there. */
export async function rawFile(path: string): Promise<string | null> {
  const response = await fetch(`/__raw__/${path}.txt`);
  return response.ok ? response.text() : null;
}

/** README.md and every docs/*.md, as repository paths. */
export async function markdownPages(): Promise<string[]> {
  const response = await fetch('/__docs__/pages.json');
  if (!response.ok) throw new Error(`GET /__docs__/pages.json: ${response.status}`);
  return response.json();
}

/** Whether a repository path (file or folder) exists. */
export async function pathExists(path: string): Promise<boolean> {
  const response = await fetch(`/__docs__/exists?path=${encodeURIComponent(path)}`);
  if (!response.ok) throw new Error(`GET /__docs__/exists?path=${path}: ${response.status}`);
  return (await response.json()).exists;
}

/** The page without its fenced code blocks (their `src=`, `[x](y)` are examples, not links). */
export const withoutCodeBlocks = (markdown: string) =>
  markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, '');

/** Every table as rows of cells, the header row first (the `|---|` line dropped). */
export function tables(markdown: string): string[][][] {
  const found: string[][][] = [];
  let current: string[][] | null = null;
  for (const line of withoutCodeBlocks(markdown).split('\n')) {
    if (!line.trim().startsWith('|')) {
      current = null;
      continue;
    }
    if (/^\s*\|[\s|:-]+\|\s*$/.test(line)) continue; // the delimiter row
    // Split on pipes that are not escaped (`\|` appears inside type signatures).
    const cells = line.trim().replace(/^\||\|$/g, '').split(/(?<!\\)\|/).map((cell) => cell.trim());
    if (!current) found.push((current = []));
    current.push(cells);
  }
  return found;
}

/** The names in a cell made only of code spans, e.g. "`toast`, `toast-info`"; else []. */
export function codeNamesOnly(cell: string): string[] {
  if (!/^(`[^`]+`[\s,]*)+$/.test(cell)) return [];
  return [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1]!);
}

export interface Link {
  target: string;
  /** The Markdown as written, for failure messages. */
  source: string;
}

/** Inline links and images, reference definitions, and HTML `href`/`src` outside code. */
export function links(markdown: string): Link[] {
  const prose = withoutCodeBlocks(markdown).replace(/`[^`\n]*`/g, '``');
  const found: Link[] = [];
  for (const match of prose.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    found.push({ target: match[1]!, source: match[0] });
  }
  for (const match of prose.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+"[^"]*")?\s*$/gm)) {
    found.push({ target: match[1]!, source: match[0].trim() });
  }
  for (const match of prose.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
    found.push({ target: match[1]!, source: match[0].trim() });
  }
  return found;
}

/** The anchors GitHub gives a page's headings (github-slugger's rules, duplicates numbered). */
export function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const match of withoutCodeBlocks(markdown).matchAll(/^#{1,6}[ \t]+(.+?)[ \t#]*$/gm)) {
    const text = match[1]!.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'); // a link's text only
    const slug = text.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}
