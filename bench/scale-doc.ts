// Writes docs/bench.md from bench/results/pipeline-latest.json: the scale table and the curve
// (seconds against pages, log-log, with the linear-growth line through the smallest run).
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

interface Row {
  size: number;
  files: number;
  readFloorMs: number;
  warehouseMb: number;
  ratioToReadFloor: number;
  rerunSpeedup: number;
  firstRun: { ms: number; pagesPerSecond: number; stageMs: Record<string, number>; peakRssMb: number };
  unchangedRerun: { ms: number };
}

const root = fileURLToPath(new URL("..", import.meta.url));

export function scaleMarkdown(doc: { at: string; machine: Record<string, unknown>; results: Row[] }): string {
  const rows = doc.results;
  const stages = ["list", "parse", "load", "transform"];
  const s = (ms: number) => (ms / 1000).toFixed(1);
  const table = [
    `| pages | whole run (s) | pages/s | ${stages.map((x) => `${x} (s)`).join(" | ")} | peak memory (MiB) | warehouse (MiB) | unchanged re-run (s) | run ÷ read floor |`,
    `| ---: | ---: | ---: | ${stages.map(() => "---:").join(" | ")} | ---: | ---: | ---: | ---: |`,
    ...rows.map(
      (r) =>
        `| ${r.files.toLocaleString("en")} | ${s(r.firstRun.ms)} | ${r.firstRun.pagesPerSecond} | ${stages.map((x) => s(r.firstRun.stageMs[x] ?? 0)).join(" | ")} | ${r.firstRun.peakRssMb} | ${r.warehouseMb} | ${s(r.unchangedRerun.ms)} | ${r.ratioToReadFloor} |`,
    ),
  ];
  return [
    "# Scale",
    "",
    `Measured by \`npm run bench -- --suite pipeline --sizes ${rows.map((r) => r.size).join(",")}\` on ${doc.at.slice(0, 10)}:`,
    `${doc.machine.cores} cores (${doc.machine.cpu}), ${doc.machine.memoryGiB} GiB, Node ${doc.machine.node}, DuckDB ${doc.machine.duckdb}.`,
    "The read floor is the time to read every file once from a warm page cache, in one thread.",
    "",
    ...table,
    "",
    "![Seconds against pages, log-log](bench-curve.svg)",
    "",
    "The dashed line grows linearly from the smallest run: points on or below it mean cost grows no faster",
    "than the number of pages.",
    "",
  ].join("\n");
}

export function scaleSvg(rows: Row[]): string {
  const W = 560, H = 320, M = { l: 60, r: 20, t: 20, b: 44 };
  const xs = rows.map((r) => r.files), ys = rows.map((r) => r.firstRun.ms / 1000);
  const lx = (v: number) => Math.log10(v), x0 = lx(Math.min(...xs) / 2), x1 = lx(Math.max(...xs) * 2);
  const ly0 = lx(Math.min(...ys) / 2), ly1 = lx(Math.max(...ys, (ys[0]! * Math.max(...xs)) / xs[0]!) * 2);
  const px = (v: number) => M.l + ((lx(v) - x0) / (x1 - x0)) * (W - M.l - M.r);
  const py = (v: number) => H - M.b - ((lx(v) - ly0) / (ly1 - ly0)) * (H - M.t - M.b);
  const line = xs.map((x, i) => `${i ? "L" : "M"}${px(x).toFixed(1)},${py(ys[i]!).toFixed(1)}`).join("");
  const lin = `M${px(xs[0]!)},${py(ys[0]!)}L${px(xs.at(-1)!)},${py((ys[0]! * xs.at(-1)!) / xs[0]!)}`;
  const dots = xs.map((x, i) => `<circle cx="${px(x).toFixed(1)}" cy="${py(ys[i]!).toFixed(1)}" r="4"/><text x="${(px(x) + 6).toFixed(1)}" y="${(py(ys[i]!) - 6).toFixed(1)}">${ys[i]!.toFixed(1)} s</text>`).join("");
  const ticks = xs.map((x) => `<text x="${px(x).toFixed(1)}" y="${H - M.b + 16}" text-anchor="middle">${x.toLocaleString("en")}</text>`).join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="11">
<rect width="${W}" height="${H}" fill="white"/>
<line x1="${M.l}" y1="${H - M.b}" x2="${W - M.r}" y2="${H - M.b}" stroke="#999"/><line x1="${M.l}" y1="${M.t}" x2="${M.l}" y2="${H - M.b}" stroke="#999"/>
${ticks}<text x="${(W + M.l) / 2}" y="${H - 8}" text-anchor="middle">pages (log scale)</text>
<text transform="translate(16 ${(H - M.b) / 2}) rotate(-90)" text-anchor="middle">whole pipeline run, seconds (log scale)</text>
<path d="${lin}" stroke="#999" stroke-dasharray="4 3" fill="none"/><path d="${line}" stroke="#4269d0" stroke-width="2" fill="none"/>
<g fill="#4269d0">${dots}</g>
</svg>
`;
}

if (process.argv[1]?.endsWith("scale-doc.ts")) {
  const doc = JSON.parse(readFileSync(`${root}bench/results/pipeline-latest.json`, "utf8"));
  writeFileSync(`${root}docs/bench.md`, scaleMarkdown(doc));
  writeFileSync(`${root}docs/bench-curve.svg`, scaleSvg(doc.results));
  process.stderr.write("wrote docs/bench.md and docs/bench-curve.svg\n");
}
