// The documented reference points of the distance model, which a later fit must recover.
import { describe, expect, it } from "vitest";
import { BAND_THRESHOLDS, DISTANCE_MODEL, bandOf, modelDistance, publishedDistance } from "../../generate/distance-model.ts";
import { Rng } from "../../generate/random.ts";

describe("the distance model", () => {
  it("puts same-focus neighbours at 0.20, same-function peers at 0.40, other functions at 0.70", () => {
    expect(modelDistance("sameFocus", 1, false)).toBeCloseTo(0.2);
    expect(modelDistance("sameFunction", 0, false)).toBeCloseTo(0.4);
    expect(modelDistance("otherFunction", 0, false)).toBeCloseTo(0.7);
  });

  it("grows with levels apart and across tracks", () => {
    expect(modelDistance("sameFocus", 2, false)).toBeGreaterThan(modelDistance("sameFocus", 1, false));
    expect(modelDistance("sameFunction", 1, false)).toBeGreaterThan(modelDistance("sameFunction", 0, false));
    expect(modelDistance("sameFocus", 0.5, true) - modelDistance("sameFocus", 0.5, false)).toBeCloseTo(DISTANCE_MODEL.crossTrack);
  });

  it("publishes distances to 0.01, within the noise of the model, inside (0, 1)", () => {
    const r = new Rng("distance");
    for (let i = 0; i < 500; i++) {
      const apart = r.int(0, 4);
      const d = publishedDistance("sameFunction", apart, false, r);
      expect(Number(d.toFixed(2))).toBe(d);
      expect(Math.abs(d - Math.min(DISTANCE_MODEL.max, modelDistance("sameFunction", apart, false)))).toBeLessThanOrEqual(DISTANCE_MODEL.noise + 0.005);
      expect(d).toBeGreaterThan(0);
      expect(d).toBeLessThan(1);
    }
  });

  it("bands close below 0.30, partial below 0.60, distant from 0.60", () => {
    expect([0.29, 0.3, 0.59, 0.6].map(bandOf)).toEqual(["close", "partial", "partial", "distant"]);
    expect(BAND_THRESHOLDS).toEqual({ close: 0.3, partial: 0.6 });
  });
});
