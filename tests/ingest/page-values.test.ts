// The value parsers both renderings share, on the variations the site prints.
import { describe, expect, it } from "vitest";
import { PageError, parseBadges, parsePay, parseSourceCount, parseYears } from "../../ingest/page-values.ts";
import { splitRubricRow } from "../../ingest/parse-text.ts";

const rejects = (f: () => unknown, message: RegExp) => {
  expect(f).toThrow(PageError);
  expect(f).toThrow(message);
};

describe("pay", () => {
  it.each([
    ["$82k ($65k$105k)", { currency: "USD", payMedian: 82000, payMin: 65000, payMax: 105000 }],
    ["€96k (€81k€118k)", { currency: "EUR", payMedian: 96000, payMin: 81000, payMax: 118000 }],
    ["£58.5k (£47.5k£70k)", { currency: "GBP", payMedian: 58500, payMin: 47500, payMax: 70000 }],
  ])("reads %s in whole units", (s, expected) => expect(parsePay(s)).toEqual(expected));

  it("rejects a cut, a mixed or an unknown currency", () => {
    rejects(() => parsePay("$82k ($65k"), /not of the form/);
    rejects(() => parsePay("$82k (£65k$105k)"), /mixes currencies/);
    rejects(() => parsePay("¥82k (¥65k¥105k)"), /not of the form/);
  });
});

describe("years", () => {
  it("reads a range and an open end", () => {
    expect(parseYears("3–5 yrs")).toEqual({ yearsMin: 3, yearsMax: 5 });
    expect(parseYears("15+ yrs")).toEqual({ yearsMin: 15, yearsMax: null });
  });
  it("rejects a hyphen where the site prints an en dash", () => rejects(() => parseYears("3-5 yrs"), /neither/));
});

describe("badges", () => {
  const cells = ["M2", "M2 — Manager", "low", "0.35", "deprecated", "apac", "v12"];
  it("reads all seven", () =>
    expect(parseBadges(cells)).toEqual({
      levelCode: "M2", levelName: "Manager", confidenceLabel: "low", confidenceScore: 0.35,
      status: "deprecated", scope: "apac", version: "v12", versionNumber: 12,
    }));
  it("rejects values outside the site's vocabularies", () => {
    rejects(() => parseBadges(cells.with(4, "retired")), /status "retired" is not one of approved, in_review, draft, deprecated/);
    rejects(() => parseBadges(cells.with(5, "latam")), /scope "latam"/);
    rejects(() => parseBadges(cells.with(0, "M3")), /does not match/);
    rejects(() => parseBadges(cells.slice(1)), /6 badges, expected 7/);
  });
});

it("reads a source count, singular or plural", () => {
  expect(parseSourceCount("14 sources")).toBe(14);
  expect(parseSourceCount("1 source")).toBe(1);
});

describe("a text-dump rubric row", () => {
  it("splits at the seams where one cell's full stop meets the next cell's capital", () => {
    expect(splitRubricRow("P2Knows a lot. Knows more.Solves things (well).Works with others; often.2+ years; a BA.")).toEqual({
      levelCode: "P2",
      knowledgeApplication: "Knows a lot. Knows more.",
      complexityProblemSolving: "Solves things (well).",
      collaborationInteraction: "Works with others; often.",
      degreeYears: "2+ years; a BA.",
    });
  });
  it("takes the last seam before a digit for the years cell when a cell holds a decimal", () => {
    const row = splitRubricRow("M1Uses OAuth 2.0 flows.Solves.Works.5+ years.");
    expect(row.knowledgeApplication).toBe("Uses OAuth 2.0 flows.");
    expect(row.degreeYears).toBe("5+ years.");
  });
  it("rejects a row it cannot split in exactly one way", () => {
    rejects(() => splitRubricRow("P1One.Two.Three."), /cannot be split into its four cells/);
    rejects(() => splitRubricRow("P1A.B.C.D.E."), /cannot be split/);
    rejects(() => splitRubricRow("M1Uses the U.S.GAAP rules.Solves.Works.5+ years."), /cannot be split/);
  });
});
