// Measures the built site page by page in chromium: load time (from navigation to the end of the
// last response the page asked for: its data arrive last and the charts draw as they do) and bytes
// received, data files (/_file/) apart. For an interaction (a search), the time from the keystroke
// to the last response it caused. Each visit has a fresh browser context, so nothing comes from
// the cache; figures are the median of --runs.
//
//   npx tsx tests/reports/measure-pages.ts --dist DIR [--runs 3] [--search "sales ops"] [--profile ID]
import { serveDirectory } from "../../reports/serve.ts";
import { launch, openPage, settled } from "./browser.ts";

const args = process.argv.slice(2);
const option = (name: string, fallback?: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1]! : fallback;
};
const dist = option("--dist");
if (!dist) {
  process.stderr.write("measure-pages: --dist DIR is required\n");
  process.exit(2);
}
const runs = Number(option("--runs", "3"));
const search = option("--search", "engineering p3")!;
const profile = option("--profile");

const served = await serveDirectory(dist);
const browser = await launch();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

interface Figure {
  ms: number;
  data: number;
  total: number;
  problems: number;
}

async function measure(path: string, act?: (page: import("playwright-core").Page) => Promise<void>): Promise<Figure> {
  const figures: Figure[] = [];
  for (let i = 0; i < runs; i++) {
    const v = await openPage(browser, served.url);
    await v.page.goto(served.url + path);
    await settled(v.page);
    const lastResponse = () => v.page.evaluate(() => Math.max(...performance.getEntriesByType("resource").map((r) => (r as PerformanceResourceTiming).responseEnd), (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).domContentLoadedEventEnd));
    let ms = await lastResponse();
    if (act) {
      const before = await v.page.evaluate(() => performance.now());
      await act(v.page);
      ms = (await lastResponse()) - before;
    }
    const data = [...v.bytes].filter(([p]) => p.startsWith("/_file/")).reduce((n, [, b]) => n + b, 0);
    const total = [...v.bytes.values()].reduce((n, b) => n + b, 0);
    figures.push({ ms, data, total, problems: v.problems.length });
    await v.close();
  }
  return { ms: median(figures.map((f) => f.ms)), data: median(figures.map((f) => f.data)), total: median(figures.map((f) => f.total)), problems: Math.max(...figures.map((f) => f.problems)) };
}

const pages: [string, string, ((page: import("playwright-core").Page) => Promise<void>)?][] = [
  ["Overview", "/"],
  ["Pay", "/pay"],
  ["Coverage", "/coverage"],
  ["Quality", "/quality"],
  ["Profiles (first page of the list)", "/profiles"],
  [`Profiles, search "${search}"`, "/profiles", async (page) => {
    await page.getByPlaceholder("Title, id, alias or skill").fill(search);
    await page.waitForFunction((q) => new URLSearchParams(location.search).get("q") === q, search);
    await settled(page);
  }],
  ["Pipeline health", "/pipeline"],
  ["Data dictionary", "/dictionary"],
  ["Notebook: skills and pay", "/notebooks/skills-and-pay"],
  ["Notebook: gaps and stale versions", "/notebooks/gaps-and-stale-versions"],
];
if (profile) {
  pages.splice(6, 0, ["Profile page", `/profile?id=${encodeURIComponent(profile)}`], ["Compare", `/compare?a=${encodeURIComponent(profile)}&b=${encodeURIComponent(profile)}`]);
}

process.stdout.write(`| page | load or interaction (median of ${runs}) | data received | all bytes received | problems |\n| --- | ---: | ---: | ---: | ---: |\n`);
for (const [name, path, act] of pages) {
  const f = await measure(path, act);
  process.stdout.write(`| ${name} | ${Math.round(f.ms)} ms | ${kb(f.data)} | ${kb(f.total)} | ${f.problems} |\n`);
}
await browser.close();
await served.close();
