// The pipeline end to end, as the data engineer's scheduler runs it: a real input folder, a real
// DuckDB file, the CLI in its own process.
import { existsSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { pipeline, query, scratch } from "./pipeline-fixture.ts";

describe("a first run, then re-runs", () => {
  const s = scratch();
  const first = pipeline(["--input", s.input, "--db", s.db]);

  it("publishes, exits 0, and logs one summary line per stage", () => {
    expect(first.code, first.stderr).toBe(0);
    expect(existsSync(s.db)).toBe(true);
    expect(existsSync(`${s.db}.building`)).toBe(false);
    for (const stage of ["plan", "parse", "load", "transform"]) expect(first.stderr).toMatch(new RegExp(`^\\[info\\] ${stage}: `, "m"));
    expect(first.stderr).toMatch(/^\[success\] pipeline: published .*canon\.duckdb: 3 added, 0 removed, 0 re-versioned, 0 pay-changed; 11 files \(11 parsed, 0 unchanged, 1 newly rejected\)/m);
    expect(first.stderr).toContain("[warn] rejected meeting-notes.txt: not a Canon taxonomy profile page");
  });

  it("records the run, the rejects and every file's state", async () => {
    const [run] = await query(s.db, "select status, inputs_seen, inputs_parsed, inputs_unchanged, inputs_rejected, profiles, error_checks_failed, stage_ms from meta.runs");
    expect(run).toMatchObject({ status: "published", inputs_seen: 11, inputs_parsed: 11, inputs_unchanged: 0, inputs_rejected: 1, profiles: 3, error_checks_failed: 0 });
    expect(Object.keys(JSON.parse(String(run!.stage_ms)))).toEqual(expect.arrayContaining(["list", "plan", "parse", "load", "transform", "changes"]));
    expect(await query(s.db, "select source_path, kind from meta.rejected_inputs")).toEqual([{ source_path: "meeting-notes.txt", kind: "not-a-profile" }]);
    expect(await query(s.db, "select count(*) as n, count(distinct content_hash) as hashes from meta.file_state")).toEqual([{ n: 11, hashes: 11 }]);
  });

  it("re-parses nothing when nothing changed", async () => {
    const again = pipeline(["--input", s.input, "--db", s.db]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/plan: 11 files: 0 to parse, 11 unchanged/);
    expect(again.stderr).toMatch(/0 added, 0 removed, 0 re-versioned, 0 pay-changed/);
    expect(await query(s.db, "select count(*) as n from core.profiles")).toEqual([{ n: 3 }]);
    expect(await query(s.db, "select count(*) as n from core.responsibilities")).toEqual(await query(s.db, "select count(*) as n from core.responsibilities"));
    const runs = await query(s.db, "select inputs_parsed, inputs_unchanged from meta.runs order by started_at");
    expect(runs).toEqual([{ inputs_parsed: 11, inputs_unchanged: 0 }, { inputs_parsed: 0, inputs_unchanged: 11 }]);
    // Every run's check results are kept, not only the last one's.
    expect(await query(s.db, "select count(distinct run_id) as runs from meta.check_results")).toEqual([{ runs: 2 }]);
  });

  it("treats a touched file with the same bytes as unchanged", async () => {
    const file = join(s.input, "pages", "gbp-draft.txt");
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const again = pipeline(["--input", s.input, "--db", s.db]);
    expect(again.stderr).toMatch(/plan: 11 files: 0 to parse, 11 unchanged/);
  });

  it("re-parses a changed file alone and records what changed", async () => {
    const file = join(s.input, "pages", "gbp-draft.html");
    writeFileSync(file, readFileSync(file, "utf8").replace("£58.5k (", "£61k ("));
    rmSync(join(s.input, "pages", "gbp-draft.txt"));
    rmSync(join(s.input, "pages", "gbp-draft-crlf-bom"));
    const again = pipeline(["--input", s.input, "--db", s.db]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/plan: 9 files: 1 to parse, 8 unchanged/);
    expect(await query(s.db, "select profile_id, change, old_pay_median, new_pay_median, pay_median_change_pct from meta.profile_changes where change <> 'added'")).toEqual([
      { profile_id: "FINANC.FINANCFPA0031.P2", change: "pay_changed", old_pay_median: 58500, new_pay_median: 61000, pay_median_change_pct: 4.27 },
    ]);
    expect(await query(s.db, "select pay_median from core.profiles where profile_id = 'FINANC.FINANCFPA0031.P2'")).toEqual([{ pay_median: 61000 }]);
  });
});

describe("a run that must not publish", () => {
  it("keeps the published warehouse when an error check fails, and sets the build aside", async () => {
    const s = scratch();
    expect(pipeline(["--input", s.input, "--db", s.db]).code).toBe(0);
    const before = readFileSync(s.db);
    // No FX rate for JPY: fx_rates_complete, an error-severity check, fails.
    const bad = pipeline(["--input", s.input, "--db", s.db, "--currency", "JPY"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^\[error\] pipeline: not published: 2 error check\(s\) failed: profiles_not_null \(3 rows\), fx_rates_complete \(1 rows\)/m);
    expect(readFileSync(s.db).equals(before)).toBe(true);
    expect(existsSync(`${s.db}.failed`)).toBe(true);
    const [failed] = await query(`${s.db}.failed`, "select status, error_checks_failed from meta.runs order by started_at desc limit 1");
    expect(failed).toEqual({ status: "failed", error_checks_failed: 2 });
  });

  it("with --strict, does not publish when any input was rejected", () => {
    const s = scratch();
    const r = pipeline(["--input", s.input, "--db", s.db, "--strict"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/not published: --strict and 1 input file\(s\) were rejected/);
    expect(existsSync(s.db)).toBe(false);
  });

  it("names a missing input folder and a bad currency in one line, exit 2", () => {
    const s = scratch();
    const missing = pipeline(["--input", join(s.dir, "nope"), "--db", s.db]);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toBe(`[error] pipeline: input ${join(s.dir, "nope")} is not a folder`);
    expect(pipeline(["--input", s.input, "--db", s.db, "--currency", "dollars"]).code).toBe(2);
  });
});
