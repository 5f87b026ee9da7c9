// How a profile is known outside the taxonomy: title aliases and occupation codes. Both are
// keyed by profile id, so every version of a profile carries the same ones. A few aliases are
// deliberately shared by two profiles, and a few codes are malformed: the warehouse flags both.
import type { Classification } from "../ingest/record.ts";
import { ALIAS_PATTERNS } from "./content.ts";
import type { CorpusIndex } from "./corpus-index.ts";
import { rngFor } from "./random.ts";
import { profileIdOf, type FocusInstance } from "./taxonomy.ts";

export const SHARED_ALIAS_RATE = 0.015;
export const MALFORMED_CODE_RATE = 0.01;

const SCOPE_SUFFIX: Record<string, string> = { americas: "Americas", emea: "EMEA", apac: "APAC", global: "Global" };

/** The aliases a profile would have on its own, before any sharing. */
export function ownAliases(seed: string, focus: FocusInstance, levelCode: string): string[] {
  const r = rngFor(seed, "aliases", profileIdOf(focus, levelCode));
  const count = r.weighted([[0, 25], [1, 25], [2, 25], [3, 15], [4, 10]] as const);
  const fill = (p: string) => p.replace("{r}", focus.role).replace("{a}", focus.area);
  const pool = [...ALIAS_PATTERNS[levelCode]!.map(fill), `${focus.role}, ${SCOPE_SUFFIX[focus.scope]} (${levelCode})`];
  return r.sample(pool, count);
}

export function aliasesFor(ctx: { seed: string; index: CorpusIndex }, focus: FocusInstance, levelCode: string): string[] {
  const own = ownAliases(ctx.seed, focus, levelCode);
  const r = rngFor(ctx.seed, "shared-alias", profileIdOf(focus, levelCode));
  if (own.length === 0 || own.length >= 4 || !r.chance(SHARED_ALIAS_RATE)) return own;
  // Borrow a sibling's alias: two focuses of one function that the site files under the same name.
  const siblings = ctx.index.byFunctionLevel.get(`${focus.fn.code} ${levelCode}`) ?? [];
  for (const s of r.pickSome(siblings, 4, (p) => p.focus.code !== focus.code)) {
    const borrowed = ownAliases(ctx.seed, s.focus, levelCode)[0];
    if (borrowed && !own.includes(borrowed)) return [...own, borrowed];
  }
  return own;
}

/** ISCO-08 unit groups by SOC major group, for the pages that carry a second system. */
const ISCO: Record<string, string> = { "11": "1219", "13": "2421", "15": "2512", "19": "2632", "23": "2611", "27": "2166", "43": "4110" };

export function classificationsFor(seed: string, focus: FocusInstance, profileId: string): Classification[] {
  const r = rngFor(seed, "classification", profileId);
  const soc = focus.base.soc;
  const out: Omit<Classification, "position">[] = [
    { system: "O*NET / SOC", code: r.chance(MALFORMED_CODE_RATE) ? soc.slice(0, 6) : soc, source: r.chance(0.6) ? "jfm-factory.resolve" : "onet.crosswalk" },
  ];
  const other = r.pick(focus.fn.focuses).soc;
  if (other !== soc && r.chance(0.15)) out.push({ system: "O*NET / SOC", code: other, source: "onet.crosswalk" });
  const isco = ISCO[soc.slice(0, 2)];
  if (isco && r.chance(0.08)) out.push({ system: "ISCO-08", code: isco, source: "ilo.crosswalk" });
  return out.map((c, i) => ({ position: i + 1, ...c }));
}
