/**
 * `npm run bench [-- NAME…]`: runs every bench/<name>.bench.ts (or the named ones), each in its own
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
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = wanted.filter((w) => !all.includes(w));
if (unknown.length) {
  console.error(`bench: unknown benchmark ${unknown.join(', ')}; known: ${all.join(', ')}`);
  process.exit(2);
}
let failed = 0;
for (const name of wanted.length ? wanted : all) {
  console.log(`\n=== bench: ${name} ===`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', `${here}${name}.bench.ts`], { stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    console.error(`bench: ${name} exited with status ${r.status}`);
  }
}
process.exit(failed ? 1 : 0);
