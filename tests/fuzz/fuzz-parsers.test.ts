// The fuzzer in the suite: a fixed seed and a bounded budget. `npm run fuzz` runs it longer.
import { describe, expect, it } from "vitest";
import { checkOne, fuzzParsers } from "../../fuzz/fuzz-parsers.ts";
import { MUTATION_NAMES, MUTATIONS, randomFrom } from "../../fuzz/mutations.ts";
import { readFixture } from "../fixtures.ts";

const pages = ["seed.txt", "seed.html", "management-eur.txt", "management-eur.html"].map((name) => ({ name, bytes: readFixture("pages", name) }));

describe("the parsers under fuzzing", () => {
  it.each(pages)("end every truncation of $name as a record or a rejection", ({ bytes }) => {
    const problems: string[] = [];
    let records = 0;
    for (let n = 0; n < bytes.length; n++) {
      const { problem, result } = checkOne(bytes.subarray(0, n));
      if (problem) problems.push(`cut at ${n}: ${problem}`);
      else if (result?.ok) records++;
    }
    expect(problems).toEqual([]);
    // Only cuts in the very last line of a text dump can pass for a whole page (see the notes).
    expect(records).toBeLessThan(60);
  });

  it.each(MUTATION_NAMES)("survive %s", (name) => {
    const problems: string[] = [];
    for (const page of pages) {
      for (let i = 0; i < 25; i++) {
        const { problem } = checkOne(MUTATIONS[name]!(page.bytes, randomFrom(`${name}:${page.name}:${i}`)));
        if (problem) problems.push(`${page.name} #${i}: ${problem}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("survive 800 random combinations of mutations (seed canon-1)", () => {
    const report = fuzzParsers(pages, 800, "canon-1");
    expect(report.failures).toEqual([]);
    expect(report.inputs).toBe(800);
    // The mutations must reach both outcomes, or the fuzzer is not testing the parsers.
    expect(report.records).toBeGreaterThan(20);
    expect(Object.keys(report.rejections).length).toBeGreaterThanOrEqual(3);
  });
});
