// The Quality and provenance page's charts. The bar is 4: a profile fails when any dimension scores under it.
import * as Plot from "@observablehq/plot";
import { count, percent } from "./format.js";

const FAIL = "#c75450";
const PASS = "#6b8fb0";

/** Score distribution per dimension: profiles at each score, the bar of 4 as a rule. */
export function scoreDistributions(rows, { width }) {
  const dimensions = [...new Set(rows.map((d) => d.dimension))];
  const low = Math.min(3.5, ...rows.map((d) => d.score));
  return Plot.plot({
    width,
    height: 40 + 80 * dimensions.length,
    marginLeft: 50,
    marginRight: 140,
    x: { label: "Score", domain: [low - 0.1, 5.05] },
    y: { label: "Profiles", grid: true, tickFormat: count },
    fy: { domain: dimensions, label: null },
    facet: { data: rows, y: "dimension", marginRight: 140 },
    marks: [
      Plot.rectY(rows, { x1: (d) => d.score - 0.045, x2: (d) => d.score + 0.045, y: "profile_count", fill: (d) => (d.is_passing ? PASS : FAIL), tip: { format: { fill: false } }, title: (d) => `${d.dimension}: ${count(d.profile_count)} profiles scored ${d.score}` }),
      Plot.ruleX([4], { stroke: "#555", strokeDasharray: "4,3" }),
      Plot.ruleY([0]),
    ],
  });
}

/** Failing profiles per dimension: in total, and where it is the only failing dimension. */
export function failingByDimension(rows, { width }) {
  const long = rows.flatMap((d) => [
    { dimension: d.dimension, kind: "the only dimension under 4", profiles: d.sole_failing_count },
    { dimension: d.dimension, kind: "with another dimension under 4", profiles: d.failing_count - d.sole_failing_count },
  ]);
  return Plot.plot({
    width,
    height: 40 + 30 * rows.length,
    marginLeft: 160,
    x: { label: "Failing profiles", grid: true },
    y: { label: null },
    color: { domain: ["the only dimension under 4", "with another dimension under 4"], range: [FAIL, "#e8a3a0"], legend: true },
    marks: [Plot.barX(long, { y: "dimension", x: "profiles", fill: "kind", tip: true, sort: { y: "-x" } }), Plot.ruleX([0])],
  });
}

/** Function × dimension: share of the function's profiles failing on the dimension. */
export function failingMatrix(rows, { width }) {
  return Plot.plot({
    width,
    height: 60 + 26 * new Set(rows.map((d) => d.function_code)).size,
    marginLeft: 190,
    marginBottom: 90,
    x: { label: null, tickRotate: -35 },
    y: { label: null },
    color: { type: "linear", range: ["#fff", FAIL], label: "Share failing", legend: true, tickFormat: (d) => percent(d) },
    marks: [
      Plot.cell(rows, { x: "dimension", y: "function_name", fill: "failing_share", inset: 1, title: (d) => `${d.function_name} · ${d.dimension}\n${d.failing_count} of ${d.profile_count} fail (${percent(d.failing_share)})`, tip: true }),
      Plot.text(rows, { x: "dimension", y: "function_name", text: (d) => (d.failing_count ? d.failing_count : ""), fontSize: 10 }),
    ],
  });
}

/** Profiles by number of sources, with the share passing the bar. */
export function sourceCounts(rows, { width }) {
  return Plot.plot({
    width,
    height: 240,
    x: { label: "Sources cited", type: "band" },
    y: { label: "Profiles", grid: true },
    marks: [
      Plot.barY(rows, { x: "source_count", y: "profile_count", fill: PASS, title: (d) => `${d.source_count} sources: ${count(d.profile_count)} profiles, ${percent(d.quality_pass_rate)} pass`, tip: true }),
      Plot.barY(rows, { x: "source_count", y: (d) => d.profile_count - d.quality_passed_count, fill: FAIL }),
      Plot.ruleY([0]),
    ],
  });
}

/** Confidence score against the lowest quality score; area is the number of profiles. */
export function confidenceQuality(rows, { width }) {
  return Plot.plot({
    width,
    height: 320,
    x: { label: "Confidence score (bins of 0.05)", domain: [0.25, 1] },
    y: { label: "Lowest review-panel score", domain: [0.8, 5.2] },
    r: { range: [2, 14] },
    color: { domain: [true, false], range: [PASS, FAIL], legend: true, tickFormat: (d) => (d ? "passes" : "fails") },
    marks: [
      Plot.ruleY([4], { stroke: "#555", strokeDasharray: "4,3" }),
      Plot.dot(rows, { x: (d) => d.confidence_bin + 0.025, y: "quality_min", r: "profile_count", fill: "quality_passed", fillOpacity: 0.7, title: (d) => `confidence ${d.confidence_bin.toFixed(2)}–${(d.confidence_bin + 0.05).toFixed(2)} (${d.confidence_label}), lowest score ${d.quality_min}: ${count(d.profile_count)} profiles`, tip: true }),
    ],
  });
}
