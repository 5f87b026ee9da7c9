// Parquet copies of the core and marts tables: the way into Spark, Trino or BigQuery when one
// machine is not enough. One file per table, <dir>/<schema>/<table>.parquet.
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { queryRows } from "./database.ts";
import { sqlString } from "./sql-text.ts";

export async function exportParquet(connection: DuckDBConnection, dir: string): Promise<number> {
  const tables = await queryRows(connection, "select schema_name, table_name from duckdb_tables() where schema_name in ('core', 'marts') and database_name = current_database() order by 1, 2");
  for (const t of tables) {
    const folder = resolve(dir, String(t.schema_name));
    mkdirSync(folder, { recursive: true });
    // COPY takes no parameters: the path is the operator's own, quoted; the names are our own tables.
    await connection.run(`copy ${t.schema_name}.${t.table_name} to ${sqlString(join(folder, `${t.table_name}.parquet`))} (format parquet, compression zstd)`);
  }
  return tables.length;
}
