// The Pay page's charts. Pay is in the reporting currency; a focus's tip also gives the page's own
// currency and figures. Levels where pay does not rise are red.
import * as Plot from "@observablehq/plot";
import { money, percent, signedPercent } from "./format.js";

const NOT_RISING = "#c75450";

/** One focus's ladder: a rule from min to max and a dot at the median, per level. */
export function focusLadder(rows, { currency, width }) {
  const levels = rows.map((d) => d.level_code);
  const tip = (d) =>
    [
      `${d.level_code} · ${d.status} · ${d.scope}`,
      `median ${money(d.pay_median, currency, { exact: true })} (${money(d.pay_min, currency, { exact: true })} – ${money(d.pay_max, currency, { exact: true })}) ${currency}`,
      d.currency === currency ? "" : `on the page: ${money(d.page_pay_median, d.currency, { exact: true })} (${money(d.page_pay_min, d.currency, { exact: true })} – ${money(d.page_pay_max, d.currency, { exact: true })}) ${d.currency}, at ${d.fx_rate?.toFixed(4)}`,
      d.previous_level_code ? `${signedPercent(d.pay_step_ratio)} on ${d.previous_level_code}${d.is_pay_not_rising ? " — does not rise" : ""}` : "bottom of the ladder",
      `spread ${percent(d.pay_spread)}`,
    ].filter(Boolean).join("\n");
  return Plot.plot({
    width,
    height: 320,
    marginLeft: 60,
    x: { domain: levels, label: "Level" },
    y: { label: `Pay (${currency})`, grid: true, zero: false, tickFormat: (d) => money(d, currency) },
    marks: [
      Plot.ruleX(rows, { x: "level_code", y1: "pay_min", y2: "pay_max", strokeWidth: 4, stroke: (d) => (d.is_pay_not_rising ? NOT_RISING : "#8aa4b8") }),
      Plot.line(rows, { x: "level_code", y: "pay_median", stroke: "#999", strokeDasharray: "3,3" }),
      Plot.dot(rows, { x: "level_code", y: "pay_median", r: 6, fill: (d) => (d.is_pay_not_rising ? NOT_RISING : "currentColor"), title: tip, tip: true }),
      Plot.text(rows, { x: "level_code", y: "pay_median", text: (d) => money(d.pay_median, currency), dx: 10, textAnchor: "start", fontSize: 10 }),
      Plot.text(rows.filter((d) => d.is_pay_not_rising), { x: "level_code", y: "pay_max", text: () => "does not rise", dy: -8, fill: NOT_RISING, fontSize: 10 }),
    ],
  });
}

/** A function's ladder across its focuses: the median of medians, the middle half, and the median range. */
export function functionLadder(rows, { currency, width }) {
  const tip = (d) =>
    [
      `${d.level_code}: ${d.profile_count} profiles in ${d.focus_count} focuses`,
      `median of medians ${money(d.pay_median_median, currency, { exact: true })}`,
      `middle half ${money(d.pay_median_p25, currency)} – ${money(d.pay_median_p75, currency)}`,
      `typical range ${money(d.pay_min_median, currency)} – ${money(d.pay_max_median, currency)}`,
      d.previous_level_code ? `${signedPercent(d.median_step_ratio)} on ${d.previous_level_code}` : "",
      d.not_rising_count ? `${d.not_rising_count} focus levels where pay does not rise` : "",
    ].filter(Boolean).join("\n");
  return Plot.plot({
    width,
    height: 320,
    marginLeft: 60,
    x: { domain: rows.map((d) => d.level_code), label: "Level" },
    y: { label: `Pay (${currency})`, grid: true, zero: false, tickFormat: (d) => money(d, currency) },
    marks: [
      Plot.ruleX(rows, { x: "level_code", y1: "pay_min_median", y2: "pay_max_median", strokeWidth: 2, stroke: "#c9d6e0" }),
      Plot.ruleX(rows, { x: "level_code", y1: "pay_median_p25", y2: "pay_median_p75", strokeWidth: 8, stroke: "#8aa4b8" }),
      Plot.dot(rows, { x: "level_code", y: "pay_median_median", r: 5, fill: (d) => (d.is_median_not_rising ? NOT_RISING : "currentColor"), title: tip, tip: true }),
      Plot.text(rows, { x: "level_code", y: "pay_median_median", text: (d) => money(d.pay_median_median, currency), dx: 10, textAnchor: "start", fontSize: 10 }),
    ],
  });
}

/** The step from each level to the next: percent more than the level below. */
export function progression(rows, { width, y = "median_step_ratio", flag = "is_median_not_rising" }) {
  const steps = rows.filter((d) => d[y] != null);
  return Plot.plot({
    width,
    height: 200,
    marginLeft: 60,
    x: { domain: rows.map((d) => d.level_code), label: "Level (step from the level below)" },
    y: { label: "Step", grid: true, tickFormat: (d) => percent(d) },
    marks: [
      Plot.ruleY([0]),
      Plot.barY(steps, { x: "level_code", y, fill: (d) => (d[flag] ? NOT_RISING : "#6b8fb0"), tip: { format: { fill: false, y: (d) => signedPercent(d, 1) } } }),
    ],
  });
}

/** Range spread per level: the median relative width of the ranges. */
export function spread(rows, { width }) {
  return Plot.plot({
    width,
    height: 200,
    marginLeft: 60,
    x: { domain: rows.map((d) => d.level_code), label: "Level" },
    y: { label: "Median range spread, (max − min) / min", grid: true, tickFormat: (d) => percent(d) },
    marks: [Plot.ruleY([0]), Plot.barY(rows, { x: "level_code", y: "pay_spread_median", fill: "#8aa4b8", tip: { format: { y: (d) => percent(d, 1) } } })],
  });
}

/** Outliers: each outlier's pay relative to what its peers earn in its scope. */
export function outliers(rows, { width, currency }) {
  return Plot.plot({
    width,
    height: Math.max(120, 24 * rows.length + 40),
    marginLeft: 260,
    x: { type: "log", label: "Pay relative to peers (1 = the peers' median)", grid: true, domain: [0.25, 4], tickFormat: (d) => `${d}×` },
    y: { label: null },
    marks: [
      Plot.axisY({ lineWidth: 24, textOverflow: "ellipsis-start", tickSize: 0 }),
      Plot.ruleX([1 / 1.5, 1, 1.5], { stroke: (d) => (d === 1 ? "#555" : "#ccc"), strokeDasharray: (d) => (d === 1 ? null : "4,3") }),
      Plot.dot(rows, { x: "relative_pay", y: (d) => `${d.focus_name} — ${d.level_code}`, r: 5, fill: (d) => (d.outlier_direction === "high" ? "#3b7fc4" : NOT_RISING),
        title: (d) => `${d.profile_id} · ${d.scope} · ${d.status}\nmedian ${money(d.pay_median, currency, { exact: true })}, peers in its scope ${money(d.expected_pay_median, currency, { exact: true })}\n${d.relative_pay.toFixed(2)}× its peers`, tip: true }),
    ],
  });
}
