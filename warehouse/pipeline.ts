// One pipeline run: list the input, decide what must be parsed, parse it, load the raw layer
// (new rows from Arrow, unchanged rows copied from the previous warehouse), transform, check,
// record the run and what changed, then publish — or leave the published warehouse as it was.
import { mkdirSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { randomBytes } from "node:crypto";
import { version as duckdbVersion } from "@duckdb/node-api";
import { ingestFiles } from "../ingest/ingest-folder.ts";
import { listFiles } from "../ingest/list-files.ts";
import type { FileOutcome } from "../ingest/record.ts";
import { loadRaw, transform } from "./build.ts";
import { openDatabase, queryRows, type Database } from "./database.ts";
import { planParse, statFiles, type StatedFile } from "./file-state.ts";
import { acquireLock } from "./lock.ts";
import { attachPrevious, type Previous } from "./previous.ts";
import { buildPath, finishBuild, publish, removeStaleBuild, setAsideFailedBuild } from "./publish.ts";
import { appendTables } from "./raw-layer.ts";
import { copyUnchanged, writeFileState } from "./reuse.ts";
import type { CheckResult } from "./run-checks.ts";
import { codeVersion, parserVersion } from "./versions.ts";

const SQL_DIR = new URL("./sql/", import.meta.url);
const sqlFile = (name: string) => readFileSync(new URL(name, SQL_DIR), "utf8");

export interface PipelineOptions {
  input: string;
  db: string;
  reportingCurrency?: string;
  neighbourK?: number;
  strict?: boolean;
  workers?: number;
  log?: (line: string) => void;
  onParseProgress?: (done: number, total: number) => void;
  /** Runs on the finished build before it is published (Parquet export, say). */
  beforePublish?: (db: Database) => Promise<void>;
}

export interface PipelineResult {
  runId: string;
  published: boolean;
  message: string;
  seen: number;
  parsed: number;
  unchanged: number;
  rejected: FileOutcome[];
  checks: CheckResult[];
  stageMs: Record<string, number>;
  notes: string[];
}

export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const dbPath = resolve(options.db);
  mkdirSync(dirname(dbPath), { recursive: true });
  const release = await acquireLock(dbPath);
  try {
    return await run(options, dbPath);
  } finally {
    await release();
  }
}

async function run(options: PipelineOptions, dbPath: string): Promise<PipelineResult> {
  const log = options.log ?? (() => {});
  const started = new Date();
  const runId = `run-${started.toISOString().replace(/[-:]|\.\d+/g, "")}-${randomBytes(2).toString("hex")}`;
  const stageMs: Record<string, number> = {};
  const notes: string[] = [];
  const stage = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const out = await fn();
    stageMs[name] = Math.round(performance.now() - t0);
    return out;
  };
  if (removeStaleBuild(dbPath)) notes.push("removed a half-built warehouse left by an interrupted run");

  const files = await stage("list", async () => statFiles(await listFiles(options.input)));
  const db = await openDatabase(buildPath(dbPath));
  let published = false;
  try {
    const previous = await attachPrevious(db.connection, dbPath);
    if (previous.note) notes.push(previous.note);
    const parser = parserVersion();
    let plan = await stage("plan", () => planParse(files, previous.files, parser));
    log(`plan: ${files.length} files: ${plan.toParse.length} to parse, ${plan.unchanged.length} unchanged${previous.attached ? "" : " (no previous warehouse)"}`);

    let ingest = await stage("parse", () => ingestFiles(plan.toParse, withProgress(options)));
    log(`parse: ${ingest.files.length} files parsed in ${secs(stageMs.parse!)} (${rate(ingest.files.length, stageMs.parse!)} files/s): ${ingest.parsed} profiles, ${ingest.rejected} rejected`);

    const rowsLoaded = await stage("load", async () => {
      const rows = await loadRaw(db.connection, ingest.tables);
      const reused = await copyUnchanged(db.connection, plan.unchanged);
      if (!reused.ok) {
        // The cache said these files were there and they were not: trust nothing from it.
        notes.push(`previous warehouse's cache is missing rows for ${reused.missing} unchanged files; re-parsing them`);
        const again = await ingestFiles(plan.unchanged.map((u) => u.file), withProgress(options));
        await db.connection.run("begin transaction");
        await appendTables(db.connection, again.tables);
        await db.connection.run("commit");
        ingest = { ...ingest, files: [...ingest.files, ...again.files], parsed: ingest.parsed + again.parsed, rejected: ingest.rejected + again.rejected };
        plan = { toParse: [...plan.toParse, ...plan.unchanged.map((u) => u.file)], unchanged: [] };
      }
      await db.connection.run(sqlFile("meta_tables.sql"));
      await writeFileState(db.connection, runId, parser, plan, ingest.files, previous);
      return rows;
    });
    log(`load: ${Object.values(rowsLoaded).reduce((a, b) => a + b, 0)} raw rows loaded, ${plan.unchanged.length} unchanged files reused in ${secs(stageMs.load!)}`);

    const reportingCurrency = options.reportingCurrency ?? "USD";
    const { checks } = await stage("transform", () => transform(db.connection, { runId, reportingCurrency, neighbourK: options.neighbourK ?? 10 }));
    const failedErrors = checks.filter((c) => c.severity === "error" && c.failingRows > 0);
    const failedWarnings = checks.filter((c) => c.severity === "warning" && c.failingRows > 0);
    log(`transform: models and ${checks.length} checks in ${secs(stageMs.transform!)}: ${failedErrors.length} errors, ${failedWarnings.length} warnings`);

    const changes = await stage("changes", () => recordChanges(db, previous));
    const rejected = await rejectedFiles(db);
    const strictFailure = options.strict && rejected.length > 0;
    const message = failedErrors.length
      ? `not published: ${failedErrors.length} error check(s) failed: ${failedErrors.map((c) => `${c.check} (${c.failingRows} rows)`).join(", ")}`
      : strictFailure
        ? `not published: --strict and ${rejected.length} input file(s) were rejected`
        : `published ${dbPath}: ${changes}`;
    const ok = failedErrors.length === 0 && !strictFailure;
    await recordRun(db, previous, {
      status: ok ? "published" : "failed", runId, started, message, input: options.input, files: files.length, parsed: plan.toParse.length, unchanged: plan.unchanged.length,
      rejected: rejected.length, errors: failedErrors.length, warnings: failedWarnings.length, stageMs, parser, reportingCurrency,
    });
    if (previous.attached) await db.connection.run("detach prev");

    if (ok && options.beforePublish) await stage("export", () => options.beforePublish!(db));
    await finishBuild(db);
    if (ok) {
      await stage("publish", async () => publish(dbPath));
      published = true;
    } else {
      notes.push(`the failed build is kept at ${setAsideFailedBuild(dbPath)} for inspection; the published warehouse is unchanged`);
    }
    return {
      runId, published, message, seen: files.length, parsed: plan.toParse.length, unchanged: plan.unchanged.length,
      rejected: ingest.files.filter((f) => !f.result.ok), checks, stageMs, notes,
    };
  } catch (e) {
    // A run that broke leaves nothing behind: the published warehouse is untouched, and a
    // half-built file would only be cleaned up by the next run.
    try {
      db.close();
    } catch {
      // already closed
    }
    removeStaleBuild(dbPath);
    throw e;
  }
}

function withProgress(options: PipelineOptions) {
  const out: Parameters<typeof ingestFiles>[1] = {};
  if (options.workers !== undefined) out.workers = options.workers;
  if (options.onParseProgress) out.onProgress = options.onParseProgress;
  return out;
}

async function recordChanges(db: Database, previous: Previous): Promise<string> {
  const c = db.connection;
  if (previous.attached) {
    await c.run("insert into meta.profile_changes by name select * from prev.meta.profile_changes").catch(() => undefined);
    await c.run("create temp table previous_profiles as select profile_id, version_number, currency, pay_median, pay_min, pay_max from prev.core.profiles");
  } else {
    await c.run("create temp table previous_profiles as select profile_id, version_number, currency, pay_median, pay_min, pay_max from core.profiles limit 0");
  }
  await c.run(sqlFile("profile_changes.sql"));
  const rows = await queryRows(c, "select change, count(*) as n from meta.profile_changes where run_id = getvariable('run_id') group by all order by all");
  const counts = Object.fromEntries(rows.map((r) => [String(r.change), Number(r.n)]));
  return ["added", "removed", "re_versioned", "pay_changed"].map((k) => `${counts[k] ?? 0} ${k.replace("_", "-")}`).join(", ");
}

async function rejectedFiles(db: Database) {
  return queryRows(db.connection, "select source_path, kind, reason from raw.rejects order by source_path");
}

interface RunFacts {
  status: "published" | "failed"; runId: string; started: Date; message: string; input: string; files: number; parsed: number; unchanged: number; rejected: number;
  errors: number; warnings: number; stageMs: Record<string, number>; parser: string; reportingCurrency: string;
}

async function recordRun(db: Database, previous: Previous, f: RunFacts): Promise<void> {
  const c = db.connection;
  // Older warehouses may lack newer columns: carry over what they have, by name.
  if (previous.attached) {
    await c.run("insert into meta.runs by name select * from prev.meta.runs").catch(() => undefined);
    await c.run("insert into meta.check_results by name select * from prev.meta.check_results").catch(() => undefined);
  }
  const tables = await queryRows(c, "select schema_name || '.' || table_name as name, estimated_size as n from duckdb_tables() where database_name = current_database() and schema_name in ('raw', 'core', 'marts', 'meta') order by 1");
  const exact: Record<string, number> = {};
  for (const t of tables) exact[String(t.name)] = Number((await queryRows(c, `select count(*) as n from ${String(t.name)}`))[0]!.n);
  const profiles = exact["core.profiles"] ?? 0;
  await c.run(
    `insert into meta.runs values ($1, $2::timestamptz, now(), $19, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::json, $13::json, $14, $15, $16, $17, $18, $20)`,
    [
      f.runId, f.started.toISOString(), f.message, f.input, f.files, f.parsed, f.unchanged, f.rejected, profiles, f.errors, f.warnings,
      JSON.stringify(exact), JSON.stringify(f.stageMs), codeVersion(), f.parser, duckdbVersion(), process.version, f.reportingCurrency, f.status, Math.round(process.resourceUsage().maxRSS / 1024),
    ],
  );
}

const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const rate = (n: number, ms: number) => (ms > 0 ? Math.round((n * 1000) / ms) : n);
export type { StatedFile };
