// The taxonomy as a sequence of focus instances. Instance k is a pure function of the seed and k:
// the first 54 are the catalogue's base focuses (interleaved across functions, so even a small
// corpus covers every function); later rounds qualify each base with a domain, then with a prefix
// too, until the corpus is big enough. Each instance decides its tracks, which levels it defines,
// which of those have pages (the rest are coverage gaps), its region and its pay position.
import type { Currency, Scope, Track } from "../ingest/record.ts";
import { FUNCTIONS, type FocusSeed, type FunctionSeed } from "./catalogue.ts";
import { DOMAINS, PREFIXES } from "./content.ts";
import { trackLevels } from "./levels.ts";
import { rngFor } from "./random.ts";

export interface TrackPlan {
  track: Track;
  /** The levels the focus defines, in order; every page lists all of them. */
  levels: string[];
  /** The defined levels that have a page in the corpus. */
  present: string[];
}

export interface FocusInstance {
  ordinal: number;
  fn: FunctionSeed;
  base: FocusSeed;
  /** "ENGINRBACK0042" */
  code: string;
  /** "Backend Engineering", "Backend Engineering (Payments)", "Federal Backend Engineering (Payments)" */
  name: string;
  /** Role and area without parentheses, for aliases: "Federal Payments Backend Engineer". */
  role: string;
  area: string;
  domain: string | null;
  scope: Scope;
  currency: Currency;
  /** The focus's pay relative to its function's baseline. */
  payFactor: number;
  tracks: TrackPlan[];
  /** A level whose median does not rise above the level below it (the warehouse should warn). */
  flatLevel: string | null;
  /** A level one of whose responsibilities quotes HTML markup. */
  markupLevel: string | null;
}

/** Base focuses in interleaved order: every function's first focus, then every function's second… */
export const BASES: { fn: FunctionSeed; base: FocusSeed; index: number }[] = (() => {
  const out: { fn: FunctionSeed; base: FocusSeed; index: number }[] = [];
  const most = Math.max(...FUNCTIONS.map((f) => f.focuses.length));
  for (let j = 0; j < most; j++) for (const fn of FUNCTIONS) if (fn.focuses[j]) out.push({ fn, base: fn.focuses[j]!, index: out.length });
  return out;
})();

const ROUNDS = 1 + DOMAINS.length * (1 + PREFIXES.length);
export const FOCUS_CAPACITY = BASES.length * ROUNDS;

function qualifiers(round: number): { domain: string | null; prefix: string | null } {
  if (round === 0) return { domain: null, prefix: null };
  const r = round - 1;
  const domain = DOMAINS[r % DOMAINS.length]!;
  return { domain, prefix: r < DOMAINS.length ? null : PREFIXES[Math.floor(r / DOMAINS.length) - 1]! };
}

const P_RANGES: [string[], number][] = [[["P1", "P5"], 40], [["P1", "P6"], 30], [["P2", "P6"], 15], [["P1", "P4"], 15]];
const M_RANGES: [string[], number][] = [[["M1", "M4"], 35], [["M1", "M5"], 45], [["M2", "M5"], 20]];
/** Share of a focus's defined levels that have a page; the rest are gaps in coverage. */
const COVERAGE = 0.88;

function range(track: Track, [from, to]: string[]): string[] {
  const codes = trackLevels(track).map((l) => l.code);
  return codes.slice(codes.indexOf(from!), codes.indexOf(to!) + 1);
}

export function focusInstance(seed: string, ordinal: number): FocusInstance {
  if (ordinal >= FOCUS_CAPACITY) throw new Error(`the taxonomy has ${FOCUS_CAPACITY} focuses; instance ${ordinal} does not exist`);
  const { fn, base, index } = BASES[ordinal % BASES.length]!;
  const round = Math.floor(ordinal / BASES.length);
  const { domain, prefix } = qualifiers(round);
  // Codes of one base differ by a 4-digit serial: a fixed stride coprime with 9999 walks through
  // distinct serials in an order that looks arbitrary, as the site's do.
  const start = rngFor(seed, "serial", fn.code, base.abbr).int(1, 9998);
  const serial = ((start + round * 7919) % 9999) + 1;
  const code = `${fn.code}${base.abbr}${String(serial).padStart(4, "0")}`;
  const r = rngFor(seed, "focus", ordinal, index);

  const shape = r.weighted<Track[]>([[["professional", "management"], 45], [["professional"], 47], [["management"], 8]]);
  const tracks = shape.map((track) => {
    const levels = range(track, r.weighted(track === "professional" ? P_RANGES : M_RANGES));
    return { track, levels, present: levels.filter(() => r.chance(COVERAGE)) };
  });
  if (tracks.every((t) => t.present.length === 0)) tracks[0]!.present.push(tracks[0]!.levels[0]!);

  const scope = r.weighted<Scope>([["americas", 35], ["emea", 30], ["apac", 15], ["global", 20]]);
  const currency: Currency = scope === "emea" ? (r.chance(0.6) ? "EUR" : "GBP") : "USD";
  const professional = tracks.find((t) => t.track === "professional");
  const flatLevel = professional && professional.present.length > 1 && r.chance(0.06) ? r.pick(professional.present.slice(1)) : null;
  const allLevels = tracks.flatMap((t) => t.levels);
  const markupLevel = r.chance(0.04) ? r.pick(allLevels) : null;

  const words = (...xs: (string | null)[]) => xs.filter(Boolean).join(" ");
  return {
    ordinal,
    fn,
    base,
    code,
    name: words(prefix, base.name) + (domain ? ` (${domain})` : ""),
    role: words(prefix, domain, base.role),
    area: words(prefix, domain, base.name),
    domain,
    scope,
    currency,
    payFactor: Number(r.between(0.86, 1.16).toFixed(3)),
    tracks,
    flatLevel,
    markupLevel,
  };
}

export const profileIdOf = (focus: Pick<FocusInstance, "fn" | "code">, levelCode: string) => `${focus.fn.code}.${focus.code}.${levelCode}`;
