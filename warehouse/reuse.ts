// The incremental half of the load: raw rows of unchanged files are copied from the previous
// warehouse instead of being parsed again, and every file's state is recorded for the next run.
import { BIGINT, DOUBLE, VARCHAR, type DuckDBConnection, type DuckDBValue } from "@duckdb/node-api";
import { TABLES } from "../ingest/arrow-schema.ts";
import type { FileOutcome } from "../ingest/record.ts";
import { appendColumns } from "./append-columns.ts";
import { queryRows } from "./database.ts";
import type { Plan } from "./file-state.ts";
import type { Previous } from "./previous.ts";

/** Copies the unchanged files' raw rows; `ok` is false when the previous warehouse lacks some of them. */
export async function copyUnchanged(connection: DuckDBConnection, unchanged: Plan["unchanged"]): Promise<{ ok: boolean; missing: number }> {
  if (unchanged.length === 0) return { ok: true, missing: 0 };
  await connection.run("create temp table unchanged_paths (source_path varchar primary key)");
  await appendColumns(connection, { table: "unchanged_paths", schema: "main", catalog: "temp" }, [VARCHAR], [unchanged.map((u) => u.file.path)]);
  await connection.run("begin transaction");
  for (const spec of TABLES) {
    await connection.run(`insert into raw.${spec.name} select * from prev.raw.${spec.name} where source_path in (select source_path from unchanged_paths)`);
  }
  const [found] = await queryRows(
    connection,
    `select count(distinct source_path) as n from (select source_path from raw.profiles union all select source_path from raw.rejects)
     where source_path in (select source_path from unchanged_paths)`,
  );
  const missing = unchanged.length - Number(found!.n);
  if (missing !== 0) {
    await connection.run("rollback");
    return { ok: false, missing };
  }
  await connection.run("commit");
  return { ok: true, missing: 0 };
}

export async function writeFileState(connection: DuckDBConnection, runId: string, parser: string, plan: Plan, parsed: FileOutcome[], previous: Previous) {
  const byPath = new Map(parsed.map((f) => [f.sourcePath, f]));
  const rows: DuckDBValue[][] = [[], [], [], [], [], [], []];
  const push = (...values: DuckDBValue[]) => values.forEach((v, i) => rows[i]!.push(v));
  for (const f of plan.toParse) {
    const p = byPath.get(f.path);
    push(f.path, BigInt(Math.max(f.sizeBytes, 0)), f.mtimeMs, p?.contentHash ?? "", parser, p?.result.ok ? "parsed" : "rejected", runId);
  }
  const prevRun = previous.attached
    ? new Map((await queryRows(connection, "select source_path, parsed_run_id, outcome from prev.meta.file_state")).map((r) => [String(r.source_path), r]))
    : new Map();
  for (const u of plan.unchanged) {
    const before = prevRun.get(u.file.path);
    push(u.file.path, BigInt(u.file.sizeBytes), u.file.mtimeMs, u.contentHash, parser, String(before?.outcome ?? "parsed"), String(before?.parsed_run_id ?? runId));
  }
  await appendColumns(connection, { table: "file_state", schema: "meta" }, [VARCHAR, BIGINT, DOUBLE, VARCHAR, VARCHAR, VARCHAR, VARCHAR], rows);
}
