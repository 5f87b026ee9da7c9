// The data's tests. Each check in transform/checks/ is a query that returns the rows failing it:
// zero rows is a pass. Results, with a sample of the failing rows, go to meta.check_results.
import { readFileSync } from "node:fs";
import type { DuckDBConnection } from "@duckdb/node-api";
import { CHECKS } from "../transform/run-order.ts";
import { queryRows } from "./database.ts";
import { readSqlFile } from "./sql-files.ts";

export type Severity = "error" | "warning";

export interface CheckResult {
  check: string;
  description: string;
  severity: Severity;
  failingRows: number;
  sample: Record<string, unknown>[];
  ms: number;
}

const SAMPLE_ROWS = 5;

/** Created before the models run, so that meta.data_dictionary documents it too. */
export async function createCheckResults(connection: DuckDBConnection): Promise<void> {
  await connection.run(readFileSync(new URL("./sql/check_results.sql", import.meta.url), "utf8"));
}

export async function runChecks(connection: DuckDBConnection, runId: string): Promise<CheckResult[]> {
  await createCheckResults(connection);
  const results: CheckResult[] = [];
  for (const id of CHECKS) {
    const file = readSqlFile(id);
    const severity = file.header.get("severity");
    const description = file.header.get("check");
    if (severity !== "error" && severity !== "warning") throw new Error(`transform/${id}.sql: "-- severity:" must be error or warning`);
    if (!description) throw new Error(`transform/${id}.sql has no "-- check:" line`);
    const started = performance.now();
    const body = file.sql.trim().replace(/;$/, "");
    let failing: number;
    let sample: Record<string, unknown>[];
    try {
      failing = Number((await queryRows(connection, `select count(*) as n from (\n${body}\n)`))[0]!.n);
      sample = failing ? await queryRows(connection, `select * from (\n${body}\n) limit ${SAMPLE_ROWS}`) : [];
    } catch (e) {
      throw new Error(`transform/${id}.sql: ${(e as Error).message.split("\n")[0]}`);
    }
    const result = { check: file.name, description, severity, failingRows: failing, sample, ms: performance.now() - started } as CheckResult;
    results.push(result);
    await connection.run("insert into meta.check_results values ($1, $2, $3, $4, $5, $6, $7, $8)", [
      runId, result.check, description, severity, failing, JSON.stringify(sample), result.ms, failing === 0,
    ]);
  }
  return results;
}
