/**
 * `npm run bench`: runs every `bench/*.bench.ts` (or those whose name contains an argument) in
 * this process, one after the other. Each prints its own lines; compare ratios within one run,
 * not absolute numbers across machines.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const filters = process.argv.slice(2);
const dir = import.meta.dirname;
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();
for (const file of files) {
  console.log(`# ${file}`);
  const mod = (await import(join(dir, file))) as { default: () => Promise<void> };
  await mod.default();
}
