// core.* built from the fixture pages: one row per profile at its highest version, the version
// history, pay in the reporting currency at the CSV's rate, provenance quality, SOC groups, the
// level dimension and the skill keys. Expected values come from the fixtures' expected records
// and the reference CSVs, not from the warehouse.
import type { DuckDBConnection } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { ProfileRecord } from "../../ingest/record.ts";
import { readReferenceDoc } from "../../warehouse/reference-docs.ts";
import { TRANSFORM_DIR } from "../../warehouse/sql-files.ts";
import { readJson } from "../fixtures.ts";
import { buildWarehouse, num, type Warehouse } from "./warehouse-fixture.ts";

const reference = (name: string) => readReferenceDoc(`${TRANSFORM_DIR}reference/${name}.csv`);
const usdPer = (currency: string) => Number(reference("fx_rates").rows.find((r) => r.currency === currency)!.usd_per_unit);
const asOf = (currency: string) => reference("fx_rates").rows.find((r) => r.currency === currency)!.as_of;
const expected = (name: string) => readJson<ProfileRecord>("pages", `${name}.expected.json`);
const seed = expected("deprecated-americas");
const management = expected("management-eur");
const gbp = expected("gbp-draft");

/** Spelling variants planted next to the fixtures' own skills: case, spacing, punctuation, a synonym, C++ and C#. */
const TOOL = "Uses this tool/technology effectively during the delivery of day-to-day tasks.";
async function plantSkillSpellings(c: DuckDBConnection): Promise<void> {
  // Into every file of the profile's version, so its renderings still agree (no content conflict).
  const add = (record: ProfileRecord, position: number, name: string, isTool: boolean) =>
    c.run(
      "insert into raw.skills select source_path, profile_id, $3, $4, $5, $6 from raw.profiles where profile_id = $1 and version_number = $2",
      [record.profileId, record.versionNumber, position, name, isTool ? TOOL : "Planted by the test.", isTool],
    );
  await add(gbp, 101, "Google Sheets", true);
  await add(seed, 101, "Google  Sheets", true);
  await add(gbp, 102, "MS-Excel", false);
  await add(seed, 102, "Excel", false);
  await add(gbp, 103, "C++", false);
  await add(gbp, 104, "C#", false);
}

let w: Warehouse;
beforeAll(async () => {
  w = await buildWarehouse({ prepare: plantSkillSpellings });
});
afterAll(() => w?.close());

const profile = async (id: string) => (await w.rows("select * from core.profiles where profile_id = $1", [id]))[0]!;

describe("core.profiles", () => {
  test("one row per profile id, at the highest version any file carries", async () => {
    const rows = await w.rows("select profile_id, version_number from core.profiles order by profile_id");
    const highest = await w.rows("select profile_id, max(version_number) as version_number from raw.profiles group by profile_id order by profile_id");
    expect(rows).toEqual(highest);
    expect(rows).toHaveLength(3);
  });

  test("the seed id resolves to v2 from deprecated-americas.*, the first of its two files by path", async () => {
    const p = await profile(seed.profileId);
    expect(p).toMatchObject({ version: "v2", version_number: 2, status: "deprecated", scope: "americas", source_path: "deprecated-americas.html", rendering: "html" });
    expect(num(p.version_count)).toBe(2);
    expect(num(p.file_count)).toBe(2);
    const [file] = await w.rows("select content_hash from raw.profiles where source_path = 'deprecated-americas.html'");
    expect(p.content_hash).toBe(file!.content_hash);
  });

  test("identity and level come from the id and the page", async () => {
    const p = await profile(management.profileId);
    expect(p).toMatchObject({
      function_code: "ENGINR", focus_code: "ENGINRPLAT0007", function_name: "Engineering", focus_name: "Platform Engineering",
      level_code: "M4", track: "management", level_rank: 4, level_name: "Director", years_min: 15, years_max: null,
      confidence_label: "medium", confidence_score: 0.55, status: "in_review", run_id: "test-run",
    });
  });

  test("pay in the reporting currency at the CSV's rate, with midpoint, spread and the median's position", async () => {
    const p = await profile(management.profileId);
    const rate = usdPer("EUR");
    expect(p).toMatchObject({ currency: "EUR", pay_median: 96500, reporting_currency: "USD", fx_rate: rate, fx_as_of: asOf("EUR") });
    expect(p.pay_median_reporting).toBeCloseTo(96500 * rate, 2);
    expect(p.pay_min_reporting).toBeCloseTo(management.payMin * rate, 2);
    expect(p.pay_max_reporting).toBeCloseTo(management.payMax * rate, 2);
    expect(p.pay_midpoint).toBe((management.payMin + management.payMax) / 2);
    expect(p.pay_spread).toBeCloseTo((management.payMax - management.payMin) / management.payMin, 10);
    expect(p.pay_median_position).toBeCloseTo((management.payMedian - management.payMin) / (management.payMax - management.payMin), 10);
    expect(p.is_pay_range_consistent).toBe(true);
    const g = await profile(gbp.profileId);
    expect(g.pay_median_reporting).toBeCloseTo(gbp.payMedian * usdPer("GBP"), 2);
    expect((await profile(seed.profileId)).pay_median_reporting).toBe(seed.payMedian);
  });

  test("quality: the minimum, the dimension(s) at it, and pass/fail at 4 on the minimum", async () => {
    const m = await profile(management.profileId);
    expect(m).toMatchObject({ quality_min: 3.5, quality_min_dimensions: ["Level differentiation"], quality_failing_dimensions: ["Level differentiation"], quality_passed: false });
    const s = await profile(seed.profileId);
    const min = Math.min(...seed.qualityScores.map((q) => q.score));
    expect(s).toMatchObject({ quality_min: min, quality_passed: min >= 4, quality_failing_dimensions: [] });
    expect(s.quality_min_dimensions).toEqual(seed.qualityScores.filter((q) => q.score === min).map((q) => q.dimension));
    expect(s.source_count).toBe(seed.sourceCount);
  });
});

describe("core.profile_versions", () => {
  test("every version stays in the history, with its files; both renderings of a page are one version", async () => {
    const rows = await w.rows("select * from core.profile_versions where profile_id = $1 order by version_number", [seed.profileId]);
    expect(rows).toMatchObject([
      { version: "v1", status: "approved", chosen_source_path: "seed.html", source_paths: ["seed.html", "seed.txt"], renderings: ["html", "text"], is_current: false, next_version_number: 2, has_content_conflict: false },
      { version: "v2", status: "deprecated", chosen_source_path: "deprecated-americas.html", source_paths: ["deprecated-americas.html", "deprecated-americas.txt"], is_current: true, next_version_number: null },
    ]);
    expect(rows.map((r) => [num(r.file_count), num(r.content_hash_count), num(r.record_count)])).toEqual([[2, 2, 1], [2, 2, 1]]);
  });

  test("the BOM and CRLF variants of a page parse to the same record as the plain files", async () => {
    const rows = await w.rows("select profile_id, count(distinct record_hash) as records, count(*) as files from core.profile_files group by profile_id, version_number order by profile_id");
    for (const r of rows) expect(num(r.records)).toBe(1);
    expect(rows.map((r) => num(r.files)).sort()).toEqual([2, 2, 3, 3]);
  });
});

describe("core child tables", () => {
  test("hold exactly the rows of each profile's chosen file", async () => {
    for (const table of ["responsibilities", "rubric", "quality_scores", "level_definition", "classifications"]) {
      const [counts] = await w.rows(
        `select (select count(*) from core.${table}) as core_rows,
                (select count(*) from raw.${table} where source_path in (select source_path from core.profiles)) as raw_rows,
                (select count(*) from core.${table} where source_path not in (select source_path from core.profiles)) as strays`,
      );
      expect(num(counts!.core_rows), table).toBe(num(counts!.raw_rows));
      expect(num(counts!.strays), table).toBe(0);
    }
    const own = await w.rows("select level_code, count(*) as n from core.responsibilities where profile_id = $1 and is_own_level group by level_code", [seed.profileId]);
    expect(own).toEqual([{ level_code: "P3", n: seed.responsibilities.filter((r) => r.isOwnLevel).length }]);
  });

  test("SOC codes are validated and mapped to their SOC 2018 major group; other systems are left alone", async () => {
    const rows = await w.rows("select profile_id, system, code, is_soc, is_valid_soc_code, soc_major_group, soc_major_group_title from core.classifications order by profile_id, position");
    expect(rows).toEqual([
      { profile_id: management.profileId, system: "O*NET / SOC", code: "11-3021.00", is_soc: true, is_valid_soc_code: true, soc_major_group: "11", soc_major_group_title: "Management Occupations" },
      { profile_id: management.profileId, system: "O*NET / SOC", code: "15-1252", is_soc: true, is_valid_soc_code: true, soc_major_group: "15", soc_major_group_title: "Computer and Mathematical Occupations" },
      { profile_id: management.profileId, system: "ESCO", code: "1330.1", is_soc: false, is_valid_soc_code: null, soc_major_group: null, soc_major_group_title: null },
      { profile_id: gbp.profileId, system: "O*NET / SOC", code: "13-2051.00", is_soc: true, is_valid_soc_code: true, soc_major_group: "13", soc_major_group_title: "Business and Financial Operations Occupations" },
      { profile_id: seed.profileId, system: "O*NET / SOC", code: "43-4051", is_soc: true, is_valid_soc_code: true, soc_major_group: "43", soc_major_group_title: "Office and Administrative Support Occupations" },
    ]);
  });

  test("published adjacency knows which targets are in the warehouse", async () => {
    const rows = await w.rows("select adjacent_profile_id, band, is_target_well_formed, is_target_focus_present, is_target_present from core.published_adjacency order by position");
    expect(rows).toEqual([
      { adjacent_profile_id: "ENGINR.ENGINRPLAT0007.M3", band: "close", is_target_well_formed: true, is_target_focus_present: true, is_target_present: false },
      { adjacent_profile_id: "ENGINR.ENGINRSRE0012.M4", band: "partial", is_target_well_formed: true, is_target_focus_present: false, is_target_present: false },
      { adjacent_profile_id: "SALESS.SALESSUP0118.M4", band: "distant", is_target_well_formed: true, is_target_focus_present: true, is_target_present: false },
    ]);
  });
});

describe("core.levels", () => {
  test("the whole ladder of level_equivalence.csv, with its comparable grades", async () => {
    const csv = reference("level_equivalence").rows;
    const rows = await w.rows("select level_code, track, level_rank, comparable_grade, comparable_professional_level, is_in_equivalence from core.levels");
    for (const r of csv) {
      expect(rows).toContainEqual({
        level_code: r.level_code, track: r.track, level_rank: Number(r.level_code!.slice(1)), comparable_grade: Number(r.comparable_grade),
        comparable_professional_level: r.comparable_professional_level || null, is_in_equivalence: true,
      });
    }
    expect(rows).toHaveLength(csv.length);
  });

  test("names and typical years come from the pages at that level, so P and M profiles compare by grade", async () => {
    const [m4] = await w.rows("select level_name, years_min, years_max, profile_count from core.levels where level_code = 'M4'");
    expect(m4).toEqual({ level_name: "Director", years_min: 15, years_max: null, profile_count: 1 });
    const [p3] = await w.rows("select level_name, years_min, years_max from core.levels where level_code = 'P3'");
    expect(p3).toEqual({ level_name: seed.levelName, years_min: seed.yearsMin, years_max: seed.yearsMax });
    const m4Grade = Number(reference("level_equivalence").rows.find((r) => r.level_code === "M4")!.comparable_grade);
    expect((await profile(management.profileId)).comparable_grade).toBe(m4Grade);
  });
});

describe("skills", () => {
  test("spellings that differ in case, spacing or punctuation share a key; C++ and C# stay apart", async () => {
    const keys = await w.rows("select skill_name, spelling_key, skill_key from core.skills where skill_name in ('google sheets', 'Google Sheets', 'Google  Sheets', 'Advanced Excel/Google Sheets', 'C++', 'C#', 'CPQ / Quote-to-Cash') order by skill_name, profile_id");
    expect(keys.map((k) => [k.skill_name, k.skill_key])).toEqual([
      ["Advanced Excel/Google Sheets", "advanced excel google sheets"],
      ["Advanced Excel/Google Sheets", "advanced excel google sheets"],
      ["C#", "c sharp"],
      ["C++", "c plus plus"],
      ["CPQ / Quote-to-Cash", "cpq quote to cash"],
      ["CPQ / Quote-to-Cash", "cpq quote to cash"],
      ["Google  Sheets", "google sheets"],
      ["Google Sheets", "google sheets"],
      ["google sheets", "google sheets"],
    ]);
  });

  test("skill_synonyms.csv folds a variant key onto its canonical key", async () => {
    const synonym = reference("skill_synonyms").rows.find((r) => r.variant_key === "ms excel")!;
    const [row] = await w.rows("select spelling_key, skill_key from core.skills where skill_name = 'MS-Excel'");
    expect(row).toEqual({ spelling_key: "ms excel", skill_key: synonym.canonical_key });
    const [dim] = await w.rows("select spellings, profile_count from core.dim_skills where skill_key = $1", [synonym.canonical_key!]);
    expect(dim).toEqual({ spellings: ["Excel", "MS-Excel"], profile_count: 2 });
  });

  test("core.dim_skills: one row per key, the most common spelling, tools apart, usage counts", async () => {
    const [sheets] = await w.rows("select * from core.dim_skills where skill_key = 'google sheets'");
    expect(sheets).toMatchObject({ display_name: "Google  Sheets", spellings: ["Google  Sheets", "Google Sheets", "google sheets"], is_tool: true, kind: "tool", profile_count: 3, function_count: 3 });
    const [analysis] = await w.rows("select display_name, is_tool, kind, profile_count from core.dim_skills where skill_key = 'data analysis'");
    expect(analysis).toEqual({ display_name: "Data analysis", is_tool: false, kind: "skill", profile_count: 2 });
    const [dupes] = await w.rows("select count(*) - count(distinct skill_key) as n from core.dim_skills");
    expect(num(dupes!.n)).toBe(0);
  });
});

describe("meta.rejected_inputs", () => {
  test("every rejected file with its kind, reason, hash and the run id", async () => {
    const rows = await w.rows("select source_path, kind, run_id from meta.rejected_inputs");
    expect(rows).toEqual(["deprecated-americas", "gbp-draft", "management-eur"].map((n) => ({ source_path: `${n}.expected.json`, kind: "not-a-profile", run_id: "test-run" })));
  });
});

describe("another reporting currency", () => {
  let eur: Warehouse;
  beforeAll(async () => {
    // Lower case on purpose: the setting is upper-cased like the CSV's codes.
    eur = await buildWarehouse({ reportingCurrency: "eur" });
  });
  afterAll(() => eur?.close());

  test("converts through USD: USD and GBP figures into EUR, EUR figures unchanged", async () => {
    const rows = await eur.rows("select profile_id, reporting_currency, fx_rate, pay_median_reporting from core.profiles order by profile_id");
    const byId = new Map(rows.map((r) => [r.profile_id, r]));
    expect(byId.get(management.profileId)).toMatchObject({ reporting_currency: "EUR", fx_rate: 1, pay_median_reporting: 96500 });
    expect(byId.get(seed.profileId)!.pay_median_reporting).toBeCloseTo((seed.payMedian * usdPer("USD")) / usdPer("EUR"), 2);
    expect(byId.get(gbp.profileId)!.fx_rate).toBeCloseTo(usdPer("GBP") / usdPer("EUR"), 12);
    expect(byId.get(gbp.profileId)!.pay_median_reporting).toBeCloseTo((gbp.payMedian * usdPer("GBP")) / usdPer("EUR"), 2);
  });
});
