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

/**
 * Rows as JSON-ready objects (DuckDB's JSON conversion: dates as "2024-06-28", timestamps as
 * ISO strings, decimals as numbers), except that integer columns wider than 32 bits (counts,
 * mostly) come back as numbers when they fit, not as strings.
 */
export async function queryRows(connection: DuckDBConnection, sql: string, values?: DuckDBValue[]): Promise<Record<string, unknown>[]> {
  const reader = await connection.runAndReadAll(sql, values);
  const names = reader.deduplicatedColumnNames();
  const wide = new Set(names.filter((_, i) => WIDE_INTEGERS.has(String(reader.columnTypes()[i]))));
  return reader.getRowObjectsJson().map((row) => {
    for (const name of wide) {
      const v = row[name];
      if (typeof v === "string" && Number.isSafeInteger(Number(v))) (row as Record<string, unknown>)[name] = Number(v);
    }
    return row as Record<string, unknown>;
  });
}

const WIDE_INTEGERS = new Set(["BIGINT", "UBIGINT", "HUGEINT", "UHUGEINT"]);
