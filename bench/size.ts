// `npm run size`: gzip sizes of the built bundles against DESIGN.md's budgets.
// Exits 1 when a budget is broken, 2 when there is nothing built to measure.
import { fileURLToPath } from 'node:url';
import { MissingBuildError, measureSizes, sizeFailures, sizeTable } from './lib/sizes.js';

const distDir = fileURLToPath(new URL('../dist/', import.meta.url));

try {
  const results = measureSizes(distDir);
  console.log(sizeTable(results));
  const failures = sizeFailures(results);
  if (failures.length) {
    console.error(`\nSize budget broken:\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
  console.log('\nSize budgets met (1 KB = 1024 bytes, gzip level 9).');
} catch (error) {
  if (!(error instanceof MissingBuildError)) throw error;
  console.error(error.message);
  process.exit(2);
}
