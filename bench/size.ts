// `npm run size`: gzip sizes of the built bundles against DESIGN.md's budgets.
// `npm run size -- --modules` adds where the bytes come from, per source module.
// Exits 1 when a budget is broken, 2 when there is nothing built to measure.
import { fileURLToPath } from 'node:url';
import { moduleSizes, moduleTable } from './lib/size-breakdown.js';
import { MissingBuildError, measureSizes, sizeFailures, sizeTable } from './lib/sizes.js';

const root = fileURLToPath(new URL('..', import.meta.url));

async function main(): Promise<number> {
  let results;
  try {
    results = measureSizes(`${root}dist`);
  } catch (error) {
    if (!(error instanceof MissingBuildError)) throw error;
    console.error(error.message);
    return 2;
  }
  console.log(sizeTable(results));
  if (process.argv.includes('--modules')) {
    for (const mode of ['es', 'iife'] as const) {
      console.log(`\nLargest modules, ${mode} build (rendered = before minification):\n`);
      console.log(moduleTable(await moduleSizes(root.replace(/\/$/, ''), mode)));
    }
  }
  const failures = sizeFailures(results);
  if (failures.length) {
    console.error(`\nSize budget broken:\n  ${failures.join('\n  ')}`);
    return 1;
  }
  console.log('\nSize budgets met (1 KB = 1024 bytes, gzip level 9).');
  return 0;
}

process.exitCode = await main();
