// Builds a warehouse into an open, empty database: the raw layer from the ingest's Arrow tables
// and the reference documents, then the models, then the checks. Publishing is not done here
// (publish.ts): a build can be thrown away without anyone having seen it.
import type { DuckDBConnection } from "@duckdb/node-api";
import type { IngestTables } from "../ingest/to-arrow.ts";
import { appendTables, createRawLayer } from "./raw-layer.ts";
import { loadReferenceDocs } from "./reference-docs.ts";
import { createCheckResults, runChecks, type CheckResult } from "./run-checks.ts";
import { runModels, type ModelTiming } from "./run-models.ts";

export interface BuildSettings {
  runId: string;
  reportingCurrency: string;
  /** How many nearest roles marts.role_neighbours keeps per profile (default 10). */
  neighbourK?: number;
}

export async function loadRaw(connection: DuckDBConnection, tables: IngestTables): Promise<Record<string, number>> {
  let rows: Record<string, number>;
  await connection.run("begin transaction");
  try {
    await createRawLayer(connection);
    rows = await appendTables(connection, tables);
    await loadReferenceDocs(connection);
    await connection.run("commit");
  } catch (e) {
    await connection.run("rollback");
    throw e;
  }
  return rows;
}

export async function transform(connection: DuckDBConnection, settings: BuildSettings): Promise<{ models: ModelTiming[]; checks: CheckResult[] }> {
  // Models read their settings with getvariable(), so SQL files carry no splice points.
  await connection.run("set variable run_id = $1", [settings.runId]);
  await connection.run("set variable reporting_currency = $1", [settings.reportingCurrency]);
  await connection.run("set variable neighbour_k = $1::integer", [settings.neighbourK ?? 10]);
  await createCheckResults(connection);
  const models = await runModels(connection);
  const checks = await runChecks(connection, settings.runId);
  return { models, checks };
}
