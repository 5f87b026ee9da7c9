// The whole pipeline on a generated corpus, run as the scheduler runs it (its own process), then
// again with nothing changed: wall time, time per stage, peak memory, warehouse size, and the
// ratio of the whole run to the floor of just reading the files.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { queryRows, withDatabase } from "../warehouse/database.ts";
import type { Corpus } from "./corpus.ts";

const root = fileURLToPath(new URL("..", import.meta.url));

function runPipeline(input: string, db: string) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ["--import", "tsx", "warehouse/cli/pipeline.ts", "--no-reports", "--input", input, "--db", db], { cwd: root, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`pipeline failed (exit ${r.status}): ${r.stderr.split("\n").filter(Boolean).at(-1)}`);
  return performance.now() - t0;
}

export async function benchPipeline(corpus: Corpus) {
  const paths = corpus.manifest.files.map((f) => join(corpus.dir, f.path));
  for (const p of paths) readFileSync(p); // warm the page cache, as for every measurement below
  const t0 = performance.now();
  for (const p of paths) readFileSync(p);
  const readFloorMs = performance.now() - t0;

  const dir = mkdtempSync(join(tmpdir(), "canon-bench-"));
  const db = join(dir, "canon.duckdb");
  try {
    const firstMs = runPipeline(corpus.dir, db);
    const againMs = runPipeline(corpus.dir, db);
    const runs = await withDatabase(db, (d) => queryRows(d.connection, "select inputs_parsed, inputs_unchanged, profiles, stage_ms, peak_rss_mb from meta.runs order by started_at"), { readOnly: true });
    const [first, again] = runs as { inputs_parsed: number; profiles: number; stage_ms: string; peak_rss_mb: number }[];
    return {
      files: paths.length,
      profiles: first!.profiles,
      readFloorMs: Math.round(readFloorMs),
      firstRun: { ms: Math.round(firstMs), pagesPerSecond: Math.round((paths.length * 1000) / firstMs), stageMs: JSON.parse(first!.stage_ms), peakRssMb: first!.peak_rss_mb },
      unchangedRerun: { ms: Math.round(againMs), stageMs: JSON.parse(again!.stage_ms), peakRssMb: again!.peak_rss_mb },
      ratioToReadFloor: Math.round(firstMs / readFloorMs),
      rerunSpeedup: Math.round((firstMs / againMs) * 10) / 10,
      warehouseMb: Math.round(statSync(db).size / 2 ** 20),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
