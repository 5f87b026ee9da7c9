// The marts the dashboards read (marts.report_*), built from the fixture pages plus planted
// profiles: three more Sales P3s in new focuses (one paid three times the others: an outlier),
// a P4 paid less than the P3s, on a newer version than its focus's P3, and three rejected files.
import type { DuckDBConnection } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { CHOSEN, buildWarehouse, cloneFile, num, type Warehouse } from "./warehouse-fixture.ts";

const PEER = (n: number, level = "P3") => `SALESS.SALESPEER000${n}.${level}`;

async function plant(c: DuckDBConnection, id: string, median: number, options: { level?: string; levelName?: string; version?: number } = {}): Promise<void> {
  const path = `planted/${id}.html`;
  await cloneFile(c, CHOSEN.seed, path, id);
  await c.run(
    "update raw.profiles set pay_median = $2, pay_min = $3, pay_max = $4, status = 'approved', level_code = $5, level_name = $6, version = $7, version_number = $8 where source_path = $1",
    [path, median, median - 10000, median + 20000, options.level ?? "P3", options.levelName ?? "Mid-Level Professional", `v${options.version ?? 1}`, options.version ?? 1],
  );
  if (options.level) await c.run("update raw.responsibilities set is_own_level = (level_code = $2) where source_path = $1", [path, options.level]);
}

let w: Warehouse;
beforeAll(async () => {
  w = await buildWarehouse({
    prepare: async (c) => {
      await plant(c, PEER(1), 80000);
      await plant(c, PEER(2), 84000);
      await plant(c, PEER(3), 240000);
      await plant(c, PEER(1, "P4"), 70000, { level: "P4", levelName: "Senior Professional", version: 2 });
      await c.run(`insert into raw.rejects (source_path, content_hash, size_bytes, kind, reason) values
        ('bad/a.html', null, 10, 'truncated', 'page ends early'), ('bad/b.html', null, 30, 'truncated', 'cut off'), ('bad/c.html', null, 0, 'empty', 'empty file')`);
    },
  });
});
afterAll(() => w?.close());

const KEYS: Record<string, string[]> = {
  report_overview: [],
  report_pay_peers: ["profile_id"],
  report_pay_summary: ["function_code", "track", "level_code", "scope", "status"],
  report_status_mix: ["function_code", "status", "confidence_label"],
  report_coverage_focuses: ["function_code", "focus_code", "track"],
  report_quality_scores: ["dimension", "score"],
  report_quality_failures: ["function_code", "dimension"],
  report_provenance: ["source_count"],
  report_confidence_quality: ["confidence_bin", "confidence_label", "quality_min", "quality_passed"],
  report_skill_pay: ["skill_key"],
  report_rejects_by_kind: ["kind"],
};

describe("every report mart", () => {
  test.each(Object.entries(KEYS))("marts.%s has one row per key, and no null in it", async (name, keys) => {
    const [r] = await w.rows(`select count(*) as n, count(distinct (${["1", ...keys].join(", ")})) as keys ${keys.map((k) => `, count(*) filter (where ${k} is null) as null_${k}`).join("")} from marts.${name}`);
    if (keys.length === 0) expect(num(r!.n)).toBe(1);
    else expect(num(r!.keys)).toBe(num(r!.n));
    for (const k of keys) expect(num(r![`null_${k}`]), k).toBe(0);
  });
});

describe("marts.report_overview", () => {
  test("the headline figures agree with core and marts.coverage", async () => {
    const [o] = await w.rows("select * from marts.report_overview");
    const [c] = await w.rows(`select (select count(*) from core.profiles) as profiles, (select count(distinct function_code) from core.profiles) as functions,
      (select count(*) filter (where quality_passed) from core.profiles) as passed,
      (select count(*) filter (where coverage_state = 'present') from marts.coverage) as present, (select count(*) filter (where coverage_state = 'missing') from marts.coverage) as missing`);
    expect(o).toMatchObject({ profile_count: c!.profiles, function_count: c!.functions, quality_passed_count: c!.passed, present_level_count: c!.present, missing_level_count: c!.missing, reporting_currency: "USD" });
    expect(o!.coverage_share).toBeCloseTo(num(c!.present) / (num(c!.present) + num(c!.missing)));
    expect(o!.quality_pass_rate).toBeCloseTo(num(c!.passed) / num(c!.profiles));
    expect(num(o!.approved_count) + num(o!.in_review_count) + num(o!.draft_count) + num(o!.deprecated_count)).toBe(num(c!.profiles));
  });
});

describe("marts.report_pay_peers", () => {
  test("relative pay against the function, track and level, scaled to the scope; the planted P3 is a high outlier", async () => {
    const rows = await w.rows("select profile_id, peer_count, peer_pay_median, scope_factor, relative_pay, is_outlier, outlier_direction from marts.report_pay_peers where function_code = 'SALESS' and level_code = 'P3' order by profile_id");
    expect(rows.map((r) => r.profile_id)).toEqual([PEER(1), PEER(2), PEER(3), "SALESS.SALESSUP0118.P3"]);
    for (const r of rows) expect(r).toMatchObject({ peer_count: 4, peer_pay_median: 83000 });
    // Every americas profile is one of these four: the scope's factor is their median ratio, 1.
    expect(rows[0]!.scope_factor).toBeCloseTo(1, 10);
    expect(rows[2]).toMatchObject({ is_outlier: true, outlier_direction: "high" });
    expect(rows[2]!.relative_pay).toBeCloseTo(240000 / 83000, 6);
    expect(rows.filter((r) => r.is_outlier)).toHaveLength(1);
  });

  test("a profile with fewer than 3 peers is never an outlier", async () => {
    const [m] = await w.rows("select peer_count, is_outlier, outlier_direction, relative_pay from marts.report_pay_peers where profile_id = 'ENGINR.ENGINRPLAT0007.M4'");
    expect(m).toMatchObject({ peer_count: 1, is_outlier: false, outlier_direction: null });
    expect(m!.relative_pay).toBeCloseTo(1, 10);
  });
});

describe("marts.report_pay_summary", () => {
  test("every scope × status filter, 'all' included, with the quartiles of the medians and the step between levels", async () => {
    const rows = await w.rows("select level_code, status, profile_count, pay_median_p25, pay_median_median, pay_median_p75, outlier_count, previous_level_code, median_step_ratio, is_median_not_rising from marts.report_pay_summary where function_code = 'SALESS' and scope = 'all' order by status, level_code");
    const all = rows.filter((r) => r.status === "all");
    expect(all).toEqual([
      { level_code: "P3", status: "all", profile_count: 4, pay_median_p25: 81500, pay_median_median: 83000, pay_median_p75: 123000, outlier_count: 1, previous_level_code: null, median_step_ratio: null, is_median_not_rising: false },
      { level_code: "P4", status: "all", profile_count: 1, pay_median_p25: 70000, pay_median_median: 70000, pay_median_p75: 70000, outlier_count: 0, previous_level_code: "P3", median_step_ratio: 70000 / 83000 - 1, is_median_not_rising: true },
    ]);
    // The seed is deprecated, the planted profiles approved: each status is its own ladder.
    expect(rows.filter((r) => r.status === "deprecated").map((r) => [r.level_code, r.profile_count])).toEqual([["P3", 1]]);
    expect(rows.filter((r) => r.status === "approved").map((r) => [r.level_code, r.profile_count, r.pay_median_median])).toEqual([["P3", 3, 84000], ["P4", 1, 70000]]);
  });

  test("the counts of a filter add up to the counts of 'all'", async () => {
    const [r] = await w.rows(`select
      (select sum(profile_count) from marts.report_pay_summary where scope = 'all' and status = 'all') as all_all,
      (select sum(profile_count) from marts.report_pay_summary where scope <> 'all' and status <> 'all') as each,
      (select count(*) from marts.pay_by_level) as profiles`);
    expect(num(r!.all_all)).toBe(num(r!.profiles));
    expect(num(r!.each)).toBe(num(r!.profiles));
  });
});

describe("marts.report_coverage_focuses", () => {
  test("one row per focus ladder: its missing levels, and the levels behind its newest version", async () => {
    const [f] = await w.rows("select present_count, missing_count, missing_levels, version_min, version_max, behind_count, approved_count, levels from marts.report_coverage_focuses where focus_code = 'SALESPEER0001'");
    const coverage = await w.rows("select level_code, coverage_state from marts.coverage where focus_code = 'SALESPEER0001' order by level_rank");
    expect(f).toMatchObject({ present_count: 2, version_min: 1, version_max: 2, behind_count: 1, approved_count: 2 });
    expect(f!.missing_levels).toEqual(coverage.filter((c) => c.coverage_state === "missing").map((c) => c.level_code));
    expect(num(f!.missing_count)).toBe((f!.missing_levels as string[]).length);
    expect((f!.levels as { level_code: string; coverage_state: string }[]).map((l) => `${l.level_code}:${l.coverage_state}`)).toEqual(coverage.map((c) => `${c.level_code}:${c.coverage_state}`));
  });
});

describe("quality and provenance marts", () => {
  test("score distributions and failures add up to marts.quality_summary", async () => {
    const rows = await w.rows(`select s.dimension, s.profile_count, s.failing_count,
        (select sum(profile_count) from marts.report_quality_scores as q where q.dimension = s.dimension) as scored,
        (select sum(profile_count) filter (where not is_passing) from marts.report_quality_scores as q where q.dimension = s.dimension) as scored_failing,
        (select sum(failing_count) from marts.report_quality_failures as f where f.dimension = s.dimension) as failing_by_function,
        (select sum(sole_failing_count) from marts.report_quality_failures as f where f.dimension = s.dimension) as sole_by_function,
        s.sole_failing_count
      from marts.quality_summary as s order by s.position`);
    for (const r of rows) {
      expect(num(r.scored), String(r.dimension)).toBe(num(r.profile_count));
      expect(num(r.scored_failing ?? 0)).toBe(num(r.failing_count));
      expect(num(r.failing_by_function)).toBe(num(r.failing_count));
      expect(num(r.sole_by_function)).toBe(num(r.sole_failing_count));
    }
    expect(rows.some((r) => num(r.failing_count) > 0)).toBe(true);
  });

  test("source counts and confidence bins count every profile once", async () => {
    const [r] = await w.rows(`select (select count(*) from core.profiles) as profiles,
      (select sum(profile_count) from marts.report_provenance) as by_sources,
      (select sum(quality_passed_count) from marts.report_provenance) as passed,
      (select sum(profile_count) from marts.report_confidence_quality) as by_confidence,
      (select count(*) from core.profiles as p inner join marts.report_confidence_quality as c
         on p.confidence_score >= c.confidence_bin and p.confidence_score < c.confidence_bin + 0.05 and p.quality_min = c.quality_min) as binned`);
    expect(num(r!.by_sources)).toBe(num(r!.profiles));
    expect(num(r!.by_confidence)).toBe(num(r!.profiles));
    expect(num(r!.binned)).toBe(num(r!.profiles));
    const [o] = await w.rows("select quality_passed_count from marts.report_overview");
    expect(num(r!.passed)).toBe(num(o!.quality_passed_count));
  });
});

describe("marts.report_status_mix", () => {
  test("adds up to the profiles of each function", async () => {
    const rows = await w.rows(`select m.function_code, sum(m.profile_count) as mixed, any_value(p.n) as profiles
      from marts.report_status_mix as m inner join (select function_code, count(*) as n from core.profiles group by all) as p using (function_code) group by all`);
    for (const r of rows) expect(num(r.mixed)).toBe(num(r.profiles));
  });
});

describe("marts.report_skill_pay", () => {
  test("the relative pay of the profiles listing a skill", async () => {
    const [sql] = await w.rows("select profile_count, relative_pay_median, above_peers_share, kind from marts.report_skill_pay where skill_key = 'sql'");
    const listing = await w.rows(`select peers.relative_pay from marts.report_pay_peers as peers
      where peers.profile_id in (select profile_id from core.skills where skill_key = 'sql') order by 1`);
    expect(num(sql!.profile_count)).toBe(listing.length);
    const values = listing.map((r) => Number(r.relative_pay));
    const mid = values.length / 2;
    const median = values.length % 2 ? values[Math.floor(mid)]! : (values[mid - 1]! + values[mid]!) / 2;
    expect(sql!.relative_pay_median).toBeCloseTo(median, 10);
    expect(sql!.above_peers_share).toBeCloseTo(values.filter((v) => v > 1).length / values.length, 10);
  });
});

describe("marts.report_rejects_by_kind", () => {
  test("one line per kind, most files first, with an example", async () => {
    const rows = await w.rows("select kind, file_count, size_bytes, example_path, example_reason from marts.report_rejects_by_kind");
    // The fixture folder's *.expected.json files are rejected too, as not-a-profile.
    const [fixture] = await w.rows("select count(*) as n from raw.rejects where kind = 'not-a-profile'");
    expect(rows.map((r) => [r.kind, num(r.file_count)])).toEqual([["not-a-profile", num(fixture!.n)], ["truncated", 2], ["empty", 1]]);
    expect(rows[1]).toEqual({ kind: "truncated", file_count: 2, size_bytes: 40, example_path: "bad/a.html", example_reason: "page ends early" });
  });
});
