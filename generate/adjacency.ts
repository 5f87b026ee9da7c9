// A page's "Adjacent roles": up to six profiles near it in the taxonomy, nearest first, with
// distances from the structural model (distance-model.ts). Most point at profiles in the corpus;
// a few point at ids the corpus lacks — a level the focus defines but has no page for, or a
// retired focus — as a crawl of the real site finds.
import type { AdjacentRole } from "../ingest/record.ts";
import type { CorpusIndex, IndexedProfile } from "./corpus-index.ts";
import { publishedBand, publishedDistance, type Relation } from "./distance-model.ts";
import { levelDef } from "./levels.ts";
import type { Rng } from "./random.ts";
import { profileIdOf, type FocusInstance } from "./taxonomy.ts";

export const DANGLING_RATE = 0.07;

interface Candidate {
  id: string;
  title: string;
  relation: Relation;
  levelCode: string;
}

const titleOf = (focusName: string, levelCode: string) => `${focusName} — ${levelCode}`;
const candidate = (p: IndexedProfile, relation: Relation): Candidate => ({ id: p.id, title: titleOf(p.focus.name, p.levelCode), relation, levelCode: p.levelCode });

export function adjacentRoles(focus: FocusInstance, levelCode: string, index: CorpusIndex, r: Rng): AdjacentRole[] {
  const count = r.weighted([[0, 10], [1, 10], [2, 15], [3, 20], [4, 20], [5, 15], [6, 10]] as const);
  if (count === 0) return [];
  const self = profileIdOf(focus, levelCode);
  const rank = levelDef(levelCode).rank;
  const byRank = (a: IndexedProfile, b: IndexedProfile) => Math.abs(levelDef(a.levelCode).rank - rank) - Math.abs(levelDef(b.levelCode).rank - rank);

  const sameFocus = (index.byFocus.get(focus.code) ?? []).filter((p) => p.id !== self).sort(byRank).slice(0, 3);
  // Other profiles at this level: the function's own lists run to hundreds, so draw, don't filter.
  const sameFunction = r.pickSome(index.byFunctionLevel.get(`${focus.fn.code} ${levelCode}`) ?? [], 3, (p) => p.focus.code !== focus.code);
  const others = r.pickSome(index.byLevel.get(levelCode) ?? [], 2, (p) => p.focus.fn.code !== focus.fn.code, 6);
  const pool: Candidate[] = [
    ...sameFocus.map((p) => candidate(p, "sameFocus")),
    ...sameFunction.map((p) => candidate(p, "sameFunction")),
    ...others.map((p) => candidate(p, "otherFunction")),
  ];
  const chosen = r.sample(pool, count);
  if (chosen.length > 0 && r.chance(DANGLING_RATE)) chosen[chosen.length - 1] = dangling(focus, levelCode, index, r);

  return chosen
    .map((c) => {
      const def = levelDef(c.levelCode);
      const distance = publishedDistance(c.relation, Math.abs(def.rank - rank), def.track !== levelDef(levelCode).track, r);
      return { title: c.title, profileId: c.id, distance, band: publishedBand(distance, r) };
    })
    .sort((a, b) => a.distance - b.distance)
    .map((a, i) => ({ position: i + 1, ...a }));
}

/** A well-formed id that no page in the corpus has. */
function dangling(focus: FocusInstance, levelCode: string, index: CorpusIndex, r: Rng): Candidate {
  const gaps = focus.tracks.flatMap((t) => t.levels).filter((l) => l !== levelCode && !index.has(profileIdOf(focus, l)));
  if (gaps.length > 0 && r.chance(0.6)) {
    const l = r.pick(gaps);
    return { id: profileIdOf(focus, l), title: titleOf(focus.name, l), relation: "sameFocus", levelCode: l };
  }
  // Serials of live focuses are 0001–9999 with a stride; a retired focus keeps its letters and gets a "R" serial.
  const id = `${focus.fn.code}.${focus.fn.code}${focus.base.abbr}R${String(r.int(0, 999)).padStart(3, "0")}.${levelCode}`;
  return { id, title: titleOf(`${focus.base.name} (Retired)`, levelCode), relation: "sameFunction", levelCode };
}
