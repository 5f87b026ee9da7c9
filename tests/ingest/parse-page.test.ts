// One suite, run against both renderings of the same pages, plus the cross-check that the two
// renderings of a page give deep-equal records.
import { describe, expect, it } from "vitest";
import { parsePage } from "../../ingest/parse-page.ts";
import type { ProfileRecord, Rendering } from "../../ingest/record.ts";
import { readFixture, readJson } from "../fixtures.ts";

const EXT: Record<Rendering, string> = { text: "txt", html: "html" };

function parse(name: string, rendering: Rendering): ProfileRecord {
  const { rendering: detected, result } = parsePage(readFixture("pages", `${name}.${EXT[rendering]}`));
  expect(detected).toBe(rendering);
  if (!result.ok) throw new Error(`${name}.${EXT[rendering]} was rejected: ${result.reason}`);
  return result.record;
}

describe.each(["text", "html"] as const)("the %s rendering", (rendering) => {
  describe("of the seed page, field by field", () => {
    const r = parse("seed", rendering);

    it("reads the identity, level and badges", () => {
      expect(r.profileId).toBe("SALESS.SALESSUP0118.P3");
      expect(r.title).toBe("Sales Support / Operations — P3");
      expect(r.functionName).toBe("Sales Support / Operations");
      expect(r.focusName).toBe("Sales Support / Operations");
      expect(r.levelCode).toBe("P3");
      expect(r.levelName).toBe("Mid-Level Professional");
      expect(r.track).toBe("professional");
      expect([r.confidenceLabel, r.confidenceScore]).toEqual(["high", 0.8]);
      expect([r.status, r.scope, r.version, r.versionNumber]).toEqual(["approved", "global", "v1", 1]);
    });

    it("reads the prose as text, one paragraph each", () => {
      expect(r.summary).toMatch(/^Designs, operates, and optimizes the systems.*Go-To-Market operationalization\.$/);
      expect(r.summary).toContain("scale — distinct from Account Management");
      expect(r.functionDescription).toBe(r.summary);
      expect(r.focusDescription).toBe(r.summary);
    });

    it("types years and pay", () => {
      expect([r.yearsMin, r.yearsMax]).toEqual([3, 5]);
      expect([r.currency, r.payMedian, r.payMin, r.payMax]).toEqual(["USD", 82000, 65000, 105000]);
      expect(r.payDifferentialMaterial).toBe(true);
    });

    it("reads the responsibilities of every level of the track, marking its own", () => {
      expect(r.responsibilities).toHaveLength(25);
      expect([...new Set(r.responsibilities.map((x) => x.levelCode))]).toEqual(["P1", "P2", "P3", "P4", "P5"]);
      expect(r.responsibilities.filter((x) => x.isOwnLevel).map((x) => x.levelCode)).toEqual(["P3", "P3", "P3", "P3", "P3"]);
      expect(r.responsibilities.filter((x) => x.levelCode === "P2").map((x) => x.position)).toEqual([1, 2, 3, 4, 5]);
      expect(r.responsibilities[0]).toEqual({
        levelCode: "P1",
        position: 1,
        text: "Performs data entry and cleanup within the CRM, ensuring records are accurate and following data-hygiene standards set by senior team members.",
        isOwnLevel: false,
      });
      expect(r.responsibilities[24]!.text).toBe(
        "Builds influential cross-functional networks and serves as the operations spokesperson, shaping the multi-year direction of the sales organization.",
      );
    });

    it("splits every rubric row into its four cells", () => {
      expect(r.rubric.map((x) => x.levelCode)).toEqual(["P1", "P2", "P3", "P4", "P5"]);
      expect(r.rubric[0]).toEqual({
        levelCode: "P1",
        knowledgeApplication: "Applies foundational CRM administration, Excel/Google Sheets, and basic reporting skills to routine, well-defined tasks following detailed instruction.",
        complexityProblemSolving: "Handles routine problems with standard answers — data corrections, basic report pulls, tool access requests — escalating anything non-standard.",
        collaborationInteraction: "Maintains stable internal relationships, primarily supporting individual reps and the immediate operations team.",
        degreeYears: "0–1 years; new graduate or intern entering a Sales Operations Coordinator/Analyst role.",
      });
      expect(r.rubric[2]!.degreeYears).toBe("5+ years (BA), 3 years (MA), or PhD without experience, as a Senior Sales Operations Analyst/Manager.");
      expect(r.rubric[4]!.collaborationInteraction).toBe(
        "Builds influential networks, advises executive leadership, and serves as the function's spokesperson in cross-functional forums.",
      );
    });

    it("reads skills in order and tells tools apart", () => {
      expect(r.skills).toHaveLength(14);
      expect(r.skills.filter((s) => s.isTool).map((s) => s.name)).toEqual(["Salesforce", "Tableau", "Clari"]);
      expect(r.skills[2]).toEqual({
        position: 3,
        name: "Advanced Excel/Google Sheets",
        description: "Uses spreadsheet proficiency for reporting and analysis; a baseline expectation for the role.",
        isTool: false,
      });
      expect(r.skills.map((s) => s.position)).toEqual([...Array(14).keys()].map((i) => i + 1));
    });

    it("reads provenance: scores by dimension and the source count", () => {
      expect(r.qualityScores.map((q) => [q.dimension, q.score])).toEqual([
        ["Level differentiation", 4],
        ["Focus specificity", 4.5],
        ["Concreteness", 4],
        ["Factual accuracy", 4],
        ["Real-world coverage", 4],
      ]);
      expect(r.sourceCount).toBe(14);
    });

    it("reads the level definition as attribute/value pairs", () => {
      expect(r.levelSummary).toBe("Fully competent professional; works independently on standard projects");
      expect(r.levelDefinition.map((a) => a.attribute)).toEqual(["Scope", "Autonomy", "Complexity", "Impact", "Decision rights", "Leadership", "Typical experience"]);
      expect(r.levelDefinition[1]!.value).toBe("Works independently on standard work; reviewed on the non-standard");
      expect(r.levelDefinition[6]!.value).toBe("3–5 yrs");
    });

    it("reads empty adjacency and aliases as empty, and the classification", () => {
      expect(r.adjacentRoles).toEqual([]);
      expect(r.aliases).toEqual([]);
      expect(r.classifications).toEqual([{ position: 1, system: "O*NET / SOC", code: "43-4051", source: "jfm-factory.resolve" }]);
    });
  });

  describe.each(["management-eur", "gbp-draft", "deprecated-americas"])("of the %s page", (name) => {
    it("gives the hand-checked record", () => {
      expect(parse(name, rendering)).toEqual(readJson<ProfileRecord>("pages", `${name}.expected.json`));
    });
  });

  it("reads the management track, euros with a decimal and open-ended years", () => {
    const r = parse("management-eur", rendering);
    expect([r.track, r.levelCode, r.currency, r.payMedian, r.yearsMin, r.yearsMax]).toEqual(["management", "M4", "EUR", 96500, 15, null]);
    expect(r.payDifferentialMaterial).toBe(false);
    expect([r.confidenceLabel, r.status, r.scope, r.versionNumber, r.sourceCount]).toEqual(["medium", "in_review", "emea", 2, 1]);
  });

  it("reads published adjacent roles with distance and band", () => {
    const r = parse("management-eur", rendering);
    expect(r.adjacentRoles.map((a) => [a.profileId, a.distance, a.band])).toEqual([
      ["ENGINR.ENGINRPLAT0007.M3", 0.2, "close"],
      ["ENGINR.ENGINRSRE0012.M4", 0.4, "partial"],
      ["SALESS.SALESSUP0118.M4", 0.71, "distant"],
    ]);
    expect(r.adjacentRoles[1]!.title).toBe("Site Reliability — M4");
  });

  it("reads aliases and several classification systems", () => {
    const r = parse("management-eur", rendering);
    expect(r.aliases).toEqual(["Head of Platform", "Director, Developer Infrastructure"]);
    expect(r.classifications.map((c) => `${c.system}|${c.code}|${c.source}`)).toEqual([
      "O*NET / SOC|11-3021.00|onet.crosswalk",
      "O*NET / SOC|15-1252|jfm-factory.resolve",
      "ESCO|1330.1|esco.crosswalk",
    ]);
  });

  it("keeps markup inside a responsibility as text", () => {
    const r = parse("management-eur", rendering);
    expect(r.responsibilities.find((x) => x.levelCode === "M2" && x.position === 2)!.text).toBe(
      'Reviews <script>alert("x")</script> & <b>bold</b> claims in design docs.',
    );
  });

  it("reads pounds with a decimal", () => {
    const r = parse("gbp-draft", rendering);
    expect([r.currency, r.payMedian, r.payMin, r.payMax]).toEqual(["GBP", 58500, 47500, 70000]);
    expect([r.confidenceLabel, r.confidenceScore, r.status, r.scope]).toEqual(["low", 0.35, "draft", "apac"]);
  });
});

describe("the two renderings of one page", () => {
  it.each(["seed", "management-eur", "gbp-draft", "deprecated-americas"])("give deep-equal records: %s", (name) => {
    const text = parse(name, "text");
    const html = parse(name, "html");
    for (const field of Object.keys(text) as (keyof ProfileRecord)[]) expect(html[field], field).toEqual(text[field]);
    expect(html).toEqual(text);
  });
});

describe("a file as a crawl delivers it", () => {
  it("is read with a byte-order mark, CRLF line ends and no extension", () => {
    const { rendering, result } = parsePage(readFixture("pages", "gbp-draft-crlf-bom"));
    expect(rendering).toBe("text");
    expect(result).toEqual({ ok: true, record: readJson("pages", "gbp-draft.expected.json") });
  });

  it("is detected as HTML from its content, whatever its extension", () => {
    const { rendering, result } = parsePage(readFixture("pages", "management-eur-bom.htm"));
    expect(rendering).toBe("html");
    expect(result).toEqual({ ok: true, record: readJson("pages", "management-eur.expected.json") });
  });
});
