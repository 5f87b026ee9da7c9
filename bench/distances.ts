// The role-distance benchmark: build the warehouse from a corpus, time every model of the
// distances block, then re-run marts.role_neighbours alone, for a few k, each in a fresh child
// process on the built file, so its peak memory is the model's and not the ingest's.
// `npm run bench -- --suite distances --sizes 10000,100000`
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ingestFolder } from "../ingest/ingest-folder.ts";
import { loadRaw, transform } from "../warehouse/build.ts";
import { openDatabase, queryRows } from "../warehouse/database.ts";
import { readSqlFile } from "../warehouse/sql-files.ts";
import type { Corpus } from "./corpus.ts";

const DISTANCE_MODELS = [
  "core/role_distance_model",
  "core/role_level_distances",
  "core/role_skill_weights",
  "marts/role_neighbours",
  "marts/adjacency_validation",
  "marts/role_similarity_comparison",
  "meta/distance_fit",
  "meta/distance_validation",
];
// k, and a DuckDB memory limit (null: DuckDB's default, 80% of RAM) to show the model also fits in less.
const NEIGHBOUR_RUNS: { k: number; memoryLimit: string | null }[] = [
  { k: 10, memoryLimit: null },
  { k: 10, memoryLimit: "512MB" },
  { k: 50, memoryLimit: null },
];

export async function benchDistances(corpus: Corpus) {
  const dir = mkdtempSync(join(tmpdir(), "canon-bench-distances-"));
  const file = join(dir, "warehouse.duckdb");
  try {
    const t0 = performance.now();
    const { tables } = await ingestFolder(corpus.dir);
    const ingestMs = performance.now() - t0;
    const db = await openDatabase(file);
    let models;
    let figures: Record<string, unknown>;
    try {
      await loadRaw(db.connection, tables);
      ({ models } = await transform(db.connection, { runId: "bench", reportingCurrency: "USD", neighbourK: 10 }));
      [figures] = (await queryRows(db.connection, `
        select
          (select count(*) from core.profiles) as profiles,
          published_pairs, target_present_pairs, band_agreement_rate, mean_absolute_error, neighbour_pairs,
          neighbour_similarity_correlation, published_similarity_correlation
        from meta.distance_validation`)) as [Record<string, unknown>];
      await db.connection.run("checkpoint");
    } finally {
      db.close();
    }
    const timings = Object.fromEntries(
      models.filter((m) => DISTANCE_MODELS.includes(m.model)).map((m) => [m.model, { ms: Math.round(m.ms), rows: m.rows }]),
    );
    const neighbours = NEIGHBOUR_RUNS.map((run) => ({ ...run, ...neighboursAlone(file, run.k, run.memoryLimit) }));
    return {
      ...figures,
      ingestMs: Math.round(ingestMs),
      buildPeakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
      distanceModelsMs: Math.round(Object.values(timings).reduce((a, t) => a + t.ms, 0)),
      models: timings,
      neighboursAlone: neighbours,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Re-runs marts.role_neighbours on the built file in a child process; its RSS is the model's. */
function neighboursAlone(file: string, k: number, memoryLimit: string | null): { ms: number; cpuMs: number; rows: number; baselineRssMiB: number; peakRssMiB: number } {
  const r = spawnSync(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--neighbours-child", file, String(k), memoryLimit ?? ""], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  if (r.status !== 0) throw new Error(`neighbours child failed (exit ${r.status})`);
  return JSON.parse(r.stdout.trim().split("\n").at(-1)!) as ReturnType<typeof neighboursAlone>;
}

/**
 * Resident memory now and its high-water mark, in MiB, from /proc (Linux). The high-water mark is
 * reset first: getrusage's maxRSS would include the parent's memory, inherited across fork and exec.
 */
function memory(reset = false): { rss: number; peak: number } {
  try {
    if (reset) writeFileSync("/proc/self/clear_refs", "5");
    const status = readFileSync("/proc/self/status", "utf8");
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN);
    return { rss: kb("VmRSS") / 1024, peak: kb("VmHWM") / 1024 };
  } catch {
    const rss = process.memoryUsage().rss / 2 ** 20;
    return { rss, peak: Math.max(rss, process.resourceUsage().maxRSS / 1024) };
  }
}

async function neighboursChild(file: string, k: number, memoryLimit: string): Promise<void> {
  const db = await openDatabase(file);
  try {
    await db.connection.run("set variable neighbour_k = $1::integer", [k]);
    if (memoryLimit) await db.connection.run(`set memory_limit = '${memoryLimit.replace(/[^0-9A-Za-z]/g, "")}'`);
    const model = readSqlFile("marts/role_neighbours");
    const baselineRssMiB = memory(true).rss;
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    await db.connection.run(`create or replace table marts.role_neighbours_bench as (\n${model.sql.trim()}\n)`);
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const rows = Number((await db.connection.runAndReadAll("select count(*) from marts.role_neighbours_bench")).getRows()[0]![0]);
    const peakRssMiB = memory().peak;
    await db.connection.run("drop table marts.role_neighbours_bench");
    process.stdout.write(`${JSON.stringify({ ms: Math.round(ms), cpuMs: Math.round((cpu.user + cpu.system) / 1000), rows, baselineRssMiB: Math.round(baselineRssMiB), peakRssMiB: Math.round(peakRssMiB) })}\n`);
  } finally {
    db.close();
  }
}

if (process.argv[2] === "--neighbours-child") await neighboursChild(process.argv[3]!, Number(process.argv[4]), process.argv[5] ?? "");
