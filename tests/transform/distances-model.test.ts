// The structural distance: distance_model.csv documents every row; core.role_level_distances
// gives the site's figures on hand-picked pairs and matches the formula everywhere; a broken CSV
// stops the build; and meta.distance_fit, run on a generated corpus, recovers the constants the
// generator drew its published distances from (read here as ground truth, never by the warehouse).
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { BAND_THRESHOLDS, DISTANCE_MODEL } from "../../generate/distance-model.ts";
import { LEVELS } from "../../generate/levels.ts";
import { readReferenceDoc } from "../../warehouse/reference-docs.ts";
import { TRANSFORM_DIR } from "../../warehouse/sql-files.ts";
import { buildCorpusWarehouse, distanceParameters } from "./distances-fixture.ts";
import { buildWarehouse, type Warehouse } from "./warehouse-fixture.ts";

const CSV = `${TRANSFORM_DIR}reference/distance_model.csv`;

describe("transform/reference/distance_model.csv", () => {
  test("one row per parameter (base and per_level per relation), each with a number, a source and a rationale", () => {
    const rows = readReferenceDoc(CSV).rows;
    expect(rows.map((r) => `${r.parameter} ${r.relation}`.trim()).sort()).toEqual(
      [
        ...["same_focus", "same_function", "other_function"].flatMap((r) => [`base ${r}`, `per_level ${r}`]),
        "cross_track", "management_grade_offset", "close_below", "partial_below", "clamp_min", "clamp_max",
      ].sort(),
    );
    for (const row of rows) {
      expect(Number.isFinite(Number(row.value)), row.parameter).toBe(true);
      expect(["fitted", "assumed", "defined"]).toContain(row.source);
      expect(row.rationale!.length, row.parameter).toBeGreaterThan(40);
    }
  });
});

describe("core.role_level_distances on the fixture build", () => {
  let w: Warehouse;
  beforeAll(async () => {
    w = await buildWarehouse();
  });
  afterAll(() => w?.close());

  const distance = async (relation: string, a: string, b: string) =>
    (await w.rows("select levels_apart, distance, band from core.role_level_distances where relation = $1 and level_code = $2 and other_level_code = $3", [relation, a, b]))[0];

  test.each([
    ["same focus, one level apart", "same_focus", "P3", "P4", 1, 0.2, "close"],
    ["same focus, two levels apart", "same_focus", "P3", "P5", 2, 0.4, "partial"],
    ["same focus, three levels apart", "same_focus", "P1", "P4", 3, 0.6, "distant"],
    ["same focus, M1 and M2", "same_focus", "M1", "M2", 1, 0.2, "close"],
    ["same focus, across tracks: M1 sits between P3 and P4", "same_focus", "P4", "M1", 0.5, 0.2, "close"],
    ["same focus, across tracks, P5 and M1", "same_focus", "P5", "M1", 1.5, 0.4, "partial"],
    ["another focus of the function, same level", "same_function", "P3", "P3", 0, 0.4, "partial"],
    ["another focus of the function, one level apart", "same_function", "P3", "P4", 1, 0.52, "partial"],
    ["another focus of the function, across tracks", "same_function", "P4", "M1", 0.5, 0.56, "partial"],
    ["another function, same level", "other_function", "P3", "P3", 0, 0.7, "distant"],
    ["another function, one level apart", "other_function", "M2", "M3", 1, 0.76, "distant"],
    ["another function, P1 and M5: clamped to 1", "other_function", "P1", "M5", 6.5, 1, "distant"],
  ])("%s", async (_what, relation, a, b, levelsApart, d, band) => {
    expect(await distance(relation as string, a as string, b as string)).toEqual({ levels_apart: levelsApart, distance: d, band });
  });

  test("every relation and pair of the 11 levels, symmetric, and the formula of the CSV on every row", async () => {
    const p = await distanceParameters(w);
    const rows = await w.rows("select r.*, l.comparable_grade as grade, o.comparable_grade as other_grade, l.track, o.track as other_track from core.role_level_distances r join core.levels l using (level_code) join core.levels o on o.level_code = r.other_level_code");
    expect(rows).toHaveLength(3 * 11 * 11);
    const key = (r: Record<string, unknown>) => `${r.relation} ${r.level_code} ${r.other_level_code}`;
    const byKey = new Map(rows.map((r) => [key(r), r]));
    for (const r of rows) {
      expect(byKey.get(`${r.relation} ${r.other_level_code} ${r.level_code}`)!.distance).toBe(r.distance);
      const position = (grade: unknown, track: unknown) => Number(grade) + (track === "management" ? p.get("management_grade_offset")! : 0);
      const apart = Math.abs(position(r.grade, r.track) - position(r.other_grade, r.other_track));
      const raw = p.get(`base ${r.relation}`)! + p.get(`per_level ${r.relation}`)! * apart + (r.track !== r.other_track ? p.get("cross_track")! : 0);
      expect(r.levels_apart, key(r)).toBe(apart);
      expect(r.distance, key(r)).toBeCloseTo(Math.min(1, Math.max(0, raw)), 10);
      expect(r.band, key(r)).toBe(Number(r.distance) < p.get("close_below")! ? "close" : Number(r.distance) < p.get("partial_below")! ? "partial" : "distant");
    }
  });

  test("core.role_distance_model has one typed row per relation, nearest first", async () => {
    const rows = await w.rows("select relation, relation_order, base, per_level from core.role_distance_model");
    expect(rows.map((r) => [r.relation, r.relation_order])).toEqual([["same_focus", 1], ["same_function", 2], ["other_function", 3]]);
  });
});

describe("a broken distance_model.csv stops the build", () => {
  test.each([
    ["a missing row", "delete from raw.distance_model where parameter = 'cross_track'", /one row with a number for cross_track \(relation blank\); it has 0/],
    ["a value that is not a number", "update raw.distance_model set value = 'about 0.2' where parameter = 'per_level' and relation = 'same_focus'", /per_level of same_focus/],
    ["a repeated row", "insert into raw.distance_model select * from raw.distance_model where parameter = 'close_below'", /close_below \(relation blank\); it has 2/],
  ])("%s", async (_what, sql, message) => {
    await expect(buildWarehouse({ prepare: (c) => c.run(sql) })).rejects.toThrow(message);
  });
});

describe("meta.distance_fit on a generated corpus", () => {
  let w: Warehouse;
  let fit: Map<string, Record<string, unknown>>;
  beforeAll(async () => {
    w = await buildCorpusWarehouse();
    fit = new Map((await w.rows("select * from meta.distance_fit")).map((r) => [r.relation ? `${r.parameter} ${r.relation}` : String(r.parameter), r]));
  });
  afterAll(() => w?.close());

  // The generator puts M1…M5 at ranks 3.5…7.5; level_equivalence.csv gives them grades 4…8.
  const managementOffset = LEVELS.filter((l) => l.track === "management").map((l) => l.rank - (Number(l.code.slice(1)) + 3));

  test("recovers the corpus's base and per-level step where the published pairs identify them", () => {
    expect(new Set(managementOffset)).toEqual(new Set([-0.5]));
    const m = DISTANCE_MODEL;
    const near = (key: string, expected: number, within: number) => {
      const row = fit.get(key)!;
      expect(row.status, key).toBe("fitted");
      expect(Math.abs(Number(row.fitted_value) - expected), key).toBeLessThanOrEqual(within);
    };
    near("base same_focus", m.base.sameFocus, 0.02);
    near("per_level same_focus", m.perRank.sameFocus, 0.01);
    near("base same_function", m.base.sameFunction, 0.01);
    near("base other_function", m.base.otherFunction, 0.01);
    near("cross_track", m.crossTrack, 0.02);
    near("management_grade_offset", managementOffset[0]!, 0);
    near("close_below", BAND_THRESHOLDS.close, 0.05);
    near("partial_below", BAND_THRESHOLDS.partial, 0.01);
    expect(Number(fit.get("per_level same_focus")!.r_squared)).toBeGreaterThan(0.95);
  });

  test("says a slope is not identifiable when every published pair of the relation is at one level apart", () => {
    for (const relation of ["same_function", "other_function"]) {
      expect(fit.get(`per_level ${relation}`)).toMatchObject({ status: "not identifiable", fitted_value: null, source: "assumed", has_drifted: null });
    }
    expect(fit.get("clamp_max")).toMatchObject({ status: "defined", fitted_value: null, pairs: null });
  });

  test("sets what the data says beside what the CSV uses: on this corpus, nothing has drifted", async () => {
    for (const [key, row] of fit) {
      expect(row.csv_value, key).toBe(Number((await distanceParameters(w)).get(key)));
      if (row.fitted_value !== null) expect(row.has_drifted, key).toBe(false);
    }
  });

  test("drift shows when the CSV is edited away from the data", async () => {
    const edited = await buildCorpusWarehouse({ prepare: (c) => c.run("update raw.distance_model set value = '0.5' where parameter = 'base' and relation = 'same_function'") });
    try {
      const [row] = await edited.rows("select csv_value, fitted_value, difference, has_drifted from meta.distance_fit where parameter = 'base' and relation = 'same_function'");
      expect(row).toMatchObject({ csv_value: 0.5, has_drifted: true });
      expect(Number(row!.difference)).toBeCloseTo(Number(row!.fitted_value) - 0.5, 4);
    } finally {
      edited.close();
    }
  });
});
