// The pay model. Median = function baseline × level multiplier × focus factor × region factor,
// with a little noise, rounded to 500 because the page prints thousands with one decimal
// ("£58.5k"). The multipliers rise by at least 15% a level, more than the noise can undo, so pay
// rises with level inside a focus except where a focus is given a flat step on purpose; a few
// profiles are outliers, and a few have a range that does not contain the median.
import type { Currency, Scope } from "../ingest/record.ts";
import type { Rng } from "./random.ts";
import type { FocusInstance } from "./taxonomy.ts";

export const LEVEL_PAY: Record<string, number> = {
  P1: 0.62, P2: 0.78, P3: 1.0, P4: 1.27, P5: 1.58, P6: 1.95,
  M1: 1.18, M2: 1.45, M3: 1.8, M4: 2.3, M5: 3.0,
};

/** Regional level and currency: numbers are in the currency, not converted dollars. */
export const REGION_PAY: Record<Scope, Partial<Record<Currency, number>>> = {
  americas: { USD: 1.0 },
  global: { USD: 1.05 },
  apac: { USD: 0.72 },
  emea: { EUR: 0.82, GBP: 0.7 },
};

export const OUTLIER_RATE = 0.01;
export const BAD_RANGE_RATE = 0.005;
/** Each newer version of a profile re-surveys pay a few percent up. */
export const VERSION_RAISE = [1.02, 1.06] as const;

const to500 = (x: number) => Math.max(500, Math.round(x / 500) * 500);

export interface Pay {
  payMedian: number;
  payMin: number;
  payMax: number;
}

/** `r` is the profile's own stream; `previous` is the median of the level below on a flat step. */
export function payFor(focus: FocusInstance, levelCode: string, versionNumber: number, r: Rng): Pay {
  const region = REGION_PAY[focus.scope][focus.currency] ?? 1;
  let median = focus.fn.basePay * LEVEL_PAY[levelCode]! * focus.payFactor * region * r.between(0.97, 1.03);
  if (focus.flatLevel === levelCode) median = flatMedian(focus, levelCode) * r.between(0.97, 1.0);
  for (let v = 1; v < versionNumber; v++) median *= r.between(...VERSION_RAISE);
  if (r.chance(OUTLIER_RATE)) median *= r.chance(0.5) ? r.between(2.2, 2.8) : r.between(0.35, 0.5);
  const payMedian = to500(median);
  if (r.chance(BAD_RANGE_RATE)) {
    return r.chance(0.5) ? { payMedian, payMin: payMedian, payMax: to500(median * 1.2) } : { payMedian, payMin: to500(median * 1.05), payMax: to500(median * 1.3) };
  }
  return { payMedian, payMin: to500(median * r.between(0.76, 0.85)), payMax: to500(median * r.between(1.2, 1.32)) };
}

/** The noiseless median of the level below, so a flat step sits at or just under it. */
function flatMedian(focus: FocusInstance, levelCode: string): number {
  const track = focus.tracks.find((t) => t.levels.includes(levelCode))!;
  const below = track.levels[track.levels.indexOf(levelCode) - 1] ?? levelCode;
  const region = REGION_PAY[focus.scope][focus.currency] ?? 1;
  return focus.fn.basePay * LEVEL_PAY[below]! * focus.payFactor * region;
}
