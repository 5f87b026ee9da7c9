// marts.* and meta.* built from the fixture pages, with two more levels cloned into the seed's
// focus so the pay ladder has steps: a P4 that earns more than the P3 and a P6 that earns less
// than the P4 (skipping P5). Plus the data dictionary: every table and column is documented.
import type { DuckDBConnection } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { CHOSEN, buildWarehouse, cloneFile, num, type Warehouse } from "./warehouse-fixture.ts";

const SEED_ID = "SALESS.SALESSUP0118.P3";
const MANAGEMENT_ID = "ENGINR.ENGINRPLAT0007.M4";

async function addLevel(c: DuckDBConnection, level: string, name: string, median: number): Promise<void> {
  const id = `SALESS.SALESSUP0118.${level}`;
  const path = `planted/${id}.html`;
  await cloneFile(c, CHOSEN.seed, path, id);
  await c.run("update raw.profiles set level_code = $2, level_name = $3, pay_median = $4, pay_min = $5, pay_max = $6, status = 'approved' where source_path = $1", [
    path, level, name, median, median - 15000, median + 20000,
  ]);
  await c.run("update raw.responsibilities set is_own_level = (level_code = $2) where source_path = $1", [path, level]);
}

let w: Warehouse;
beforeAll(async () => {
  w = await buildWarehouse({
    prepare: async (c) => {
      await addLevel(c, "P4", "Senior Professional", 100000);
      await addLevel(c, "P6", "Distinguished Professional", 90000);
    },
  });
});
afterAll(() => w?.close());

describe("marts.pay_by_level", () => {
  test("steps along a focus's ladder in the reporting currency, flagging pay that does not rise", async () => {
    const rows = await w.rows("select level_code, previous_level_code, levels_skipped, pay_median, previous_pay_median, pay_step, pay_step_ratio, is_pay_not_rising from marts.pay_by_level where focus_code = 'SALESSUP0118' order by level_rank");
    expect(rows).toEqual([
      { level_code: "P3", previous_level_code: null, levels_skipped: null, pay_median: 82000, previous_pay_median: null, pay_step: null, pay_step_ratio: null, is_pay_not_rising: false },
      { level_code: "P4", previous_level_code: "P3", levels_skipped: 0, pay_median: 100000, previous_pay_median: 82000, pay_step: 18000, pay_step_ratio: 100000 / 82000 - 1, is_pay_not_rising: false },
      { level_code: "P6", previous_level_code: "P4", levels_skipped: 1, pay_median: 90000, previous_pay_median: 100000, pay_step: -10000, pay_step_ratio: 90000 / 100000 - 1, is_pay_not_rising: true },
    ]);
    expect(w.check("pay_rises_with_level").sample).toEqual([expect.objectContaining({ profile_id: "SALESS.SALESSUP0118.P6", previous_level_code: "P4" })]);
  });

  test("a focus's level carries its status, scope, grade and the page's own currency", async () => {
    const [m] = await w.rows("select * from marts.pay_by_level where profile_id = $1", [MANAGEMENT_ID]);
    const [p] = await w.rows("select comparable_grade, pay_median_reporting from core.profiles where profile_id = $1", [MANAGEMENT_ID]);
    expect(m).toMatchObject({ track: "management", level_code: "M4", status: "in_review", scope: "emea", currency: "EUR", reporting_currency: "USD", comparable_grade: p!.comparable_grade, pay_median: p!.pay_median_reporting });
  });
});

describe("marts.pay_by_grade", () => {
  test("one row per function, grade and track, with the median of the pay medians", async () => {
    const rows = await w.rows("select comparable_grade, track, level_codes, profile_count, pay_median_median from marts.pay_by_grade where function_code = 'SALESS' order by comparable_grade");
    expect(rows).toEqual([
      { comparable_grade: 3, track: "professional", level_codes: ["P3"], profile_count: 1, pay_median_median: 82000 },
      { comparable_grade: 4, track: "professional", level_codes: ["P4"], profile_count: 1, pay_median_median: 100000 },
      { comparable_grade: 6, track: "professional", level_codes: ["P6"], profile_count: 1, pay_median_median: 90000 },
    ]);
  });
});

describe("marts.coverage", () => {
  test("every level of the track's ladder, present, missing (defined by the focus, no page) or undefined", async () => {
    const rows = await w.rows("select level_code, is_defined, profile_id, status, coverage_state from marts.coverage where focus_code = 'ENGINRPLAT0007' order by level_rank");
    expect(rows).toEqual([
      { level_code: "M1", is_defined: true, profile_id: null, status: null, coverage_state: "missing" },
      { level_code: "M2", is_defined: true, profile_id: null, status: null, coverage_state: "missing" },
      { level_code: "M3", is_defined: true, profile_id: null, status: null, coverage_state: "missing" },
      { level_code: "M4", is_defined: true, profile_id: MANAGEMENT_ID, status: "in_review", coverage_state: "present" },
      { level_code: "M5", is_defined: false, profile_id: null, status: null, coverage_state: "undefined" },
    ]);
    const sales = await w.rows("select level_code, coverage_state from marts.coverage where focus_code = 'SALESSUP0118' order by level_rank");
    expect(sales.map((r) => `${r.level_code}:${r.coverage_state}`)).toEqual(["P1:missing", "P2:missing", "P3:present", "P4:present", "P5:missing", "P6:present"]);
  });

  test("coverage_by_function counts focuses by level and status", async () => {
    const rows = await w.rows("select level_code, focus_count, present_count, missing_count, approved_count, deprecated_count, present_share from marts.coverage_by_function where function_code = 'SALESS' order by level_rank");
    expect(rows.map((r) => [r.level_code, num(r.present_count), num(r.missing_count), num(r.approved_count), num(r.deprecated_count)])).toEqual([
      ["P1", 0, 1, 0, 0], ["P2", 0, 1, 0, 0], ["P3", 1, 0, 0, 1], ["P4", 1, 0, 1, 0], ["P5", 0, 1, 0, 0], ["P6", 1, 0, 1, 0],
    ]);
  });
});

describe("marts.quality_summary", () => {
  test("per dimension: the failing profiles and the dimension that fails them", async () => {
    const [profiles] = await w.rows("select count(*) as n from core.profiles");
    const rows = await w.rows("select dimension, profile_count, failing_count, sole_failing_count, at_minimum_count, score_min from marts.quality_summary order by position");
    expect(rows.map((r) => r.dimension)).toEqual(["Level differentiation", "Focus specificity", "Concreteness", "Factual accuracy", "Real-world coverage"]);
    for (const r of rows) expect(num(r.profile_count)).toBe(num(profiles!.n));
    expect(rows[0]).toMatchObject({ failing_count: 1, sole_failing_count: 1, score_min: 3.5 });
    expect(rows.slice(1).every((r) => num(r.failing_count) === 0)).toBe(true);
  });
});

describe("marts.skill_usage", () => {
  test("per function and skill key, tools apart from skills", async () => {
    const rows = await w.rows("select skill_key, display_name, kind, profile_count, function_profile_count, profile_share from marts.skill_usage where function_code = 'ENGINR' order by kind, skill_key");
    expect(rows).toEqual([
      { skill_key: "kubernetes operations", display_name: "Kubernetes operations", kind: "skill", profile_count: 1, function_profile_count: 1, profile_share: 1 },
      { skill_key: "google sheets", display_name: "google sheets", kind: "tool", profile_count: 1, function_profile_count: 1, profile_share: 1 },
      { skill_key: "terraform", display_name: "Terraform", kind: "tool", profile_count: 1, function_profile_count: 1, profile_share: 1 },
    ]);
    const [sql] = await w.rows("select profile_count, function_profile_count, usage_rank from marts.skill_usage where function_code = 'SALESS' and skill_key = 'sql'");
    expect(sql).toEqual({ profile_count: 3, function_profile_count: 3, usage_rank: 1 });
  });
});

describe("marts.occupation_groups", () => {
  test("all 23 SOC major groups, with the profiles mapped to each", async () => {
    const rows = await w.rows("select major_group, title, profile_count, codes from marts.occupation_groups order by major_group");
    expect(rows).toHaveLength(23);
    expect(rows.at(-1)).toEqual({ major_group: "55", title: "Military Specific Occupations", profile_count: 0, codes: [] });
    expect(rows.find((r) => r.major_group === "43")).toEqual({ major_group: "43", title: "Office and Administrative Support Occupations", profile_count: 3, codes: ["43-4051"] });
  });
});

describe("meta", () => {
  test("run_summary counts what went in and came out", async () => {
    const [s] = await w.rows("select * from meta.run_summary");
    const [raw] = await w.rows("select (select count(*) from raw.profiles) as parsed, (select count(*) from raw.rejects) as rejected, (select count(distinct profile_id) from raw.profiles) as ids");
    expect(s).toMatchObject({ run_id: "test-run", reporting_currency: "USD", parsed_files: raw!.parsed, rejected_files: raw!.rejected, profiles: raw!.ids, content_conflicts: 0 });
    expect(num(s!.input_files)).toBe(num(raw!.parsed) + num(raw!.rejected));
  });

  test("the data dictionary has one row per column of every raw, core, marts and meta table", async () => {
    const [counts] = await w.rows(`select
      (select count(*) from meta.data_dictionary) as dictionary,
      (select count(*) from duckdb_columns() where database_name = current_database() and schema_name in ('raw', 'core', 'marts', 'meta')
         and table_name <> 'data_dictionary') as catalog`);
    expect(num(counts!.dictionary)).toBe(num(counts!.catalog));
    const [profiles] = await w.rows("select table_comment, data_type, column_comment from meta.data_dictionary where schema_name = 'core' and table_name = 'profiles' and column_name = 'pay_median_reporting'");
    expect(profiles).toEqual({ table_comment: expect.stringMatching(/^one row per profile id/), data_type: "DOUBLE", column_comment: "Pay median in the reporting currency." });
    const [reference] = await w.rows("select table_comment from meta.data_dictionary where schema_name = 'raw' and table_name = 'fx_rates' limit 1");
    expect(reference!.table_comment).toMatch(/^Reference document transform\/reference\/fx_rates\.csv/);
  });

  test("every table and column of core, marts and meta has a comment", async () => {
    const tables = await w.rows("select schema_name, table_name from duckdb_tables() where schema_name in ('raw', 'core', 'marts', 'meta') and coalesce(comment, '') = ''");
    const columns = await w.rows("select schema_name, table_name, column_name from duckdb_columns() where schema_name in ('raw', 'core', 'marts', 'meta') and coalesce(comment, '') = ''");
    expect(tables).toEqual([]);
    expect(columns).toEqual([]);
    const [{ n }] = (await w.rows("select count(*) as n from duckdb_tables() where schema_name in ('core', 'marts', 'meta')")) as [{ n: string }];
    expect(num(n)).toBeGreaterThan(20);
  });
});
