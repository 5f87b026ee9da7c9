// Runs the transform models in the order transform/run-order.ts gives, each as
// `create or replace table <schema>.<name> as <its select>`, then documents the table and every
// column with COMMENT ON from the file's header, so the data dictionary lives in the database.
import type { DuckDBConnection } from "@duckdb/node-api";
import { MODELS } from "../transform/run-order.ts";
import { modelDoc, readSqlFile } from "./sql-files.ts";
import { sqlString } from "./sql-text.ts";

export interface ModelTiming {
  model: string;
  ms: number;
  rows: number;
}

export async function runModels(connection: DuckDBConnection, onModel?: (t: ModelTiming) => void): Promise<ModelTiming[]> {
  for (const schema of new Set(MODELS.map((m) => m.split("/")[0]!))) await connection.run(`create schema if not exists ${schema}`);
  const timings: ModelTiming[] = [];
  for (const id of MODELS) {
    const file = readSqlFile(id);
    const doc = modelDoc(file);
    const started = performance.now();
    try {
      await connection.run(`create or replace table ${file.schema}.${file.name} as (\n${file.sql.trim().replace(/;$/, "")}\n)`);
    } catch (e) {
      throw new Error(`transform/${id}.sql: ${(e as Error).message.split("\n")[0]}`);
    }
    await documentTable(connection, file.schema, file.name, doc.about ? `${doc.grain}. ${doc.about}` : doc.grain, doc.columns, id);
    const rows = Number((await connection.runAndReadAll(`select count(*) from ${file.schema}.${file.name}`)).getRows()[0]![0]);
    const t = { model: id, ms: performance.now() - started, rows };
    timings.push(t);
    onModel?.(t);
  }
  return timings;
}

export async function documentTable(
  connection: DuckDBConnection,
  schema: string,
  name: string,
  tableDoc: string,
  columns: Map<string, string>,
  source: string,
): Promise<void> {
  const actual = (await connection.runAndReadAll(
    "select column_name from duckdb_columns() where database_name = current_database() and schema_name = $1 and table_name = $2 order by column_index",
    [schema, name],
  )).getRows().map((r) => String(r[0]));
  const undocumented = actual.filter((c) => !columns.has(c));
  const unknown = [...columns.keys()].filter((c) => !actual.includes(c));
  if (undocumented.length || unknown.length) {
    throw new Error(
      `${source}: ${undocumented.length ? `columns without a "-- column: doc" line: ${undocumented.join(", ")}` : ""}${undocumented.length && unknown.length ? "; " : ""}${unknown.length ? `documented columns it does not make: ${unknown.join(", ")}` : ""}`,
    );
  }
  const statements = [`comment on table ${schema}.${name} is ${sqlString(tableDoc)};`];
  for (const [column, text] of columns) statements.push(`comment on column ${schema}.${name}.${column} is ${sqlString(text)};`);
  await connection.run(statements.join("\n"));
}
