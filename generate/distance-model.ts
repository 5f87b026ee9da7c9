// The structural distance model behind "Adjacent roles". The site places every profile at
// coordinates (function, focus, track, level rank) and publishes the distance between two of
// them, rounded to 0.01, with a three-state band. These are the model's only constants; a later
// issue fits them back from a corpus, so changing one here changes what that fit must recover.
//
//   distance = base(relation) + perRank(relation) × |rank a − rank b| + crossTrack (if tracks differ) + noise
//
//   relation          base   per rank apart   e.g. at the same level
//   same focus        0.00   0.20             one level apart: 0.20
//   same function     0.40   0.08             0.40 (0.37–0.43 with noise)
//   other function    0.70   0.05             0.70
//
// Ranks put both tracks on one scale (P1–P6 = 1–6, M1–M5 = 3.5–7.5, see levels.ts). Noise is
// uniform in ±NOISE; the result is clamped to [MIN, MAX]. Bands follow the distance
// (close below 0.30, partial below 0.60, distant from 0.60), except for a small share of roles
// whose band deliberately disagrees with their distance, as the site's sometimes do.
import type { Band } from "../ingest/record.ts";
import type { Rng } from "./random.ts";

export type Relation = "sameFocus" | "sameFunction" | "otherFunction";

export const DISTANCE_MODEL = {
  base: { sameFocus: 0.0, sameFunction: 0.4, otherFunction: 0.7 },
  perRank: { sameFocus: 0.2, sameFunction: 0.08, otherFunction: 0.05 },
  crossTrack: 0.1,
  noise: 0.03,
  min: 0.05,
  max: 0.99,
} as const;

/** Upper bounds (exclusive) of the close and partial bands. */
export const BAND_THRESHOLDS = { close: 0.3, partial: 0.6 } as const;
export const BAND_DISAGREEMENT_RATE = 0.03;

export function modelDistance(relation: Relation, rankApart: number, crossTrack: boolean): number {
  const m = DISTANCE_MODEL;
  return m.base[relation] + m.perRank[relation] * rankApart + (crossTrack ? m.crossTrack : 0);
}

export function publishedDistance(relation: Relation, rankApart: number, crossTrack: boolean, r: Rng): number {
  const d = modelDistance(relation, rankApart, crossTrack) + r.between(-DISTANCE_MODEL.noise, DISTANCE_MODEL.noise);
  return Number(Math.min(DISTANCE_MODEL.max, Math.max(DISTANCE_MODEL.min, d)).toFixed(2));
}

export const bandOf = (distance: number): Band =>
  distance < BAND_THRESHOLDS.close ? "close" : distance < BAND_THRESHOLDS.partial ? "partial" : "distant";

/** The band a page prints: usually bandOf(distance), sometimes a neighbouring band. */
export function publishedBand(distance: number, r: Rng): Band {
  const band = bandOf(distance);
  if (!r.chance(BAND_DISAGREEMENT_RATE)) return band;
  return band === "partial" ? (r.chance(0.5) ? "close" : "distant") : "partial";
}
