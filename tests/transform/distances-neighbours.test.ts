// marts.role_neighbours against a brute force: every pair of profiles of a generated corpus
// (about 330 profiles, 100,000 pairs), its distance computed here in TypeScript from
// distance_model.csv as the build loaded it, sorted by distance then id. The blocked SQL must give
// exactly the same k nearest, for several k and for distance models that reorder the relations,
// since its pruning must hold whatever the CSV says.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildCorpusWarehouse, distanceParameters, modelRows, rerunModels } from "./distances-fixture.ts";
import type { Warehouse } from "./warehouse-fixture.ts";

interface Coordinates {
  id: string;
  fn: string;
  focus: string;
  track: string;
  grade: number;
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

function distanceOf(p: Map<string, number>, a: Coordinates, b: Coordinates): { relation: string; distance: number } {
  const relation = a.fn === b.fn && a.focus === b.focus ? "same_focus" : a.fn === b.fn ? "same_function" : "other_function";
  const position = (c: Coordinates) => c.grade + (c.track === "management" ? p.get("management_grade_offset")! : 0);
  const raw = p.get(`base ${relation}`)! + p.get(`per_level ${relation}`)! * Math.abs(position(a) - position(b)) + (a.track !== b.track ? p.get("cross_track")! : 0);
  return { relation, distance: round4(Math.min(p.get("clamp_max")!, Math.max(p.get("clamp_min")!, raw))) };
}

async function bruteForce(w: Warehouse, k: number): Promise<string[]> {
  const p = await distanceParameters(w);
  const profiles = (await w.rows("select profile_id as id, function_code as fn, focus_code as focus, track, comparable_grade as grade from core.profiles where comparable_grade is not null")) as unknown as Coordinates[];
  return profiles
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .flatMap((a) =>
      profiles
        .filter((b) => b.id !== a.id)
        .map((b) => ({ id: b.id, ...distanceOf(p, a, b) }))
        .sort((x, y) => x.distance - y.distance || (x.id < y.id ? -1 : 1))
        .slice(0, k)
        .map((n, i) => `${a.id} ${i + 1} ${n.id} ${n.relation} ${n.distance}`),
    );
}

const blocked = async (w: Warehouse, k: number) =>
  (await modelRows(w, "marts/role_neighbours", k)).map((r) => `${r.profile_id} ${r.neighbour_rank} ${r.neighbour_id} ${r.relation} ${r.distance}`);

describe("marts.role_neighbours on a generated corpus, with the shipped distance model", () => {
  let w: Warehouse;
  beforeAll(async () => {
    w = await buildCorpusWarehouse();
  });
  afterAll(() => w?.close());

  test.each([1, 3, 10, 25])("k = %i: exactly the brute-force k nearest, ties broken by neighbour id", async (k) => {
    const expected = await bruteForce(w, k);
    expect(expected.length).toBeGreaterThan(300 * k);
    expect(await blocked(w, k)).toEqual(expected);
  });

  test("k larger than the warehouse: every other profile, nearest first", async () => {
    const [{ n }] = (await w.rows("select count(*) as n from core.profiles")) as [{ n: number }];
    const rows = await blocked(w, n + 5);
    expect(rows.length).toBe(n * (n - 1));
    expect(rows).toEqual(await bruteForce(w, n + 5));
  });

  test("k = 0 (--neighbours 0): no neighbours", async () => {
    expect(await blocked(w, 0)).toEqual([]);
  });

  test("the built table honours neighbour_k: ranks 1…10 with no gaps, no pair twice, no profile its own neighbour", async () => {
    const [summary] = await w.rows(`
      select
        count(distinct profile_id) as profiles,
        count(*) as pairs,
        count(distinct (profile_id, neighbour_id)) as distinct_pairs,
        count(*) filter (where profile_id = neighbour_id) as self_pairs,
        bool_and(ranks = range(1, count + 1)) as contiguous
      from marts.role_neighbours
      left join (select profile_id, list(neighbour_rank order by neighbour_rank) as ranks, count(*) as count from marts.role_neighbours group by profile_id) using (profile_id)`);
    const [{ n }] = (await w.rows("select count(*) as n from core.profiles")) as [{ n: number }];
    expect(summary).toEqual({ profiles: n, pairs: n * 10, distinct_pairs: n * 10, self_pairs: 0, contiguous: true });
  });

  test("ties: equal distances are in neighbour id order, and a rebuild gives the same rows", async () => {
    const ties = await w.rows(`
      select count(*) as out_of_order from (
        select profile_id, distance, neighbour_id, lag(neighbour_id) over (partition by profile_id, distance order by neighbour_rank) as previous_id
        from marts.role_neighbours
      ) where previous_id >= neighbour_id`);
    expect(ties).toEqual([{ out_of_order: 0 }]);
    const [{ tied }] = (await w.rows("select count(*) as tied from (select profile_id, distance from marts.role_neighbours group by all having count(*) > 1)")) as [{ tied: number }];
    expect(tied).toBeGreaterThan(50);
    const again = await buildCorpusWarehouse();
    try {
      const all = "select * from marts.role_neighbours order by profile_id, neighbour_rank";
      expect(await again.rows(all)).toEqual(await w.rows(all));
    } finally {
      again.close();
    }
  });

  test("each row carries the band of its distance, the page's own claim and the pair's skill overlap", async () => {
    const [bad] = await w.rows(`
      select
        count(*) filter (where band <> case when distance < 0.30 then 'close' when distance < 0.595 then 'partial' else 'distant' end) as wrong_band,
        count(*) filter (where is_published <> exists (select 1 from core.published_adjacency as a where a.profile_id = n.profile_id and a.adjacent_profile_id = n.neighbour_id)) as wrong_published,
        count(*) filter (where is_published and published_distance is null) as missing_published_distance,
        count(*) filter (where content_similarity < 0 or content_similarity > 1) as similarity_out_of_range,
        count(*) filter (where is_published) as published,
      from marts.role_neighbours as n`);
    expect(bad).toMatchObject({ wrong_band: 0, wrong_published: 0, missing_published_distance: 0, similarity_out_of_range: 0 });
    expect(bad!.published).toBeGreaterThan(100);
  });
});

const MODEL_TABLES = ["core/role_distance_model", "core/role_level_distances"];

describe.each<{ what: string; values: Record<string, number> }>([
  {
    what: "a flat model (every pair of a relation equally far: nearly every rank is a tie broken by id)",
    values: { "per_level same_focus": 0, "per_level same_function": 0, "per_level other_function": 0, cross_track: 0 },
  },
  {
    what: "a model where other functions at the same level are nearer than the own function, and levels barely count",
    values: { "base same_function": 0.5, "per_level same_function": 0.01, "base other_function": 0.3, "per_level other_function": 0.02, cross_track: 0.05, management_grade_offset: 0 },
  },
  {
    what: "a steep model whose distances run into the clamp at 1",
    values: { "per_level same_focus": 0.45, "per_level same_function": 0.3, "per_level other_function": 0.4 },
  },
])("marts.role_neighbours equals the brute force under $what", ({ values }) => {
  // One build for all: the CSV's rows are edited in raw.distance_model and the two distance models re-run.
  let w: Warehouse;
  let original: Record<string, unknown>[];
  beforeAll(async () => {
    w = await (shared ??= buildCorpusWarehouse());
    original = await w.rows("select * from raw.distance_model");
    for (const [key, value] of Object.entries(values)) {
      const [parameter, relation] = key.split(" ");
      await w.db.connection.run("update raw.distance_model set value = $3 where parameter = $1 and coalesce(relation, '') = $2", [parameter!, relation ?? "", String(value)]);
    }
    await rerunModels(w, MODEL_TABLES);
  });
  afterAll(async () => {
    await w.db.connection.run("delete from raw.distance_model");
    for (const r of original) await w.db.connection.run("insert into raw.distance_model values ($1, $2, $3, $4, $5)", [r.parameter, r.relation, r.value, r.source, r.rationale] as string[]);
    await rerunModels(w, MODEL_TABLES);
  });

  test.each([2, 10])("k = %i", async (k) => {
    expect(await blocked(w, k)).toEqual(await bruteForce(w, k));
  });
});

let shared: Promise<Warehouse> | undefined;
afterAll(async () => (await shared)?.close());
