/**
 * The TCK's named graphs (tests/tck/graphs/<name>/): a metadata file `<name>.json` lists the Cypher
 * scripts that build the graph (graphs/named-graphs.adoc). Scripts may hold several statements
 * separated by `;`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Splits a script at `;` outside strings, quoted names and comments; drops empty statements. */
export function splitStatements(script: string): string[] {
  const statements: string[] = [];
  let start = 0;
  let i = 0;
  while (i < script.length) {
    const c = script[i]!;
    if (c === "'" || c === '"' || c === '`') {
      i++;
      while (i < script.length && script[i] !== c) i += script[i] === '\\' && c !== '`' ? 2 : 1;
      i++;
    } else if (c === '/' && script[i + 1] === '/') {
      while (i < script.length && script[i] !== '\n') i++;
    } else if (c === '/' && script[i + 1] === '*') {
      const end = script.indexOf('*/', i + 2);
      i = end === -1 ? script.length : end + 2;
    } else if (c === ';') {
      statements.push(script.slice(start, i));
      start = ++i;
    } else {
      i++;
    }
  }
  statements.push(script.slice(start));
  return statements.map((s) => s.trim()).filter((s) => s.length > 0);
}

const cache = new Map<string, string[]>();

/** The statements that build graph `name`, in order; throws if the graph is not described. */
export function namedGraphStatements(graphsDir: string, name: string): string[] {
  const dir = join(graphsDir, name);
  const cacheKey = dir;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const metadataPath = join(dir, `${name}.json`);
  let scripts = [name];
  if (existsSync(metadataPath)) {
    const metadata = JSON.parse(readFileSync(metadataPath, 'utf8')) as { scripts?: unknown };
    if (Array.isArray(metadata.scripts)) scripts = metadata.scripts.map(String);
  }
  const statements: string[] = [];
  for (const script of scripts) {
    const path = join(dir, `${script}.cypher`);
    if (!existsSync(path)) throw new Error(`tck/graphs: no script ${path} for the graph "${name}"`);
    statements.push(...splitStatements(readFileSync(path, 'utf8')));
  }
  cache.set(cacheKey, statements);
  return statements;
}
