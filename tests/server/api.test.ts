/**
 * The JSON API: GET /api/graph and POST /api/query, with every status a client can meet
 * (200, 304, 400, 403, 405, 413, 415), the time budget and the row cap.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/index.ts';
import { buildSummitGraph } from '../viewer/fixture-graph.ts';
import { postJson, send } from './http-client.ts';

let server: RunningServer;

beforeAll(async () => {
  server = await startServer({ graph: buildSummitGraph(), graphPath: '/data/summit.json', port: 0, log: () => {} });
});

afterAll(async () => {
  await server?.close();
});

describe('GET /api/graph', () => {
  it('sends every node and relationship with its properties and evidence', async () => {
    const response = await send(server.url, '/api/graph');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    const graph = response.json();
    expect(graph.nodes).toHaveLength(11);
    expect(graph.edges).toHaveLength(17);
    expect(graph.meta).toMatchObject({ source: 'summit.json', allowWrite: false });
    // The schema for the legend: labels and types with their counts.
    expect(graph.meta.schema.labels).toEqual([
      { name: 'Country', count: 4 },
      { name: 'Event', count: 1 },
      { name: 'Organization', count: 2 },
      { name: 'Person', count: 4 },
    ]);
    expect(graph.meta.schema.relationshipTypes).toContainEqual({ name: 'REFUSES_TROOPS', count: 2 });
    expect(graph.attributes.documents['sommet-paris.txt'].date).toBe('2026-01-06');
    const meloni = graph.nodes.find((n: { key: string }) => n.key === 'person:giorgia-meloni');
    expect(meloni.attributes).toMatchObject({ labels: ['Person'], name: 'Giorgia Meloni', aliases: ['Meloni'] });
    const refusal = graph.edges.find((e: { key: string }) => e.key === 'country:IT-REFUSES_TROOPS-country:UA');
    expect(refusal).toMatchObject({ source: 'country:IT', target: 'country:UA', attributes: { type: 'REFUSES_TROOPS' } });
    expect(refusal.attributes.evidence[0].text).toContain("ne prévoit pas d'envoyer de troupes");
  });

  it('is revalidated with its ETag and compressed when the client accepts it', async () => {
    const first = await send(server.url, '/api/graph', { headers: { 'Accept-Encoding': 'gzip, deflate' } });
    expect(first.headers['content-encoding']).toBe('gzip');
    const etag = String(first.headers.etag);
    const second = await send(server.url, '/api/graph', { headers: { 'If-None-Match': etag } });
    expect(second.status).toBe(304);
    expect(second.body).toBe('');
  });

  it('answers 405 to other methods', async () => {
    const response = await send(server.url, '/api/graph', { method: 'POST' });
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('GET, HEAD');
  });
});

describe('POST /api/query', () => {
  it('answers columns, rows as plain values, and the subgraph the result touches', async () => {
    const response = await postJson(server.url, '/api/query', {
      query: 'MATCH (p:Person)-[r:LEADS]->(c:Country) RETURN p.name AS name, c.iso2 AS iso2, r ORDER BY name',
    });
    expect(response.status).toBe(200);
    const result = response.json();
    expect(result.columns).toEqual(['name', 'iso2', 'r']);
    expect(result.rows.map((row: unknown[]) => row.slice(0, 2))).toEqual([
      ['Emmanuel Macron', 'FR'],
      ['Giorgia Meloni', 'IT'],
      ['Keir Starmer', 'GB'],
      ['Volodymyr Zelensky', 'UA'],
    ]);
    expect(result.rows[1][2]).toMatchObject({
      id: 'person:giorgia-meloni-LEADS-country:IT',
      type: 'LEADS',
      start: 'person:giorgia-meloni',
      end: 'country:IT',
    });
    // Returned relationships bring their two ends.
    expect(result.nodes.map((n: { key: string }) => n.key).sort()).toEqual([
      'country:FR',
      'country:GB',
      'country:IT',
      'country:UA',
      'person:emmanuel-macron',
      'person:giorgia-meloni',
      'person:keir-starmer',
      'person:volodymyr-zelensky',
    ]);
    expect(result.relationships).toHaveLength(4);
    const lead = result.relationships.find((r: { key: string }) => r.key === 'person:giorgia-meloni-LEADS-country:IT');
    expect(lead).toMatchObject({ source: 'person:giorgia-meloni', target: 'country:IT' });
    expect(lead.attributes.evidence[0].doc).toBe('sommet-paris.txt');
    expect(result.stats).toMatchObject({ nodesCreated: 0 });
    expect(typeof result.elapsedMs).toBe('number');
  });

  it('takes parameters and returns nodes as {id, labels, properties}', async () => {
    const response = await postJson(server.url, '/api/query', {
      query: 'MATCH (c:Country {name: $name}) RETURN c',
      params: { name: 'Italie' },
    });
    expect(response.status).toBe(200);
    const [[country]] = response.json().rows;
    expect(country).toEqual({
      id: 'country:IT',
      labels: ['Country'],
      properties: { name: 'Italie', aliases: ['italienne'], iso2: 'IT', mentions: 2 },
    });
  });

  it('answers 400 with the positioned message for a bad query', async () => {
    const response = await postJson(server.url, '/api/query', { query: 'MATCH (p:Person)\nRETURN p.name AS' });
    expect(response.status).toBe(400);
    const { error } = response.json();
    expect(error.status).toBe(400);
    expect(error.kind).toBe('syntax');
    expect(error.line).toBe(2);
    expect(error.column).toBeGreaterThan(1);
    expect(error.message).toContain('^');
  });

  it('answers 400 for a semantic error too', async () => {
    const response = await postJson(server.url, '/api/query', { query: 'MATCH (p:Person) RETURN q' });
    expect(response.status).toBe(400);
    expect(response.json().error.kind).toBe('semantic');
  });

  it('answers 403 to a write clause in a read-only server, and leaves the graph as it was', async () => {
    const response = await postJson(server.url, '/api/query', { query: "CREATE (:Person {name: 'Intrus'})" });
    expect(response.status).toBe(403);
    expect(response.json().error.kind).toBe('forbidden');
    const graph = (await send(server.url, '/api/graph')).json();
    expect(graph.nodes).toHaveLength(11);
  });

  it.each([
    ['not JSON', '{"query": ', 400, /not valid JSON/],
    ['an empty body', '', 400, /empty/],
    ['a list', '[]', 400, /JSON object/],
    ['no query', '{"params": {}}', 400, /"query"/],
    ['a blank query', '{"query": "   "}', 400, /"query"/],
    ['params that are a list', '{"query": "RETURN 1", "params": [1]}', 400, /"params"/],
  ])('answers 400 to %s', async (_what, body, status, message) => {
    const response = await send(server.url, '/api/query', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    expect(response.status).toBe(status);
    expect(response.json().error.message).toMatch(message);
  });

  it('answers 415 to a body that is not declared as JSON', async () => {
    const response = await send(server.url, '/api/query', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: '{"query": "RETURN 1"}',
    });
    expect(response.status).toBe(415);
  });

  it('answers 413 to a body over the size limit, declared or streamed', async () => {
    const big = JSON.stringify({ query: `RETURN '${'x'.repeat(2 * 1024 * 1024)}'` });
    const declared = await send(server.url, '/api/query', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: big });
    expect(declared.status).toBe(413);
    const chunked = await send(server.url, '/api/query', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
      body: big,
    });
    expect(chunked.status).toBe(413);
    // Still serving.
    expect((await postJson(server.url, '/api/query', { query: 'RETURN 1 AS one' })).json().rows).toEqual([[1]]);
  });

  it('answers 405 to GET', async () => {
    const response = await send(server.url, '/api/query');
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('POST');
  });
});

describe('limits and writes', () => {
  it('stops a query over the row cap or the time budget with a 400 that says which', async () => {
    const limited = await startServer({ graph: buildSummitGraph(), port: 0, maxRows: 50, queryTimeoutMs: 200, log: () => {} });
    try {
      const rows = await postJson(limited.url, '/api/query', { query: 'UNWIND range(1, 1000) AS i RETURN i' });
      expect(rows.status).toBe(400);
      expect(rows.json().error.kind).toBe('row-limit');
    } finally {
      await limited.close();
    }
    const slow = await startServer({ graph: buildSummitGraph(), port: 0, maxRows: 1e9, queryTimeoutMs: 50, log: () => {} });
    try {
      const response = await postJson(slow.url, '/api/query', {
        query: 'UNWIND range(1, 3000) AS a UNWIND range(1, 3000) AS b WITH a, b WHERE a * b = -1 RETURN count(*)',
      });
      expect(response.status).toBe(400);
      expect(response.json().error.kind).toBe('timeout');
    } finally {
      await slow.close();
    }
  });

  it('runs write clauses with allowWrite, and the graph endpoint shows the change', async () => {
    const writable = await startServer({ graph: buildSummitGraph(), port: 0, allowWrite: true, log: () => {} });
    try {
      const before = await send(writable.url, '/api/graph');
      expect(before.json().meta.allowWrite).toBe(true);
      const response = await postJson(writable.url, '/api/query', { query: "CREATE (n:Person {name: 'Mark Rutte'}) RETURN n" });
      expect(response.status).toBe(200);
      expect(response.json().stats.nodesCreated).toBe(1);
      expect(response.json().nodes).toHaveLength(1);
      const after = await send(writable.url, '/api/graph', { headers: { 'If-None-Match': String(before.headers.etag) } });
      expect(after.status).toBe(200);
      expect(after.json().nodes).toHaveLength(12);
    } finally {
      await writable.close();
    }
  });

  it('answers integers beyond ±2^53 with every digit, in query rows and in the graph', async () => {
    const writable = await startServer({ graph: buildSummitGraph(), port: 0, allowWrite: true, log: () => {} });
    try {
      const response = await postJson(writable.url, '/api/query', { query: "CREATE (n:Counter {v: 9223372036854775807}) RETURN n.v AS v, n" });
      expect(response.status).toBe(200);
      // JSON.parse would round these digits: read the text.
      expect(response.body).toContain('"rows":[[9223372036854775807,{"id":');
      expect(response.body).toContain('"properties":{"v":9223372036854775807}');
      expect(response.body).toContain('"attributes":{"labels":["Counter"],"v":9223372036854775807}');
      const graph = await send(writable.url, '/api/graph', { headers: { 'Accept-Encoding': 'gzip' } });
      expect(graph.status).toBe(200);
      expect(graph.body).toContain('"attributes":{"labels":["Counter"],"v":9223372036854775807}');
    } finally {
      await writable.close();
    }
  });
});
