#!/usr/bin/env node
// Entry point of the `kg` command; the TypeScript sources are compiled to dist/ by `npm install` (prepare).
import { existsSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { V8_FLAGS } from './v8-flags.js';

// Before the program is loaded, so that all of it is compiled under them.
for (const flag of V8_FLAGS) setFlagsFromString(flag);

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(main)) {
  console.error('kg: the compiled program is missing (dist/). Run `npm run build` in the project folder.');
  process.exit(1);
}
const { run } = await import(main.href);
await run(process.argv);
