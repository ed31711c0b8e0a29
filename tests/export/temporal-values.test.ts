/**
 * Dates, times and durations that a query stored in a session's graph (CREATE/SET) leave in their
 * own types where a format has them (Neo4j CSV, Cypher) and as ISO 8601 text elsewhere, never as
 * quoted JSON strings.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportGraph } from '../../src/export/export-graph.ts';
import { createGraph } from '../../src/graph/create-graph.ts';
import { runCypher } from '../../src/query/index.ts';
import { tempDir } from './helpers.ts';

const dir = tempDir();

function datedGraph() {
  const graph = createGraph();
  runCypher(
    graph,
    `CREATE (:Event {name: 'Sommet', day: date('2026-01-06'), opens: datetime('2026-01-06T09:30:00+01:00'),
                     lasts: duration('P1DT4H'), sessions: [localtime('09:30'), localtime('14:00')]})`,
  );
  return graph;
}

describe('temporal values in exports', () => {
  it('cypher: constructor literals that our engine reads back to the same values', async () => {
    const file = join(dir, 'graph.cypher');
    await exportGraph(datedGraph(), { format: 'cypher', output: file });
    const script = readFileSync(file, 'utf8');
    expect(script).toContain("day: date('2026-01-06'), opens: datetime('2026-01-06T09:30+01:00'), lasts: duration('P1DT4H')");
    expect(script).toContain("sessions: [localtime('09:30'), localtime('14:00')]");
    const rebuilt = createGraph();
    for (const line of script.split('\n')) if (line.trim() !== '' && !line.startsWith('//')) runCypher(rebuilt, line);
    const row = runCypher(rebuilt, 'MATCH (e:Event) RETURN e.day = date("2026-01-06") AS day, e.lasts.hours AS hours, e.sessions[1].hour AS hour').rows[0];
    expect(row).toEqual([true, 4, 14]);
  });

  it('csv: Neo4j date, datetime, duration and localtime[] columns holding ISO text', async () => {
    const folder = join(dir, 'csv');
    await exportGraph(datedGraph(), { format: 'csv', output: folder });
    const [header, row] = readFileSync(join(folder, 'nodes.csv'), 'utf8').split('\n');
    expect(header).toBe('_kgid:ID,name,day:date,opens:datetime,lasts:duration,sessions:localtime[],:LABEL');
    expect(row!.split(',').slice(1)).toEqual(['Sommet', '2026-01-06', '2026-01-06T09:30+01:00', 'P1DT4H', '09:30;14:00', 'Event']);
  });

  it('gexf and graphml: ISO 8601 text', async () => {
    const gexfFile = join(dir, 'graph.gexf');
    const graphmlFile = join(dir, 'graph.graphml');
    await exportGraph(datedGraph(), { format: 'gexf', output: gexfFile, layout: false });
    await exportGraph(datedGraph(), { format: 'graphml', output: graphmlFile });
    expect(readFileSync(gexfFile, 'utf8')).toContain('<attvalue for="day" value="2026-01-06"/>');
    expect(readFileSync(graphmlFile, 'utf8')).toMatch(/<data key="d\d+">P1DT4H<\/data>/);
  });
});
