/**
 * Loads the synthetic news data into Kuzu (npm `kuzu`) the way Kuzu is meant to be fed: a schema (one
 * node table per label with `name` as primary key, one relationship table per type with every
 * FROM/TO pair it joins), then bulk `COPY … FROM` temporary CSV files.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import kuzu from 'kuzu';
import type { Label, NewsData, RelGroup } from './news-data.ts';

export interface KuzuNews {
  connection: InstanceType<typeof kuzu.Connection>;
  database: InstanceType<typeof kuzu.Database>;
  close(): Promise<void>;
}

function csvField(value: string | number): string {
  return typeof value === 'number' ? String(value) : `"${value.replaceAll('"', '""')}"`;
}

function writeCsv(path: string, rows: Iterable<(string | number)[]>): void {
  const lines: string[] = [];
  for (const row of rows) lines.push(row.map(csvField).join(','));
  writeFileSync(path, lines.join('\n') + '\n');
}

function* relRows(group: RelGroup, data: NewsData): Generator<(string | number)[]> {
  const from = data.nodes[group.from].rows;
  const to = data.nodes[group.to].rows;
  for (let i = 0; i < group.source.length; i++) {
    yield [from[group.source[i]!]![0]!, to[group.target[i]!]![0]!, ...group.columns.map((c) => c.values[i]!)];
  }
}

async function run(connection: KuzuNews['connection'], statement: string): Promise<void> {
  const result = await connection.query(statement);
  for (const r of Array.isArray(result) ? result : [result]) r.close();
}

export async function loadNewsIntoKuzu(data: NewsData): Promise<KuzuNews> {
  const dir = mkdtempSync(join(tmpdir(), 'kg-bench-kuzu-'));
  const database = new kuzu.Database(':memory:');
  const connection = new kuzu.Connection(database);
  try {
    for (const table of Object.values(data.nodes)) {
      const columns = table.columns.map((c) => `${c} STRING`).join(', ');
      await run(connection, `CREATE NODE TABLE ${table.label}(${columns}, PRIMARY KEY(name))`);
      const path = join(dir, `${table.label}.csv`);
      writeCsv(path, table.rows);
      await run(connection, `COPY ${table.label} FROM '${path}'`);
    }
    const byType = new Map<string, RelGroup[]>();
    for (const group of data.relationships) byType.set(group.type, [...(byType.get(group.type) ?? []), group]);
    for (const [type, groups] of byType) {
      const pairs = [...new Set(groups.map((g) => `FROM ${g.from} TO ${g.to}`))].join(', ');
      // Every group of a type carries the same columns, except PLEDGES' what/amount on all its groups.
      const columns = groups[0]!.columns.map((c) => `${c.name} ${c.kind}`).join(', ');
      await run(connection, `CREATE REL TABLE ${type}(${pairs}, ${columns})`);
      for (const [i, group] of groups.entries()) {
        const path = join(dir, `${type}-${i}.csv`);
        writeCsv(path, relRows(group, data));
        const pairOption = (l: Label, r: Label) => `(from='${l}', to='${r}')`;
        await run(connection, `COPY ${type} FROM '${path}' ${pairOption(group.from, group.to)}`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    connection,
    database,
    async close() {
      await connection.close();
      await database.close();
    },
  };
}
