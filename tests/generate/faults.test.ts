// The faults themselves, apart from how the parser takes them (corpus.test.ts checks that):
// a sample of eight covers every kind of rejection, and a truncation is a strict prefix of a
// real rendering of the page, so it is a cut and not an edit.
import { describe, expect, it } from "vitest";
import { FAULTS, makeFault } from "../../generate/faults.ts";
import { corpusFiles } from "../../generate/corpus.ts";
import { MAX_PAGE_BYTES } from "../../ingest/parse-page.ts";
import { Rng } from "../../generate/random.ts";
import { renderHtml } from "../../generate/render-html.ts";
import { renderText } from "../../generate/render-text.ts";

const page = [...corpusFiles({ seed: "faults", profiles: 5, faults: 0 })][0]!.record!;
const faults = FAULTS.map((_, i) => makeFault(i, page, new Rng(`fault ${i}`)));

describe("the faults", () => {
  it("cover every kind of rejection within the first eight, so the shipped sample does", () => {
    expect(new Set(faults.slice(0, 8).map((f) => f.expect.kind))).toEqual(new Set(["truncated", "not-a-profile", "empty", "binary", "oversized", "malformed"]));
  });

  it("cut truncated pages from a real rendering of the page", () => {
    const text = new TextEncoder().encode(renderText(page));
    const html = new TextEncoder().encode(renderHtml(page));
    const truncations = faults.filter((f) => f.expect.kind === "truncated");
    expect(truncations.length).toBeGreaterThanOrEqual(8);
    for (const f of truncations) {
      const whole = f.rendering === "text" ? text : html;
      expect(f.bytes.length, f.fault).toBeLessThan(whole.length);
      expect(Buffer.from(whole.subarray(0, f.bytes.length)).equals(Buffer.from(f.bytes)), f.fault).toBe(true);
    }
  });

  it("make the oversized file larger than a page can be, and the rest smaller", () => {
    for (const f of faults) expect(f.bytes.length > MAX_PAGE_BYTES, f.fault).toBe(f.expect.kind === "oversized");
  });
});
