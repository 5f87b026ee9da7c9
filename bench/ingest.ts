// The ingest benchmark: pages per second for each rendering and for a mixed folder, against
// the floors the issue names: just reading the files, and cheerio's own load of the HTML.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as cheerioDefault from "cheerio";
import { load as loadSlim } from "cheerio/slim";
import { ingestFolder } from "../ingest/ingest-folder.ts";
import { parsePage } from "../ingest/parse-page.ts";
import type { Corpus } from "./corpus.ts";

const time = (fn: () => void) => {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
};

export async function benchIngest(corpus: Corpus) {
  const entries = corpus.manifest.files;
  const paths = (rendering: "text" | "html") => entries.filter((e) => e.rendering === rendering && e.expect.ok).map((e) => join(corpus.dir, e.path));
  const all = entries.map((e) => join(corpus.dir, e.path));
  // Warm the page cache and the JIT, so every phase below measures the same thing.
  for (const p of all) readFileSync(p);
  for (const p of all.slice(0, 200)) parsePage(readFileSync(p));

  const result: Record<string, unknown> = { pages: all.length };
  for (const rendering of ["text", "html"] as const) {
    const files = paths(rendering);
    const bytes = files.map((p) => readFileSync(p));
    const readMs = time(() => files.forEach((p) => readFileSync(p)));
    const parseMs = time(() => bytes.forEach((b) => parsePage(b)));
    const row: Record<string, number> = {
      files: files.length,
      readMs: Math.round(readMs),
      parseMs: Math.round(parseMs),
      pagesPerSecond: Math.round((files.length * 1000) / (readMs + parseMs)),
      ratioToRead: round2((readMs + parseMs) / readMs),
    };
    if (rendering === "html") {
      const texts = bytes.map((b) => b.toString("utf8"));
      const slimMs = time(() => texts.forEach((t) => loadSlim(t)));
      const parse5Ms = time(() => texts.slice(0, 2000).forEach((t) => cheerioDefault.load(t))) * (texts.length / Math.min(texts.length, 2000));
      Object.assign(row, {
        cheerioHtmlparser2LoadMs: Math.round(slimMs),
        cheerioParse5LoadMs: Math.round(parse5Ms),
        ratioToCheerioLoad: round2(parseMs / slimMs),
        htmlparser2PagesPerSecond: Math.round((files.length * 1000) / slimMs),
        parse5PagesPerSecond: Math.round((files.length * 1000) / parse5Ms),
      });
    }
    result[rendering] = row;
  }
  for (const workers of [0, undefined]) {
    const t0 = performance.now();
    const r = await ingestFolder(corpus.dir, workers === 0 ? { workers: 0 } : {});
    const ms = performance.now() - t0;
    result[workers === 0 ? "mixedOneThread" : "mixedWorkers"] = {
      files: r.files.length,
      parsed: r.parsed,
      rejected: r.rejected,
      ms: Math.round(ms),
      pagesPerSecond: Math.round((r.files.length * 1000) / ms),
    };
  }
  return result;
}

const round2 = (x: number) => Math.round(x * 100) / 100;
