// A thin layer over @duckdb/node-api: open a file, run a query, read rows, close for sure.
import { DuckDBConnection, DuckDBInstance, type DuckDBValue } from "@duckdb/node-api";

export interface Database {
  instance: DuckDBInstance;
  connection: DuckDBConnection;
  close(): void;
}

export async function openDatabase(path: string, options: { readOnly?: boolean } = {}): Promise<Database> {
  const instance = await DuckDBInstance.create(path, options.readOnly ? { access_mode: "READ_ONLY" } : {});
  const connection = await instance.connect();
  // Pin the time zone so timestamps print the same on every machine.
  await connection.run("set TimeZone = 'UTC'");
  return {
    instance,
    connection,
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

export async function withDatabase<T>(path: string, fn: (db: Database) => Promise<T>, options: { readOnly?: boolean } = {}): Promise<T> {
  const db = await openDatabase(path, options);
  try {
    return await fn(db);
  } finally {
    db.close();
  }
}

/** Rows as plain objects, with BIGINTs as numbers when they fit (counts, mostly) and JSON-ready values. */
export async function queryRows(connection: DuckDBConnection, sql: string, values?: DuckDBValue[]): Promise<Record<string, unknown>[]> {
  const reader = await connection.runAndReadAll(sql, values);
  return reader.getRowObjectsJson() as Record<string, unknown>[];
}
