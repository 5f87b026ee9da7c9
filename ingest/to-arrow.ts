// A batch of parsed files to one Arrow table per entity, with the explicit schemas of
// arrow-schema.ts (never inferred: an all-null column must still be typed), and to IPC files
// that any Arrow reader (pyarrow, DuckDB, arquero) can open.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Field, RecordBatch, Schema, Struct, Table, Utf8, makeBuilder, makeData, tableToIPC, type Data } from "apache-arrow";
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
    const values = rows.map(c.value);
    if (c.type instanceof Utf8) return utf8Column(values as (string | null)[]);
    const builder = makeBuilder({ type: c.type, nullValues: [null] });
    for (const v of values) builder.append(v);
    return builder.finish().flush();
  });
  const data = makeData({ type: new Struct(schema.fields), length: rows.length, nullCount: 0, children: columns });
  return new Table(schema, [new RecordBatch(schema, data)]);
}

/**
 * A Utf8 column written straight into one buffer. Arrow's generic builder encodes and copies each
 * string on its own, which made it the slowest step of the whole ingest.
 */
function utf8Column(values: (string | null)[]): Data<Utf8> {
  let capacity = 0;
  for (const v of values) if (v) capacity += v.length * 3; // a UTF-16 unit is at most 3 UTF-8 bytes
  const bytes = Buffer.allocUnsafe(capacity);
  const offsets = new Int32Array(values.length + 1);
  let nulls = 0;
  let validity: Uint8Array | undefined;
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined) {
      validity ??= new Uint8Array(Math.ceil(values.length / 8)).fill(0xff);
      validity[i >> 3]! &= ~(1 << (i & 7));
      nulls++;
    } else at += bytes.write(v, at, "utf8");
    offsets[i + 1] = at;
  }
  return makeData({ type: new Utf8(), length: values.length, nullCount: nulls, nullBitmap: validity ?? null, valueOffsets: offsets, data: new Uint8Array(bytes.subarray(0, at)) });
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
