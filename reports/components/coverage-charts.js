// The Coverage page's charts: the function × level matrix and one function's focus × level grid.
import * as Plot from "@observablehq/plot";
import { count, percent, STATUS_ORDER, STATUS_COLORS } from "./format.js";

const LEVELS = ["P1", "P2", "P3", "P4", "P5", "P6", "M1", "M2", "M3", "M4", "M5"];
const levelOrder = (codes) => LEVELS.filter((l) => codes.includes(l)).concat(codes.filter((c) => !LEVELS.includes(c)).sort());

// A level is on a function's ladder when some focus has a profile at it or defines it.
const isOnLadder = (d) => d.present_count > 0 || d.missing_count > 0;

/** Function × level: colour is the share of the function's focuses with a profile at the level; below the count, in red, the focuses that define the level and lack a profile. */
export function coverageMatrix(rows, { width }) {
  const levels = levelOrder([...new Set(rows.map((d) => d.level_code))]);
  const tip = (d) =>
    [
      `${d.function_name} · ${d.level_code}`,
      `${d.present_count} of ${d.focus_count} focuses have a profile (${percent(d.present_share)})`,
      d.missing_count ? `${d.missing_count} define the level but have no profile` : "no missing levels",
      STATUS_ORDER.map((s) => `${s.replace("_", " ")} ${d[`${s}_count`]}`).join(" · "),
    ].join("\n");
  return Plot.plot({
    width,
    height: 40 + 34 * new Set(rows.map((d) => d.function_code)).size,
    marginLeft: 190,
    padding: 0.06,
    x: { domain: levels, label: "Level", axis: "top" },
    y: { label: null },
    color: { type: "linear", domain: [0, 1], range: ["#f2f4f7", "#2f6f9f"], label: "Share of focuses with a profile", legend: true, tickFormat: (d) => percent(d) },
    marks: [
      Plot.cell(rows.filter(isOnLadder), { x: "level_code", y: "function_name", fill: "present_share", title: tip, tip: true }),
      Plot.cell(rows.filter((d) => !isOnLadder(d)), { x: "level_code", y: "function_name", fill: "#fafafa", stroke: "#e5e5e5", title: (d) => `${d.function_name} · ${d.level_code}\nno focus of the function has this level on its ladder`, tip: true }),
      Plot.text(rows.filter((d) => isOnLadder(d) && !d.missing_count), { x: "level_code", y: "function_name", text: (d) => count(d.present_count), fill: (d) => (d.present_share > 0.6 ? "white" : "black"), fontSize: 10 }),
      Plot.text(rows.filter((d) => d.missing_count > 0), { x: "level_code", y: "function_name", text: (d) => count(d.present_count), dy: -6, fill: (d) => (d.present_share > 0.6 ? "white" : "black"), fontSize: 10 }),
      Plot.text(rows.filter((d) => d.missing_count > 0), { x: "level_code", y: "function_name", text: (d) => `−${count(d.missing_count)}`, dy: 7, fill: (d) => (d.present_share > 0.6 ? "#ffd0cc" : "#c75450"), fontSize: 9, fontWeight: "bold" }),
    ],
  });
}

/** One function's focuses × levels: each cell a profile (coloured by status), missing (red ×) or off the ladder (blank). */
export function focusGrid(rows, { width }) {
  const cells = rows.flatMap((f) => f.levels.map((l) => ({ ...l, focus: `${f.focus_name}${f.track === "management" ? " (mgmt)" : ""}`, focus_code: f.focus_code })));
  const levels = levelOrder([...new Set(cells.map((d) => d.level_code))]);
  const present = cells.filter((d) => d.coverage_state === "present");
  const missing = cells.filter((d) => d.coverage_state === "missing");
  return Plot.plot({
    width,
    height: 70 + 26 * rows.length,
    marginLeft: 260,
    padding: 0.08,
    x: { domain: levels, label: "Level", axis: "top" },
    y: { domain: rows.map((f) => `${f.focus_name}${f.track === "management" ? " (mgmt)" : ""}`), label: null },
    color: { domain: STATUS_ORDER, range: STATUS_COLORS, legend: true },
    marks: [
      Plot.cell(present, { x: "level_code", y: "focus", fill: "status", title: (d) => `${d.profile_id}\n${d.status}, v${d.version_number}`, tip: true }),
      Plot.cell(missing, { x: "level_code", y: "focus", fill: "#fff", stroke: "#c75450", strokeDasharray: "3,2" }),
      Plot.text(missing, { x: "level_code", y: "focus", text: () => "×", fill: "#c75450", fontSize: 14 }),
    ],
  });
}

/** Profiles per function by status (or by confidence label). */
export function mixBars(rows, { width, key, domain, range }) {
  return Plot.plot({
    width,
    height: 40 + 22 * new Set(rows.map((d) => d.function_code)).size,
    marginLeft: 190,
    x: { label: "Profiles", grid: true, tickFormat: count },
    y: { label: null },
    color: { domain, range, legend: true },
    marks: [Plot.barX(rows, Plot.groupY({ x: "sum" }, { y: "function_name", x: "profile_count", fill: key, sort: { y: "-x" }, tip: true })), Plot.ruleX([0])],
  });
}
