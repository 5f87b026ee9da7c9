// A batch of parsed files to one Arrow table per entity, with the explicit schemas of
// arrow-schema.ts (never inferred: an all-null column must still be typed), and to IPC files
// that any Arrow reader (pyarrow, DuckDB, arquero) can open.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Field, RecordBatch, Schema, Struct, Table, makeBuilder, makeData, tableToIPC } from "apache-arrow";
import { TABLES, type TableName, type TableSpec } from "./arrow-schema.ts";
import type { IngestedFile } from "./record.ts";

export type IngestTables = Record<TableName, Table>;

export function schemaOf(spec: TableSpec<any>): Schema {
  return new Schema(spec.columns.map((c) => new Field(c.name, c.type, c.nullable ?? false)));
}

export function toArrowTable(spec: TableSpec<any>, files: IngestedFile[]): Table {
  const rows = spec.rows(files);
  const schema = schemaOf(spec);
  const columns = spec.columns.map((c) => {
    const builder = makeBuilder({ type: c.type, nullValues: [null] });
    for (const row of rows) builder.append(c.value(row));
    return builder.finish().flush();
  });
  const data = makeData({ type: new Struct(schema.fields), length: rows.length, nullCount: 0, children: columns });
  return new Table(schema, [new RecordBatch(schema, data)]);
}

export function toArrowTables(files: IngestedFile[]): IngestTables {
  return Object.fromEntries(TABLES.map((spec) => [spec.name, toArrowTable(spec, files)])) as IngestTables;
}

/** Writes `<dir>/<table>.arrow` (Arrow IPC file format) for every table. */
export async function writeArrowFiles(tables: IngestTables, dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const paths: string[] = [];
  for (const [name, table] of Object.entries(tables)) {
    const path = join(dir, `${name}.arrow`);
    await writeFile(path, tableToIPC(table, "file"));
    paths.push(path);
  }
  return paths;
}
