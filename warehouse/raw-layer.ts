// The raw layer: one table per Arrow table of the ingest, created from the same specs and loaded
// through DuckDB data chunks built column by column (the appender's row-wise path is several
// times slower, and DuckDB's arrow extension is not available here).
import { DuckDBDataChunk, type DuckDBConnection, type DuckDBType, BOOLEAN, DOUBLE, INTEGER, VARCHAR, type DuckDBValue } from "@duckdb/node-api";
import type { DataType, Table } from "apache-arrow";
import { TABLES, type TableSpec } from "../ingest/arrow-schema.ts";
import type { IngestTables } from "../ingest/to-arrow.ts";
import { CHUNK_ROWS } from "./append-columns.ts";
import { sqlString } from "./sql-text.ts";


function duckType(t: DataType): { sql: string; type: DuckDBType } {
  switch (String(t)) {
    case "Utf8":
      return { sql: "varchar", type: VARCHAR };
    case "Int32":
      return { sql: "integer", type: INTEGER };
    case "Float64":
      return { sql: "double", type: DOUBLE };
    case "Bool":
      return { sql: "boolean", type: BOOLEAN };
    default:
      throw new Error(`no DuckDB type for Arrow ${t}`);
  }
}

export function rawTableDdl(spec: TableSpec<any>): string {
  const cols = spec.columns.map((c) => `  ${c.name} ${duckType(c.type).sql}${c.nullable ? "" : " not null"}`);
  const comments = [
    `comment on table raw.${spec.name} is ${sqlString(`As ingested: ${spec.grain}.`)};`,
    ...spec.columns.map((c) => `comment on column raw.${spec.name}.${c.name} is ${sqlString(c.doc)};`),
  ];
  return [`create table raw.${spec.name} (\n${cols.join(",\n")}\n);`, ...comments].join("\n");
}

export async function createRawLayer(connection: DuckDBConnection): Promise<void> {
  await connection.run("create schema if not exists raw");
  for (const spec of TABLES) await connection.run(rawTableDdl(spec));
}

/** Appends an Arrow table to raw.<name>; the caller holds the transaction. */
export async function appendArrow(connection: DuckDBConnection, name: string, table: Table): Promise<number> {
  const spec = TABLES.find((t) => t.name === name);
  if (!spec) throw new Error(`no raw table ${name}`);
  const types = spec.columns.map((c) => duckType(c.type).type);
  const appender = await connection.createAppender(name, "raw");
  try {
    // Batch by batch (a parallel ingest yields one per worker message): reading across batches
    // through the table would search for the batch of every single value.
    for (const batch of table.batches) {
      const vectors = spec.columns.map((c) => {
        const v = batch.getChild(c.name);
        if (!v) throw new Error(`Arrow table ${name} has no column ${c.name}`);
        return v;
      });
      for (let start = 0; start < batch.numRows; start += CHUNK_ROWS) {
        const n = Math.min(CHUNK_ROWS, batch.numRows - start);
        const chunk = DuckDBDataChunk.create(types, n);
        vectors.forEach((v, i) => {
          const values: DuckDBValue[] = new Array(n);
          for (let r = 0; r < n; r++) values[r] = v.get(start + r) as DuckDBValue;
          chunk.setColumnValues(i, values);
        });
        appender.appendDataChunk(chunk);
      }
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
  return table.numRows;
}

/** Appends every table of an ingest; the caller holds the transaction. Rows appended, per table. */
export async function appendTables(connection: DuckDBConnection, tables: IngestTables): Promise<Record<string, number>> {
  const rows: Record<string, number> = {};
  for (const [name, table] of Object.entries(tables)) rows[name] = await appendArrow(connection, name, table);
  return rows;
}
