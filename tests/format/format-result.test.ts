import { describe, expect, it } from 'vitest';
import { createGraph } from '../../src/graph/create-graph.ts';
import { formatResult, formatSummary } from '../../src/format/index.ts';
import { runCypher } from '../../src/query/index.ts';
import { buildNewsGraph } from '../resources/repl/news-graph.ts';

const graph = buildNewsGraph();
const run = (text: string, g = graph) => runCypher(g, text);

describe('formatResult: table', () => {
  it('aligns columns in cypher-shell layout, values in Cypher notation', () => {
    const result = run("MATCH (p:Person)-[:LEADS]->(c:Country) RETURN p.name AS leader, c.iso2 AS iso, p.mentions AS n ORDER BY leader");
    expect(formatResult(result, 'table')).toBe(
      [
        '+-------------------+------+---+',
        '| leader            | iso  | n |',
        '+-------------------+------+---+',
        "| 'Emmanuel Macron' | 'FR' | 6 |",
        "| 'Giorgia Meloni'  | 'IT' | 1 |",
        "| 'Keir Starmer'    | 'GB' | 4 |",
        '+-------------------+------+---+',
      ].join('\n'),
    );
  });

  it('writes nodes, relationships, lists, maps, floats and null as Cypher does', () => {
    const result = run(
      "MATCH (o:Organization)-[r:PLEDGES]->(:Country {iso2: 'UA'}) RETURN o {.name, .acronym} AS org, r.amount AS amount, [1, 2.0] AS list, null AS nothing",
    );
    const table = formatResult(result, 'table');
    expect(table).toContain("{name: 'Union européenne', acronym: 'UE'}");
    expect(table).toContain("'90 milliards d\\'euros'");
    expect(table).toContain('[1, 2.0]');
    expect(table).toContain('| null ');
    const nodes = formatResult(run("MATCH (e:Event) RETURN e"), 'table');
    expect(nodes).toContain("(:Event {name: 'Sommet de la coalition des volontaires', date: '2026-01-06', place: 'Paris', kind: 'summit'})");
  });

  it('keeps wide characters and emoji aligned: widths are terminal columns', () => {
    const result = run("UNWIND [['France', '🇫🇷'], ['北京', 'x'], ['Zoë', '👩‍👩‍👧']] AS pair RETURN pair[0] AS name, pair[1] AS mark");
    // 🇫🇷 and 👩‍👩‍👧 take two columns on a terminal, as do 北 and 京.
    expect(formatResult(result, 'table')).toBe(
      [
        '+----------+------+',
        '| name     | mark |',
        '+----------+------+',
        "| 'France' | '🇫🇷' |",
        "| '北京'   | 'x'  |",
        "| 'Zoë'    | '👩‍👩‍👧' |",
        '+----------+------+',
      ].join('\n'),
    );
  });

  it('keeps one line per row: line breaks, tabs and terminal escapes in values are shown escaped', () => {
    const g = createGraph();
    g.addNode('n', { labels: ['Note'], text: 'line one\nline two\tand \u001b[31mred\u001b[0m \u202eevil' });
    const table = formatResult(run('MATCH (n:Note) RETURN n.text AS text', g), 'table');
    expect(table.split('\n')).toHaveLength(5);
    expect(table).toContain("'line one\\nline two\\tand \\u001b[31mred\\u001b[0m \\u202eevil'");
    expect(table).not.toMatch(/[\u001b\u202e]/);
  });

  it('colours only when asked', () => {
    const result = run('MATCH (p:Person) RETURN p.name, p LIMIT 1');
    expect(formatResult(result, 'table', { color: false })).not.toContain('\u001b[');
    const coloured = formatResult(result, 'table', { color: true });
    expect(coloured).toContain('\u001b[1m'); // bold header
    expect(coloured).toContain('\u001b[36m'); // a node in cyan
  });

  it('fits a wide table to the terminal by cutting its widest cells with …', () => {
    const result = run("MATCH (p:Person {name: 'Emmanuel Macron'})-[r:ATTENDED]->(e) RETURN p.name AS who, p, r, e.date AS date");
    const natural = formatResult(result, 'table').split('\n');
    expect(natural[0].length).toBeGreaterThan(300);
    const fitted = formatResult(result, 'table', { maxWidth: 100 }).split('\n');
    for (const line of fitted) expect(line.length).toBe(100);
    // The two wide columns share what the narrow ones leave, cut to the same width.
    expect(fitted[3]).toBe("| 'Emmanuel Macron' | (:Person {name: 'Emmanuel Ma… | [:ATTENDED {confidence: 0.9,… | '2026-01-06' |");
    // A table that fits is left alone.
    expect(formatResult(result, 'table', { maxWidth: 1000 })).toBe(natural.join('\n'));
  });

  it('ends with the summary line when given the elapsed time', () => {
    const result = run('MATCH (p:Person) RETURN p.name');
    expect(formatResult(result, 'table', { elapsedMs: 3.14 }).split('\n').at(-1)).toBe('4 rows in 3.1 ms');
    expect(formatResult(run('MATCH (p:Nobody) RETURN p'), 'table', { elapsedMs: 12.6 })).toBe(
      ['+---+', '| p |', '+---+', '0 rows in 13 ms'].join('\n'),
    );
  });
});

describe('formatResult: json', () => {
  it('is an array of objects keyed by column, in plain form', () => {
    const result = run("MATCH (p:Person {name: 'Giorgia Meloni'})-[r:LEADS]->(c) RETURN p.name AS name, r, c.iso2 AS iso, 1.5 AS f");
    const parsed = JSON.parse(formatResult(result, 'json'));
    expect(parsed).toHaveLength(1);
    expect(parsed[0].name).toBe('Giorgia Meloni');
    expect(parsed[0].iso).toBe('IT');
    expect(parsed[0].f).toBe(1.5);
    expect(parsed[0].r).toMatchObject({ type: 'LEADS', start: 'p:meloni', end: 'c:it', properties: { confidence: 0.9 } });
    expect(parsed[0].r.properties.evidence[0].doc).toBe('000_e062ad4954cb4371.txt');
  });

  it('is the same bytes for the same query', () => {
    const text = 'MATCH (n) RETURN n ORDER BY n.name';
    expect(formatResult(run(text), 'json')).toBe(formatResult(run(text, buildNewsGraph()), 'json'));
  });
});

describe('formatResult: csv', () => {
  it('quotes as RFC 4180 says, writes null as an empty field and composite values as JSON', () => {
    const result = run(
      "RETURN 'a, b' AS comma, 'say \"hi\"' AS quote, 'two\nlines' AS nl, null AS nothing, 2 AS n, [1, 'x'] AS list, {k: true} AS map",
    );
    expect(formatResult(result, 'csv')).toBe(
      ['comma,quote,nl,nothing,n,list,map', '"a, b","say ""hi""","two\nlines",,2,"[1,""x""]","{""k"":true}"'].join('\n'),
    );
  });

  it('writes nodes as the JSON of their plain form', () => {
    const csv = formatResult(run("MATCH (c:Country {iso2: 'IT'}) RETURN c"), 'csv');
    const [header, row] = csv.split('\n');
    expect(header).toBe('c');
    expect(JSON.parse(row.slice(1, -1).replace(/""/g, '"'))).toMatchObject({ id: 'c:it', labels: ['Country'], properties: { name: 'Italie' } });
  });
});

describe('formatSummary', () => {
  it('counts rows and says what a write changed', () => {
    const g = createGraph();
    const result = runCypher(g, "CREATE (:Person {name: 'A'})-[:KNOWS]->(:Person {name: 'B'})");
    expect(formatSummary(result, 120.4)).toBe('0 rows in 120 ms; 2 nodes created, 1 relationship created, 2 properties set, 2 labels added');
    expect(formatResult(result, 'table', { elapsedMs: 1 })).toBe('0 rows in 1.0 ms; 2 nodes created, 1 relationship created, 2 properties set, 2 labels added');
  });
});
