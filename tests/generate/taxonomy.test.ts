// What makes a generated corpus realistic, measured on the records of a 3,000-page corpus: the
// spread of badges, pay that rises with level (with deliberate exceptions), versions, coverage
// gaps, skills that recur with drifting spelling, and adjacency lists that mostly resolve.
import { describe, expect, it } from "vitest";
import { FUNCTIONS } from "../../generate/catalogue.ts";
import { corpusFiles } from "../../generate/corpus.ts";
import { bandOf } from "../../generate/distance-model.ts";
import { confidenceLabelOf } from "../../generate/profiles.ts";
import { CONFIDENCE_LABELS, CURRENCIES, SCOPES, STATUSES, TOOL_DESCRIPTION, TRACKS, type ProfileRecord } from "../../ingest/record.ts";

/** Map.groupBy, which Node 20 lacks. */
function groupBy<T, K>(xs: Iterable<T>, key: (x: T) => K): Map<K, T[]> {
  const m = new Map<K, T[]>();
  for (const x of xs) (m.get(key(x)) ?? m.set(key(x), []).get(key(x))!).push(x);
  return m;
}

const files = [...corpusFiles({ seed: "properties", profiles: 3000, faults: 0 })];
const records = files.map((f) => f.record!);
const ids = new Set(records.map((r) => r.profileId));
/** The current version of each profile: the highest. */
const current = [...groupBy(records, (r) => r.profileId).values()].map((vs) => vs.reduce((a, b) => (b.versionNumber > a.versionNumber ? b : a)));
const share = (xs: unknown[], n: number) => xs.length / n;
const values = <K extends keyof ProfileRecord>(k: K) => new Set(records.map((r) => r[k]));

describe("badges and facts", () => {
  it("uses every status, scope, confidence label, track and currency, and every function", () => {
    expect(values("status")).toEqual(new Set(STATUSES));
    expect(values("scope")).toEqual(new Set(SCOPES));
    expect(values("confidenceLabel")).toEqual(new Set(CONFIDENCE_LABELS));
    expect(values("track")).toEqual(new Set(TRACKS));
    expect(values("currency")).toEqual(new Set(CURRENCIES));
    expect(values("functionName")).toEqual(new Set(FUNCTIONS.map((f) => f.name)));
  });

  it("labels confidence consistently with its score", () => {
    for (const r of records) expect(r.confidenceLabel, r.profileId).toBe(confidenceLabelOf(r.confidenceScore));
  });

  it("prints ids in the site's form, none of them the seed page's", () => {
    for (const r of records) {
      expect(r.profileId).toMatch(/^[A-Z]{6}\.[A-Z]{6}[A-Z]{2,4}\d{4}\.[PM][1-6]$/);
      expect(r.profileId.split(".")[2]).toBe(r.levelCode);
      expect(r.title).toBe(`${r.focusName} — ${r.levelCode}`);
    }
    expect(ids.has("SALESS.SALESSUP0118.P3")).toBe(false);
  });

  it("has open-ended experience at the top, and states it in the level definition", () => {
    expect(records.some((r) => r.yearsMax === null)).toBe(true);
    for (const r of records) {
      const years = r.yearsMax === null ? `${r.yearsMin}+ yrs` : `${r.yearsMin}–${r.yearsMax} yrs`;
      expect(r.levelDefinition.map((a) => a.attribute)).toEqual(["Scope", "Autonomy", "Complexity", "Impact", "Decision rights", "Leadership", "Typical experience"]);
      expect(r.levelDefinition[6]!.value).toBe(years);
    }
  });

  it("scores quality on the seed's five dimensions, mostly at 4 or above", () => {
    const weak = records.filter((r) => r.qualityScores.some((q) => q.score < 4));
    expect(share(weak, records.length)).toBeGreaterThan(0.05);
    expect(share(weak, records.length)).toBeLessThan(0.25);
    for (const r of records) expect(r.qualityScores.every((q) => q.score >= 1 && q.score <= 5 && Number.isInteger(q.score * 10))).toBe(true);
  });
});

describe("pay", () => {
  const ladders = [...groupBy(current, (r) => `${r.profileId.split(".")[1]} ${r.track}`).values()]
    .map((rs) => rs.sort((a, b) => a.levelCode.localeCompare(b.levelCode)).map((r) => r.payMedian))
    .filter((ms) => ms.length > 1);
  const rising = ladders.filter((ms) => ms.every((m, i) => i === 0 || m > ms[i - 1]!));

  it("rises with level inside most focuses, but not in all", () => {
    expect(ladders.length).toBeGreaterThan(100);
    expect(share(rising, ladders.length)).toBeGreaterThan(0.85);
    expect(rising.length).toBeLessThan(ladders.length);
  });

  it("is in whole currency units of 500, with min < median < max for nearly every page", () => {
    for (const r of records) for (const x of [r.payMin, r.payMedian, r.payMax]) expect(x % 500).toBe(0);
    const ordered = records.filter((r) => r.payMin < r.payMedian && r.payMedian < r.payMax);
    expect(share(ordered, records.length)).toBeGreaterThan(0.98);
  });

  it("varies by function", () => {
    const p3 = (code: string) => current.filter((r) => r.levelCode === "P3" && r.currency === "USD" && r.profileId.startsWith(code)).map((r) => r.payMedian);
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    expect(median(p3("LEGALS"))).toBeGreaterThan(median(p3("CUSTSV")) * 1.5);
  });
});

describe("versions and coverage", () => {
  it("has several versions of some profiles, in different files", () => {
    const byId = groupBy(files, (f) => f.record!.profileId);
    const versioned = [...byId.values()].filter((fs) => new Set(fs.map((f) => f.record!.version)).size > 1);
    expect(versioned.length).toBeGreaterThan(50);
    expect(versioned.some((fs) => fs.some((f) => f.record!.versionNumber === 3))).toBe(true);
    for (const fs of versioned) expect(new Set(fs.map((f) => f.entry.path)).size).toBe(fs.length);
  });

  it("lists every level of the page's track, marks its own, and leaves some listed levels without a page", () => {
    let gaps = 0;
    for (const r of current) {
      const listed = [...new Set(r.responsibilities.map((x) => x.levelCode))];
      expect(r.rubric.map((x) => x.levelCode)).toEqual(listed);
      expect(listed.every((l) => l[0] === r.levelCode[0])).toBe(true);
      expect(r.responsibilities.filter((x) => x.isOwnLevel).every((x) => x.levelCode === r.levelCode)).toBe(true);
      expect(r.responsibilities.some((x) => x.isOwnLevel)).toBe(true);
      gaps += listed.filter((l) => !ids.has(r.profileId.replace(/[PM]\d+$/, l))).length;
    }
    expect(gaps).toBeGreaterThan(50);
  });

  it("quotes markup in a few responsibilities", () => {
    expect(records.some((r) => r.responsibilities.some((x) => x.text.includes("<script>")))).toBe(true);
  });
});

describe("skills", () => {
  it("recurs across profiles with small differences in spelling or case", () => {
    const spellings = groupBy(records.flatMap((r) => r.skills.map((s) => s.name)), (n) => n.toLowerCase().replace(/[^a-z0-9]/g, ""));
    const drifting = [...spellings.values()].filter((ns) => new Set(ns).size > 1);
    expect(drifting.length).toBeGreaterThan(20);
    expect(new Set(spellings.get("googlesheets"))).toContain("google sheets");
  });

  it("marks tools by the site's tool description, and lists them after the skills", () => {
    for (const r of records) {
      expect(r.skills.every((s) => s.isTool === (s.description === TOOL_DESCRIPTION))).toBe(true);
      const firstTool = r.skills.findIndex((s) => s.isTool);
      expect(firstTool).toBeGreaterThan(0);
      expect(r.skills.slice(firstTool).every((s) => s.isTool)).toBe(true);
    }
  });
});

describe("adjacent roles", () => {
  const roles = records.flatMap((r) => r.adjacentRoles.map((a) => ({ ...a, from: r })));

  it("point mostly at profiles in the corpus, and a few at ids it lacks", () => {
    const dangling = roles.filter((a) => !ids.has(a.profileId));
    expect(share(dangling, roles.length)).toBeGreaterThan(0.005);
    expect(share(dangling, roles.length)).toBeLessThan(0.05);
    expect(records.some((r) => r.adjacentRoles.length === 0)).toBe(true);
    expect(Math.max(...records.map((r) => r.adjacentRoles.length))).toBe(6);
  });

  it("are titled by focus and level, nearest first, with bands that mostly follow the distance", () => {
    for (const r of records) {
      const ds = r.adjacentRoles.map((a) => a.distance);
      expect(ds).toEqual([...ds].sort((a, b) => a - b));
      for (const a of r.adjacentRoles) expect(a.title.endsWith(` — ${a.profileId.split(".")[2]}`)).toBe(true);
    }
    const disagreeing = roles.filter((a) => a.band !== bandOf(a.distance));
    expect(share(disagreeing, roles.length)).toBeGreaterThan(0.005);
    expect(share(disagreeing, roles.length)).toBeLessThan(0.06);
  });
});

describe("aliases and classifications", () => {
  it("has pages without aliases, pages with four, and a few aliases shared by two profiles", () => {
    expect(records.some((r) => r.aliases.length === 0)).toBe(true);
    expect(records.some((r) => r.aliases.length === 4)).toBe(true);
    const owners = groupBy(current.flatMap((r) => r.aliases.map((a) => ({ a, id: r.profileId }))), (x) => x.a);
    const shared = [...owners.values()].filter((xs) => new Set(xs.map((x) => x.id)).size > 1);
    expect(shared.length).toBeGreaterThan(0);
    expect(shared.length).toBeLessThan(current.length * 0.05);
  });

  it("maps to O*NET / SOC, sometimes twice or to a second system, with a few malformed codes", () => {
    const all = records.flatMap((r) => r.classifications);
    expect(all.every((c) => /^\S+$/.test(c.code) && /^\S+$/.test(c.source))).toBe(true);
    expect(records.every((r) => r.classifications[0]!.system === "O*NET / SOC")).toBe(true);
    expect(records.some((r) => new Set(r.classifications.map((c) => c.system)).size > 1)).toBe(true);
    expect(records.some((r) => r.classifications.filter((c) => c.system === "O*NET / SOC").length > 1)).toBe(true);
    const soc = all.filter((c) => c.system === "O*NET / SOC");
    expect(soc.some((c) => !/^\d{2}-\d{4}(\.\d{2})?$/.test(c.code))).toBe(true);
  });
});
