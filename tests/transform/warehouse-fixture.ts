// Builds a real warehouse from the fixture pages for the transform tests: ingest once per test
// file, then for each build a fresh DuckDB, loadRaw, an optional edit of the raw layer (to plant
// a violation), transform. A build is about 30 models and 20 checks at ~10 ms each whatever the
// data size; in memory it takes ~0.4 s, in a file ~0.6 s (every COMMENT ON is logged), so builds
// are in memory unless a test asks for a file.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DuckDBConnection, DuckDBValue } from "@duckdb/node-api";
import { TABLES } from "../../ingest/arrow-schema.ts";
import { ingestFolder, type FolderIngest } from "../../ingest/ingest-folder.ts";
import { loadRaw, transform } from "../../warehouse/build.ts";
import { openDatabase, queryRows, type Database } from "../../warehouse/database.ts";
import type { CheckResult } from "../../warehouse/run-checks.ts";
import { fixture } from "../fixtures.ts";

let ingested: Promise<FolderIngest> | undefined;
export const fixtureIngest = () => (ingested ??= ingestFolder(fixture("pages"), { workers: 0 }));

export interface Warehouse {
  db: Database;
  checks: CheckResult[];
  rows(sql: string, values?: DuckDBValue[]): Promise<Record<string, unknown>[]>;
  check(name: string): CheckResult;
  close(): void;
}

export interface BuildOptions {
  reportingCurrency?: string;
  /** Build into a DuckDB file in a temp folder rather than in memory. */
  file?: boolean;
  /** Runs after loadRaw and before the models: the place to plant a violation in raw.* */
  prepare?: (connection: DuckDBConnection) => Promise<unknown>;
}

export async function buildWarehouse(options: BuildOptions = {}): Promise<Warehouse> {
  const { tables } = await fixtureIngest();
  const dir = options.file ? mkdtempSync(join(tmpdir(), "canon-transform-")) : undefined;
  const db = await openDatabase(dir ? join(dir, "warehouse.duckdb") : ":memory:");
  const cleanUp = () => {
    db.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
  try {
    await loadRaw(db.connection, tables);
    await options.prepare?.(db.connection);
    const { checks } = await transform(db.connection, { runId: "test-run", reportingCurrency: options.reportingCurrency ?? "USD" });
    return {
      db,
      checks,
      rows: (sql, values) => queryRows(db.connection, sql, values),
      check(name) {
        const c = checks.find((r) => r.check === name);
        if (!c) throw new Error(`no check ${name}`);
        return c;
      },
      close: cleanUp,
    };
  } catch (e) {
    cleanUp();
    throw e;
  }
}

/** Copies every raw row of one parsed file as another file, optionally of another profile id. */
export async function cloneFile(connection: DuckDBConnection, from: string, to: string, profileId?: string): Promise<void> {
  for (const spec of TABLES) {
    if (spec.name === "rejects") continue;
    await connection.run(
      `insert into raw.${spec.name} select * replace ($2 as source_path, coalesce($3, profile_id) as profile_id) from raw.${spec.name} where source_path = $1`,
      [from, to, profileId ?? null],
    );
  }
}

/** The file core.profiles reads a profile from in the clean fixture build (first file of the highest version). */
export const CHOSEN = {
  seed: "deprecated-americas.html",
  management: "management-eur-bom.htm",
  gbp: "gbp-draft-crlf-bom",
} as const;

/** JSON rows give BIGINT counts as strings; compare them as numbers. */
export const num = (v: unknown) => Number(v);
