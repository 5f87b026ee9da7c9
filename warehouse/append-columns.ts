// Appends plain JS columns to a table through data chunks of DuckDB's vector size, the fast path
// (the row appender is several times slower). For the small tables the pipeline writes itself;
// the raw layer reads its Arrow vectors directly (raw-layer.ts).
import { DuckDBDataChunk, type DuckDBConnection, type DuckDBType, type DuckDBValue } from "@duckdb/node-api";

export const CHUNK_ROWS = 2048;

export interface TableRef {
  table: string;
  schema: string;
  catalog?: string;
}

export async function appendColumns(connection: DuckDBConnection, target: TableRef, types: DuckDBType[], columns: DuckDBValue[][]): Promise<void> {
  const appender = await connection.createAppender(target.table, target.schema, target.catalog);
  try {
    const rows = columns[0]?.length ?? 0;
    for (let start = 0; start < rows; start += CHUNK_ROWS) {
      const n = Math.min(CHUNK_ROWS, rows - start);
      const chunk = DuckDBDataChunk.create(types, n);
      columns.forEach((col, i) => chunk.setColumnValues(i, col.slice(start, start + n)));
      appender.appendDataChunk(chunk);
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
}
