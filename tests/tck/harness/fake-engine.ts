/**
 * A deliberately tiny engine for testing the harness itself (never the real engine): it speaks a few
 * fixed query shapes, with values in the TCK notation, so harness tests can make scenarios pass and,
 * above all, fail on purpose.
 *
 *   RETURN <value> AS <name>[, <value> AS <name>]…   one row; `$p` returns parameter p
 *   UNWIND <list> AS <name> RETURN <name>             one row per element
 *   CREATE (<node>)[, (<node>)]…                      adds nodes (labels and properties)
 *   MATCH (n) RETURN n                                every node
 *   MATCH (n) SET n.<key> = <value>                   sets a property on every node
 *   MATCH (n) DELETE n                                removes every node
 *   FAIL <TckType> <Detail|-> <kind>                  raises a CypherError
 *   PARTIAL <node> THEN FAIL                          adds the node, then raises (a non-atomic write)
 *   BOOM                                              throws a plain TypeError (an engine bug)
 *   HANG                                              never returns (ignores its time budget)
 */
import type { KnowledgeGraph } from '../../../src/graph/types.ts';
import { parseTckValue } from './parse-value.ts';
import { renderValue } from './render-value.ts';
import type { TckNode, TckValue } from './value.ts';

export class CypherError extends Error {
  override name = 'CypherError';
  readonly userMessage: string;
  constructor(
    readonly kind: string,
    readonly tckType: string,
    readonly tckDetail: string | undefined,
    message: string,
  ) {
    super(message);
    this.userMessage = message;
  }
}

function toStored(value: TckValue): unknown {
  switch (value.kind) {
    case 'integer':
      return Number(value.value);
    case 'float':
    case 'string':
    case 'boolean':
      return value.value;
    case 'list':
      return value.items.map(toStored);
    default:
      return null;
  }
}

function fromStored(value: unknown): TckValue {
  if (value === null || value === undefined) return { kind: 'null' };
  if (typeof value === 'number') return Number.isInteger(value) ? { kind: 'integer', value: BigInt(value) } : { kind: 'float', value };
  if (typeof value === 'string') return { kind: 'string', value };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (Array.isArray(value)) return { kind: 'list', items: value.map(fromStored) };
  throw new TypeError('fake engine: unsupported stored value');
}

function nodeValue(graph: KnowledgeGraph, key: string): TckNode {
  const { labels, ...props } = graph.getNodeAttributes(key);
  return { kind: 'node', labels, properties: Object.fromEntries(Object.entries(props).map(([k, v]) => [k, fromStored(v)])) };
}

/** Splits at top-level commas (outside brackets and quotes). */
function splitTop(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === "'") quote = false;
    } else if (c === "'") quote = true;
    else if ('([{<'.includes(c)) depth++;
    else if (')]}>'.includes(c)) depth--;
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim());
}

function paramValue(params: Record<string, unknown>, name: string): TckValue {
  const v = params[name];
  if (v === undefined) throw new CypherError('semantic', 'ParameterMissing', 'MissingParameter', `missing parameter $${name}`);
  if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
    return { kind: 'map', entries: Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fromStored(x)])) };
  }
  return fromStored(v);
}

let created = 0;

export function runCypher(graph: KnowledgeGraph, text: string, options: { params?: Record<string, unknown> } = {}): { columns: string[]; rows: unknown[][] } {
  const query = text.trim();
  const params = options.params ?? {};
  let m: RegExpExecArray | null;
  if (query === 'HANG') for (;;);
  if (query === 'BOOM') throw new TypeError("Cannot read properties of undefined (reading 'x')");
  if ((m = /^FAIL (\S+) (\S+) (\S+)$/.exec(query))) throw new CypherError(m[3]!, m[1]!, m[2] === '-' ? undefined : m[2], `fake ${m[1]}`);
  if ((m = /^PARTIAL (.+) THEN FAIL$/.exec(query))) {
    runCypher(graph, `CREATE ${m[1]}`);
    throw new CypherError('runtime', 'TypeError', 'InvalidArgumentType', 'fake failure after a write');
  }
  if ((m = /^RETURN (.+)$/s.exec(query))) {
    const items = splitTop(m[1]!).map((item) => /^(.+) AS (\w+)$/s.exec(item)!);
    return { columns: items.map((i) => i[2]!), rows: [items.map((i) => (i[1]!.startsWith('$') ? paramValue(params, i[1]!.slice(1)) : parseTckValue(i[1]!)))] };
  }
  if ((m = /^UNWIND (.+) AS (\w+) RETURN \2$/s.exec(query))) {
    const list = parseTckValue(m[1]!);
    if (list.kind !== 'list') throw new CypherError('runtime', 'TypeError', 'ListExpected', 'not a list');
    return { columns: [m[2]!], rows: list.items.map((i) => [i]) };
  }
  if ((m = /^CREATE (.+)$/s.exec(query))) {
    for (const part of splitTop(m[1]!)) {
      const node = parseTckValue(part);
      if (node.kind !== 'node') throw new CypherError('syntax', 'SyntaxError', 'InvalidCreate', 'fake CREATE takes nodes');
      const props = Object.fromEntries(Object.entries(node.properties).map(([k, v]) => [k, toStored(v)]));
      graph.addNode(`n${++created}`, { labels: node.labels, ...(props as Record<string, never>) });
    }
    return { columns: [], rows: [] };
  }
  if (query === 'MATCH (n) RETURN n') return { columns: ['n'], rows: graph.nodes().map((k) => [nodeValue(graph, k)]) };
  if ((m = /^MATCH \(n\) SET n\.(\w+) = (.+)$/.exec(query))) {
    const value = toStored(parseTckValue(m[2]!));
    for (const k of graph.nodes()) graph.setNodeAttribute(k, m[1]!, value as never);
    return { columns: [], rows: [] };
  }
  if (query === 'MATCH (n) DELETE n') {
    graph.clear();
    return { columns: [], rows: [] };
  }
  throw new CypherError('syntax', 'SyntaxError', 'UnknownQuery', `fake engine: cannot run ${JSON.stringify(query)}`);
}

export function formatValue(value: unknown): string {
  return renderValue(value as TckValue);
}

/** Values are TckValues already; plain enough for the tests that use it. */
export function toPlain(value: unknown): unknown {
  return renderValue(value as TckValue);
}

/** The same fake, as the harness's TckEngine, for in-process tests. */
export const fakeEngine = {
  runCypher,
  formatValue,
  isCypherError: (e: unknown): e is CypherError => e instanceof CypherError,
};
