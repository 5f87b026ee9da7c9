// The loaders' one way into the warehouse: the file the last run published (env CANON_DB, else
// out/canon.duckdb), opened read-only so a loader never blocks or changes a pipeline run.
// A loader is `await emit(async (q) => …)`: its data goes to stdout, a failure is one line on
// stderr and a non-zero exit, as Framework expects of loaders.
import { existsSync } from "node:fs";
import type { DuckDBValue } from "@duckdb/node-api";
import { queryRows, withDatabase } from "../../warehouse/database.ts";
import { DEFAULT_DB } from "../../warehouse/paths.ts";

export type Row = Record<string, unknown>;
export type Query = (sql: string, values?: DuckDBValue[]) => Promise<Row[]>;

export const warehousePath = () => process.env.CANON_DB || DEFAULT_DB;

/** Runs fn against the published warehouse, read-only; exits 1 with one line if anything fails. */
export async function withWarehouse<T>(fn: (q: Query) => Promise<T>): Promise<T> {
  const path = warehousePath();
  const name = process.argv[1]?.split("/").pop() ?? "loader";
  try {
    if (!existsSync(path)) throw new Error(`warehouse ${path} does not exist; run \`npm run pipeline\` first`);
    return await withDatabase(path, (db) => fn((sql, values) => queryRows(db.connection, sql, values)), { readOnly: true });
  } catch (e) {
    process.stderr.write(`${name}: ${(e as Error).message.split("\n")[0]}\n`);
    process.exit(1);
  }
}

/** A JSON loader: whatever fn returns, written to stdout. */
export async function emitJson(fn: (q: Query) => Promise<unknown>): Promise<void> {
  const data = await withWarehouse(fn);
  await new Promise<void>((resolve, reject) => process.stdout.write(JSON.stringify(data), (e) => (e ? reject(e) : resolve())));
}

/** Whether a table exists: models other engineers are adding may not be in every warehouse yet. */
export async function hasTable(q: Query, schema: string, table: string): Promise<boolean> {
  const rows = await q("select 1 from duckdb_tables() where database_name = current_database() and schema_name = $1 and table_name = $2", [schema, table]);
  return rows.length > 0;
}
