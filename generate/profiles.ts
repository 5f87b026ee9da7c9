// One ProfileRecord: a focus, a level and a version. The record is the ground truth the manifest
// promises; the renderers turn it into page bytes. Streams are keyed by id (what stays the same
// across versions: adjacency, aliases, classifications) or by id and version (what a new version
// revises: status, confidence, pay, scores, sources, skills).
import { TOOL_DESCRIPTION, type Classification, type ConfidenceLabel, type ProfileRecord, type Skill, type Status } from "../ingest/record.ts";
import { adjacentRoles } from "./adjacency.ts";
import { aliasesFor, classificationsFor } from "./identity.ts";
import { CROSS_SKILLS, QUALITY_DIMENSIONS, SKILL_VARIANTS } from "./content.ts";
import type { CorpusIndex } from "./corpus-index.ts";
import type { FocusContent } from "./focus-content.ts";
import { ATTRIBUTE_NAMES, levelDef } from "./levels.ts";
import { formatYears } from "./page-labels.ts";
import { payFor } from "./pay.ts";
import { rngFor, type Rng } from "./random.ts";
import { profileIdOf, type FocusInstance } from "./taxonomy.ts";

export interface ProfileContext {
  seed: string;
  index: CorpusIndex;
}

/** A profile's differential is material when its focus pays this far from the function's baseline. */
export const MATERIAL_PAY_DIFFERENTIAL = 0.08;
export const SKILL_VARIANT_RATE = 0.1;

const LEVEL_ADJECTIVE: Record<string, string> = {
  P1: "Entry-level", P2: "Developing", P3: "Mid-level", P4: "Senior", P5: "Principal", P6: "Distinguished",
  M1: "Team-lead", M2: "Managerial", M3: "Senior management", M4: "Director-level", M5: "Executive",
};

export function buildProfile(ctx: ProfileContext, focus: FocusInstance, content: FocusContent, levelCode: string, versionNumber: number, latest: boolean): ProfileRecord {
  const def = levelDef(levelCode);
  const profileId = profileIdOf(focus, levelCode);
  const stable = rngFor(ctx.seed, "profile", profileId);
  const r = rngFor(ctx.seed, "profile", profileId, versionNumber);
  const track = focus.tracks.find((t) => t.track === def.track)!;
  const confidenceScore = Number(r.weighted([[r.between(0.75, 0.97), 60], [r.between(0.5, 0.745), 30], [r.between(0.3, 0.495), 10]]).toFixed(2));
  const differential = Math.abs(focus.payFactor - 1) >= MATERIAL_PAY_DIFFERENTIAL;

  return {
    profileId,
    title: `${focus.name} — ${levelCode}`,
    functionName: focus.fn.name,
    focusName: focus.name,
    levelCode,
    levelName: def.name,
    track: def.track,
    confidenceLabel: confidenceLabelOf(confidenceScore),
    confidenceScore,
    status: statusOf(r, versionNumber, latest),
    scope: focus.scope,
    version: `v${versionNumber}`,
    versionNumber,
    summary: `${LEVEL_ADJECTIVE[levelCode]} ${focus.role} position in ${focus.fn.name} — works on ${content.remit}. ${def.summary}.`,
    functionDescription: focus.fn.description,
    focusDescription: content.description,
    yearsMin: def.yearsMin,
    yearsMax: def.yearsMax,
    currency: focus.currency,
    ...payFor(focus, levelCode, versionNumber, r),
    // A few pages flag a differential the numbers do not show, or miss one they do.
    payDifferentialMaterial: r.chance(0.03) ? !differential : differential,
    responsibilities: track.levels.flatMap((l) =>
      content.responsibilities.get(l)!.map((text, i) => ({ levelCode: l, position: i + 1, text, isOwnLevel: l === levelCode })),
    ),
    rubric: track.levels.map((l) => content.rubric.get(l)!),
    skills: skillsFor(focus, r),
    qualityScores: qualityScores(r),
    sourceCount: r.chance(0.02) ? 1 : r.int(3, 24) + 4 * (versionNumber - 1),
    levelSummary: def.summary,
    levelDefinition: [...def.attributes, formatYears(def)].map((value, i) => ({ position: i + 1, attribute: ATTRIBUTE_NAMES[i]!, value })),
    adjacentRoles: adjacentRoles(focus, levelCode, ctx.index, stable),
    aliases: aliasesFor(ctx, focus, levelCode),
    classifications: classificationsFor(ctx.seed, focus, profileId) satisfies Classification[],
  };
}

export const CONFIDENCE_THRESHOLDS = { high: 0.75, medium: 0.5 } as const;
export const confidenceLabelOf = (score: number): ConfidenceLabel =>
  score >= CONFIDENCE_THRESHOLDS.high ? "high" : score >= CONFIDENCE_THRESHOLDS.medium ? "medium" : "low";

function statusOf(r: Rng, versionNumber: number, latest: boolean): Status {
  if (!latest) return r.weighted<Status>([["approved", 55], ["deprecated", 45]]);
  return r.weighted<Status>([["approved", 66], ["in_review", 14], ["draft", 10], ["deprecated", 10 - Math.min(5, versionNumber)]]);
}

function skillsFor(focus: FocusInstance, r: Rng): Skill[] {
  const seen = new Set<string>();
  const unique = (xs: [string, string][]) => xs.filter(([name]) => !seen.has(name.toLowerCase()) && seen.add(name.toLowerCase()));
  const skills = unique([
    ...focus.base.skills,
    ...r.sample(focus.fn.skills, r.int(2, Math.min(5, focus.fn.skills.length))),
    ...r.sample(CROSS_SKILLS, r.int(1, 4)),
  ]);
  const tools = unique([...r.sample(focus.base.tools, r.int(1, 2)), ...r.sample(focus.fn.tools, r.int(1, 2))].map((t) => [t, TOOL_DESCRIPTION]));
  return [...r.shuffle(skills), ...tools].map(([name, description], i) => ({ position: i + 1, name: spelled(name, r), description, isTool: description === TOOL_DESCRIPTION }));
}

/** Most pages spell a skill the canonical way; some use a variant or lower case. */
function spelled(name: string, r: Rng): string {
  if (!r.chance(SKILL_VARIANT_RATE)) return name;
  const variants = SKILL_VARIANTS[name];
  return variants ? r.pick(variants) : name.toLowerCase();
}

function qualityScores(r: Rng) {
  const weak = r.chance(0.12) ? r.int(0, QUALITY_DIMENSIONS.length - 1) : -1;
  return QUALITY_DIMENSIONS.map((dimension, i) => ({
    position: i + 1,
    dimension,
    score: i === weak ? Number(r.between(2.5, 3.95).toFixed(1)) : r.weighted([[4.0, 45], [4.5, 35], [5.0, 12], [Number(r.between(4, 5).toFixed(1)), 8]]),
  }));
}
