/**
 * `npm run bench [-- NAME… [--OPTION…]]`: runs every bench/<name>.bench.ts (or the named ones), each in its own
 * process so that peak memory is measured per benchmark, and prints their reports one after another.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const all = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.slice(0, -'.bench.ts'.length))
  .sort();
// Names pick benchmarks; everything from the first option on goes to each of them
// (`npm run bench -- extract --scales 1,10`).
const args = process.argv.slice(2);
const firstOption = args.findIndex((a) => a.startsWith('-'));
const wanted = firstOption < 0 ? args : args.slice(0, firstOption);
const forwarded = firstOption < 0 ? [] : args.slice(firstOption);
const unknown = wanted.filter((w) => !all.includes(w));
if (unknown.length) {
  console.error(`bench: unknown benchmark ${unknown.join(', ')}; known: ${all.join(', ')}`);
  process.exit(2);
}
let failed = 0;
for (const name of wanted.length ? wanted : all) {
  console.log(`\n=== bench: ${name} ===`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', `${here}${name}.bench.ts`, ...forwarded], { stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    console.error(`bench: ${name} exited with status ${r.status}`);
  }
}
process.exit(failed ? 1 : 0);
