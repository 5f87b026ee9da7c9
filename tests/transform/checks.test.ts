// The data checks against real builds: on the clean fixtures every check passes except the one
// warning the fixtures are known to trip (dangling adjacency ids); then violations are planted in
// the raw layer, each on its own cloned profile or reference row so they do not interfere, and
// every check must fail with exactly its planted rows. A build takes about half a second, so the
// plants share one build.
import type { DuckDBConnection } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { CHECKS } from "../../transform/run-order.ts";
import { CHOSEN, buildWarehouse, cloneFile, type Warehouse } from "./warehouse-fixture.ts";

const SEED_ID = "SALESS.SALESSUP0118.P3";
const MANAGEMENT_ID = "ENGINR.ENGINRPLAT0007.M4";
const GBP_ID = "FINANC.FINANCFPA0031.P2";

interface Plant {
  /** What is wrong, in words. */
  what: string;
  /** The checks it must trip, with the rows each must report, and a row each sample must contain. */
  trips: { check: string; rows: number; sample: Record<string, unknown> }[];
  plant: (c: DuckDBConnection) => Promise<unknown>;
}

/**
 * A copy of the seed's chosen file as a new profile of its own function, edited by `set` (SQL on
 * raw.profiles). Plants go on such single-file clones: a row added to one file of a version that
 * has several would make its files disagree, which version_content_conflict rightly reports.
 */
const clone = (id: string, set?: string) => async (c: DuckDBConnection) => {
  await cloneFile(c, CHOSEN.seed, `planted/${id}.html`, id);
  if (set) await c.run(`update raw.profiles set ${set} where source_path = $1`, [`planted/${id}.html`]);
};
const pathOf = (id: string) => `planted/${id}.html`;

const PLANTS: Plant[] = [
  {
    what: "one file loaded twice (a duplicate raw row), which fans out through the joins: its four core rows also look like pay steps that do not rise",
    trips: [
      { check: "profiles_key_unique", rows: 1, sample: { profile_id: "TESTAA.TESTAAX0001.P3", row_count: 4 } },
      { check: "pay_rises_with_level", rows: 3, sample: { profile_id: "TESTAA.TESTAAX0001.P3", previous_level_code: "P3" } },
    ],
    plant: async (c) => {
      await clone("TESTAA.TESTAAX0001.P3")(c);
      await c.run("insert into raw.profiles select * from raw.profiles where source_path = $1", [pathOf("TESTAA.TESTAAX0001.P3")]);
    },
  },
  {
    what: "a skill row listed twice on one page",
    trips: [{ check: "core_keys_unique", rows: 1, sample: { table_name: "core.skills", key_value: "TESTAB.TESTABX0001.P3 #1", row_count: 2 } }],
    plant: async (c) => {
      await clone("TESTAB.TESTABX0001.P3")(c);
      await c.run("insert into raw.skills select * from raw.skills where source_path = $1 and position = 1", [pathOf("TESTAB.TESTABX0001.P3")]);
    },
  },
  {
    what: "a page with no review-panel scores",
    trips: [{ check: "profiles_not_null", rows: 1, sample: { profile_id: "TESTAC.TESTACX0001.P3", null_columns: ["quality_min", "quality_passed"] } }],
    plant: async (c) => {
      await clone("TESTAC.TESTACX0001.P3")(c);
      await c.run("delete from raw.quality_scores where source_path = $1", [pathOf("TESTAC.TESTACX0001.P3")]);
    },
  },
  {
    what: "an unknown status",
    trips: [{ check: "accepted_values", rows: 1, sample: { column_name: "status", profile_id: "TESTAD.TESTADX0001.P3", value: "retired" } }],
    plant: clone("TESTAD.TESTADX0001.P3", "status = 'retired'"),
  },
  {
    what: "an id whose level part is not the page's level, and an id that is not FUNCTION.FOCUS.LEVEL",
    trips: [{ check: "profile_ids_well_formed", rows: 2, sample: { profile_id: "TESTAE.TESTAEX0001.P4", level_code: "P3" } }],
    plant: async (c) => {
      await clone("TESTAE.TESTAEX0001.P4")(c);
      await clone("TESTAF-BAD.ID.P3")(c);
    },
  },
  {
    what: "a child row naming a profile that no file carries",
    trips: [{ check: "core_relationships", rows: 1, sample: { table_name: "core.title_aliases", profile_id: "GHOSTS.GHOSTSX0001.P1", is_profile_missing: true } }],
    plant: async (c) => {
      await clone("TESTAG.TESTAGX0001.P3")(c);
      await c.run("insert into raw.aliases values ($1, 'GHOSTS.GHOSTSX0001.P1', 9, 'Ghost Writer')", [pathOf("TESTAG.TESTAGX0001.P3")]);
    },
  },
  {
    what: "a rate in fx_rates.csv that is not a number (GBP pay then has no reporting-currency figure)",
    trips: [
      { check: "fx_rates_complete", rows: 1, sample: { currency: "GBP", usd_per_unit: null } },
      { check: "profiles_not_null", rows: 1, sample: { profile_id: GBP_ID, null_columns: ["pay_median_reporting"] } },
    ],
    plant: (c) => c.run("update raw.fx_rates set usd_per_unit = 'n/a' where currency = 'GBP'"),
  },
  {
    what: "a pay range whose low end is above the median",
    trips: [{ check: "pay_range_ordered", rows: 1, sample: { profile_id: "TESTAH.TESTAHX0001.P3", pay_min: 90000, pay_median: 82000 } }],
    plant: clone("TESTAH.TESTAHX0001.P3", "pay_min = 90000"),
  },
  {
    what: "typical years running backwards",
    trips: [{ check: "years_range_ordered", rows: 1, sample: { profile_id: "TESTAI.TESTAIX0001.P3", years_min: 9, years_max: 5 } }],
    plant: clone("TESTAI.TESTAIX0001.P3", "years_min = 9, years_max = 5"),
  },
  {
    what: "a confidence score above 1",
    trips: [{ check: "values_in_range", rows: 1, sample: { column_name: "confidence_score", profile_id: "TESTAJ.TESTAJX0001.P3", value: 1.5 } }],
    plant: clone("TESTAJ.TESTAJX0001.P3", "confidence_score = 1.5"),
  },
  {
    what: "responsibilities that leave out the profile's own level",
    trips: [{ check: "own_level_present", rows: 1, sample: { profile_id: "TESTAK.TESTAKX0001.P3", own_level_rows: 0 } }],
    plant: async (c) => {
      await clone("TESTAK.TESTAKX0001.P3")(c);
      await c.run("delete from raw.responsibilities where source_path = $1 and level_code = 'P3'", [pathOf("TESTAK.TESTAKX0001.P3")]);
    },
  },
  {
    what: "a P4 paid less than the P3 of its focus",
    trips: [{ check: "pay_rises_with_level", rows: 1, sample: { profile_id: "SALESS.SALESSUP0118.P4", previous_level_code: "P3", pay_median: 80000, previous_pay_median: 82000 } }],
    plant: async (c) => {
      await clone("SALESS.SALESSUP0118.P4", "level_code = 'P4', level_name = 'Senior Professional', pay_median = 80000, pay_min = 70000, pay_max = 95000")(c);
      await c.run("update raw.responsibilities set is_own_level = (level_code = 'P4') where source_path = $1", [pathOf("SALESS.SALESSUP0118.P4")]);
    },
  },
  {
    what: "another profile claiming the management profile's alias, in other case and spacing",
    trips: [{ check: "title_alias_shared", rows: 1, sample: { alias_key: "head of platform", profile_ids: [MANAGEMENT_ID, "TESTAM.TESTAMX0001.P3"] } }],
    plant: async (c) => {
      await clone("TESTAM.TESTAMX0001.P3")(c);
      await c.run("insert into raw.aliases values ($1, 'TESTAM.TESTAMX0001.P3', 1, '  head of  PLATFORM')", [pathOf("TESTAM.TESTAMX0001.P3")]);
    },
  },
  {
    what: "an adjacent role with a malformed id",
    trips: [{ check: "adjacency_targets_valid", rows: 1, sample: { profile_id: "TESTAN.TESTANX0001.P3", adjacent_profile_id: "not-an-id", problem: "malformed id" } }],
    plant: async (c) => {
      await clone("TESTAN.TESTANX0001.P3")(c);
      await c.run("insert into raw.adjacency values ($1, 'TESTAN.TESTANX0001.P3', 1, 'Nowhere', 'not-an-id', 0.5, 'partial')", [pathOf("TESTAN.TESTANX0001.P3")]);
    },
  },
  {
    what: "the text dump of the seed saying something its HTML does not",
    trips: [{ check: "version_content_conflict", rows: 1, sample: { profile_id: SEED_ID, version_number: 1, record_count: 2 } }],
    plant: (c) => c.run("update raw.profiles set summary = 'A different summary.' where source_path = 'seed.txt'"),
  },
  {
    what: "a SOC code cut short and one in no SOC major group",
    trips: [{ check: "soc_codes_valid", rows: 2, sample: { profile_id: "TESTAO.TESTAOX0001.P3", code: "13-205" } }],
    plant: async (c) => {
      await clone("TESTAO.TESTAOX0001.P3")(c);
      const path = pathOf("TESTAO.TESTAOX0001.P3");
      await c.run("insert into raw.classifications values ($1, 'TESTAO.TESTAOX0001.P3', 2, 'O*NET / SOC', '13-205', 'test')", [path]);
      await c.run("insert into raw.classifications values ($1, 'TESTAO.TESTAOX0001.P3', 3, 'SOC 2018', '99-1234', 'test')", [path]);
    },
  },
  {
    what: "a level in use missing from level_equivalence.csv",
    trips: [{ check: "level_equivalence_complete", rows: 1, sample: { level_code: "P2", comparable_grade: null } }],
    plant: (c) => c.run("delete from raw.level_equivalence where level_code = 'P2'"),
  },
  {
    what: "a synonym written unnormalized, and a synonym chain",
    trips: [{ check: "skill_synonyms_valid", rows: 2, sample: { variant_key: "excel sheets", problem: "canonical_key is itself a variant (a chain)" } }],
    plant: (c) => c.run("insert into raw.skill_synonyms values ('Google Sheets', 'google sheets', 'test'), ('excel sheets', 'gsheets', 'test')"),
  },
  {
    what: "Terraform listed as a skill on one page and as a tool on another",
    trips: [{ check: "skill_kind_consistent", rows: 1, sample: { skill_key: "terraform", tool_use_count: 1, skill_use_count: 1 } }],
    plant: async (c) => {
      await clone("TESTAP.TESTAPX0001.P3")(c);
      await c.run("insert into raw.skills values ($1, 'TESTAP.TESTAPX0001.P3', 99, 'Terraform', 'Writes modules.', false)", [pathOf("TESTAP.TESTAPX0001.P3")]);
    },
  },
  {
    what: "a published adjacent role, in the warehouse, printed close though its computed distance (another focus of the function, same level: 0.40) is partial",
    trips: [{ check: "adjacency_band_agreement", rows: 1, sample: { profile_id: "TESTAQ.TESTAQX0001.P3", adjacent_profile_id: "TESTAQ.TESTAQY0001.P3", published_band: "close", computed_band: "partial" } }],
    plant: async (c) => {
      await clone("TESTAQ.TESTAQX0001.P3")(c);
      await clone("TESTAQ.TESTAQY0001.P3")(c);
      await c.run("insert into raw.adjacency values ($1, 'TESTAQ.TESTAQX0001.P3', 1, 'Y — P3', 'TESTAQ.TESTAQY0001.P3', 0.4, 'close')", [pathOf("TESTAQ.TESTAQX0001.P3")]);
    },
  },
];

const failing = (w: Warehouse) => Object.fromEntries(w.checks.filter((c) => c.failingRows > 0).map((c) => [c.check, c.failingRows]));

let clean: Warehouse;
let planted: Warehouse;
beforeAll(async () => {
  clean = await buildWarehouse();
  planted = await buildWarehouse({
    prepare: async (c) => {
      for (const p of PLANTS) await p.plant(c);
    },
  });
});
afterAll(() => {
  clean?.close();
  planted?.close();
});

describe("on the clean fixtures", () => {
  test("every check passes but the dangling-adjacency warning", () => {
    expect(clean.checks.map((c) => `checks/${c.check}`)).toEqual(CHECKS);
    expect(failing(clean)).toEqual({ adjacency_targets_valid: 2 });
    expect(clean.checks.filter((c) => c.severity === "error" && c.failingRows > 0)).toEqual([]);
  });

  test("the adjacency warning names the two targets whose focus is in the warehouse, not the one whose focus is not", () => {
    const c = clean.check("adjacency_targets_valid");
    expect(c.severity).toBe("warning");
    expect(c.sample.map((r) => r.adjacent_profile_id)).toEqual(["ENGINR.ENGINRPLAT0007.M3", "SALESS.SALESSUP0118.M4"]);
    expect(c.sample.every((r) => r.profile_id === MANAGEMENT_ID && r.problem === "not in the warehouse, though its focus is")).toBe(true);
  });

  test("results are recorded in meta.check_results with the run id", async () => {
    const rows = await clean.rows("select check_name, severity, failing_rows, passed, sample_json from meta.check_results where check_name = 'adjacency_targets_valid'");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ severity: "warning", failing_rows: 2, passed: false });
    expect(JSON.parse(String(rows[0]!.sample_json))).toEqual(clean.check("adjacency_targets_valid").sample);
  });
});

describe("with violations planted in the raw layer", () => {
  test("every check has a planted violation", () => {
    const tripped = new Set(PLANTS.flatMap((p) => p.trips.map((t) => `checks/${t.check}`)));
    expect(CHECKS.filter((c) => !tripped.has(c))).toEqual([]);
  });

  test.each(CHECKS)("%s fails with exactly its planted rows", (id) => {
    const name = id.slice("checks/".length);
    const trips = PLANTS.flatMap((p) => p.trips.filter((t) => t.check === name).map((t) => ({ ...t, what: p.what })));
    const c = planted.check(name);
    expect(c.failingRows, trips.map((t) => t.what).join("; ")).toBe(clean.check(name).failingRows + trips.reduce((n, t) => n + t.rows, 0));
    for (const t of trips) expect(c.sample, t.what).toContainEqual(expect.objectContaining(t.sample));
  });

  test("an error-severity failure is recorded as not passed (it stops the publish)", async () => {
    const rows = await planted.rows("select check_name, failing_rows, passed from meta.check_results where severity = 'error' and check_name = 'profiles_key_unique'");
    expect(rows).toEqual([{ check_name: "profiles_key_unique", failing_rows: 1, passed: false }]);
  });

  test("no check fails that no plant explains", () => {
    expect(Object.keys(failing(planted)).sort()).toEqual([...new Set(PLANTS.flatMap((p) => p.trips.map((t) => t.check)).concat("adjacency_targets_valid"))].sort());
  });
});

describe("a reporting currency fx_rates.csv has no rate for", () => {
  let jpy: Warehouse;
  beforeAll(async () => {
    jpy = await buildWarehouse({ reportingCurrency: "JPY" });
  });
  afterAll(() => jpy?.close());

  test("fails fx_rates_complete, an error, and leaves every reporting-currency figure null", async () => {
    const c = jpy.check("fx_rates_complete");
    expect(c).toMatchObject({ severity: "error", failingRows: 1, sample: [{ currency: "JPY", rate_rows: 0 }] });
    const [{ n }] = (await jpy.rows("select count(*) as n from core.profiles where pay_median_reporting is not null")) as [{ n: string }];
    expect(n).toBe(0);
  });
});
