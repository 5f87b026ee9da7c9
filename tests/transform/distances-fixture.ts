// Warehouses for the distance tests, built from a generated corpus of a few hundred pages (the
// fixture pages hold only three profiles, too few for neighbours or a fit). The corpus is written
// to a temp folder and ingested once per test file; each build is a fresh in-memory DuckDB.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { writeCorpus } from "../../generate/write-corpus.ts";
import { ingestFolder, type FolderIngest } from "../../ingest/ingest-folder.ts";
import { loadRaw, transform } from "../../warehouse/build.ts";
import { openDatabase, queryRows } from "../../warehouse/database.ts";
import { readSqlFile } from "../../warehouse/sql-files.ts";
import type { Warehouse } from "./warehouse-fixture.ts";

export const CORPUS = { seed: "distances", profiles: 400, faults: 0 } as const;

let ingested: Promise<FolderIngest> | undefined;
export function corpusIngest(): Promise<FolderIngest> {
  return (ingested ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), "canon-distances-"));
    try {
      writeCorpus({ ...CORPUS, out: dir, expected: false });
      return await ingestFolder(dir, { workers: 0 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  })());
}

export interface CorpusBuildOptions {
  neighbourK?: number;
  /** Runs after loadRaw and before the models: edit raw.* (a planted band, another distance model). */
  prepare?: (connection: DuckDBConnection) => Promise<unknown>;
}

export async function buildCorpusWarehouse(options: CorpusBuildOptions = {}): Promise<Warehouse> {
  const { tables } = await corpusIngest();
  const db = await openDatabase(":memory:");
  try {
    await loadRaw(db.connection, tables);
    await options.prepare?.(db.connection);
    const { checks } = await transform(db.connection, { runId: "test-run", reportingCurrency: "USD", neighbourK: options.neighbourK ?? 10 });
    return {
      db,
      checks,
      rows: (sql, values) => queryRows(db.connection, sql, values),
      check(name) {
        const c = checks.find((r) => r.check === name);
        if (!c) throw new Error(`no check ${name}`);
        return c;
      },
      close: () => db.close(),
    };
  } catch (e) {
    db.close();
    throw e;
  }
}

/** Runs a model's select again under another neighbour_k, without rebuilding the warehouse. */
export async function modelRows(w: Warehouse, id: string, k: number): Promise<Record<string, unknown>[]> {
  await w.db.connection.run("set variable neighbour_k = $1::integer", [k]);
  try {
    return await w.rows(readSqlFile(id).sql.trim());
  } finally {
    await w.db.connection.run("set variable neighbour_k = 10");
  }
}

/** Re-creates models of a built warehouse (after an edit of raw.*), as the runner would. */
export async function rerunModels(w: Warehouse, ids: string[]): Promise<void> {
  for (const id of ids) {
    const file = readSqlFile(id);
    await w.db.connection.run(`create or replace table ${file.schema}.${file.name} as (\n${file.sql.trim()}\n)`);
  }
}

/** distance_model.csv as the build loaded it: value by "parameter relation" ("cross_track" for the common ones). */
export async function distanceParameters(w: Warehouse): Promise<Map<string, number>> {
  const rows = await w.rows("select parameter, relation, value from raw.distance_model");
  return new Map(rows.map((r) => [r.relation ? `${r.parameter} ${r.relation}` : String(r.parameter), Number(r.value)]));
}
