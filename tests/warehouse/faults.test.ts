// Kill -9 the pipeline at each stage of a run. Whatever the moment, the published warehouse is
// the previous one or the new one, whole; no rows are lost; and the next run succeeds at once.
import { spawn } from "node:child_process";
import { cpSync, existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "../cli.ts";
import { pipeline, query, scratch } from "./pipeline-fixture.ts";

/** Starts a run and kills it once its log shows `after` (or at once, for "start"). */
function killDuring(args: string[], after: RegExp | null): Promise<{ killedAt: string; log: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "warehouse/cli/pipeline.ts", "--no-reports", ...args], { cwd: root });
    let log = "";
    let killed = false;
    let why = "";
    const kill = (at: string) => {
      if (killed) return;
      killed = true;
      why = at;
      child.kill("SIGKILL");
    };
    child.stderr.on("data", (d: Buffer) => {
      log += d.toString();
      if (after && after.test(log)) kill(after.source);
    });
    // Resolve once the process is reaped: until then its pid still answers, as a zombie.
    child.on("exit", () => resolve({ killedAt: killed ? why : "never: the run finished first", log }));
    if (!after) setTimeout(() => kill("start"), 300);
  });
}

async function snapshot(db: string) {
  const [counts] = await query(
    db,
    `select (select count(*) from meta.runs) as runs, (select count(*) from core.profiles) as profiles,
            (select count(*) from meta.file_state) as files, (select count(*) from raw.profiles) + (select count(*) from raw.rejects) as raw_files`,
  );
  return counts as { runs: number; profiles: number; files: number; raw_files: number };
}

describe("a run killed part-way", () => {
  const s = scratch();
  // A bigger input than the other tests, so that every stage lasts long enough to be hit.
  cpSync(join(root, "data/sample"), join(s.input, "sample"), { recursive: true });

  it.each([
    ["while starting", null],
    ["while parsing", /\[info\] plan: /],
    ["while loading", /\[info\] parse: /],
    ["while transforming", /\[info\] load: /],
    ["while recording changes and publishing", /\[info\] transform: /],
  ])("%s leaves the previous warehouse whole, and the next run succeeds", async (_when, after) => {
    if (!existsSync(s.db)) expect(pipeline(["--input", s.input, "--db", s.db]).code).toBe(0);
    const before = await snapshot(s.db);
    expect(before.files).toBe(before.raw_files);

    const { killedAt } = await killDuring(["--input", s.input, "--db", s.db], after);
    expect(killedAt).not.toMatch(/^never/);
    const afterKill = await snapshot(s.db);
    // The old warehouse, or (killed after the rename) the new one: never anything in between.
    expect([before.runs, before.runs + 1]).toContain(afterKill.runs);
    expect(afterKill.profiles).toBe(before.profiles);
    expect(afterKill.files).toBe(afterKill.raw_files);

    const next = pipeline(["--input", s.input, "--db", s.db]);
    expect(next.code, next.stderr).toBe(0);
    expect(existsSync(`${s.db}.building`)).toBe(false);
    const recovered = await snapshot(s.db);
    expect(recovered.runs).toBe(afterKill.runs + 1);
    expect(recovered.profiles).toBe(before.profiles);
    expect(recovered.files).toBe(before.files);
  });
});
