// The round trip: generate a corpus of a few thousand pages, parse every file as the ingest
// does, and hold the result to the manifest — every record equal, in both renderings, and every
// fault rejected as promised. Plus determinism: the same seed and options give the same bytes.
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { corpusFiles, type CorpusOptions } from "../../generate/corpus.ts";
import type { ExpectedLine } from "../../generate/manifest.ts";
import { writeCorpus } from "../../generate/write-corpus.ts";
import { parsePage } from "../../ingest/parse-page.ts";

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), "canon-corpus-"));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const listFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();

describe("a generated corpus of 3,000 pages and 40 faults", () => {
  const dir = tempDir();
  const manifest = writeCorpus({ out: dir, seed: "round-trip", profiles: 3000, faults: 40, expected: true });
  const expected = readFileSync(join(dir, ".expected.jsonl"), "utf8").trimEnd().split("\n").map((l) => JSON.parse(l) as ExpectedLine);

  it("has exactly the files the manifest lists, and an expected line for each, in the same order", () => {
    expect(listFiles(dir)).toEqual([...manifest.files.map((f) => f.path), ".expected.jsonl", ".manifest.json"].sort());
    expect(expected.map((l) => l.path)).toEqual(manifest.files.map((f) => f.path));
    expect(manifest.counts).toMatchObject({ files: 3040, profileFiles: 3000, faults: 40 });
  });

  it("parses every page to the record the manifest promises, in the rendering it names", () => {
    const wrong: string[] = [];
    manifest.files.forEach((f, i) => {
      const want = expected[i]!.expect;
      if (!want.ok) return;
      const { rendering, result } = parsePage(readFileSync(join(dir, f.path)));
      if (rendering !== f.rendering) wrong.push(`${f.path}: read as ${rendering}, is ${f.rendering}`);
      else if (!result.ok) wrong.push(`${f.path}: rejected (${result.kind}: ${result.reason})`);
      else if (!isDeepStrictEqual(result.record, want.record)) {
        const fields = Object.keys(want.record).filter((k) => !isDeepStrictEqual(result.record[k as keyof typeof result.record], want.record[k as keyof typeof want.record]));
        wrong.push(`${f.path}: differs in ${fields.join(", ")}`);
      }
    });
    expect(wrong).toEqual([]);
    expect(manifest.counts.byRendering.text).toBeGreaterThan(1200);
    expect(manifest.counts.byRendering.html).toBeGreaterThan(1200);
  });

  it("rejects every fault with the kind, and the reason, the manifest promises", () => {
    const wrong: string[] = [];
    const faults = manifest.files.filter((f) => !f.expect.ok);
    for (const f of faults) {
      if (f.expect.ok) continue;
      const { result } = parsePage(readFileSync(join(dir, f.path)));
      if (result.ok) wrong.push(`${f.path} (${f.fault}): accepted`);
      else if (result.kind !== f.expect.kind) wrong.push(`${f.path} (${f.fault}): ${result.kind}, expected ${f.expect.kind}: ${result.reason}`);
      else if (f.expect.reasonIncludes && !result.reason.includes(f.expect.reasonIncludes)) wrong.push(`${f.path} (${f.fault}): reason ${result.reason}`);
    }
    expect(wrong).toEqual([]);
    expect(new Set(faults.map((f) => f.expect.ok || f.expect.kind))).toEqual(new Set(["truncated", "not-a-profile", "empty", "binary", "oversized", "malformed"]));
  });

  it("stores pages as a crawl does: mixed extensions, subfolders, CRLF, BOMs, some pages in both renderings", () => {
    const pages = manifest.files.filter((f) => f.expect.ok);
    const extensions = new Set(pages.map((f) => /\.[a-z]+$/.exec(f.path)?.[0] ?? ""));
    expect(extensions).toEqual(new Set([".txt", ".html", ".htm", ""]));
    expect(pages.some((f) => f.path.includes("/"))).toBe(true);
    expect(pages.some((f) => f.encoding?.includes("crlf"))).toBe(true);
    expect(pages.some((f) => f.encoding?.includes("bom"))).toBe(true);
    const stems = pages.map((f) => f.path.replace(/\.[a-z]+$/, ""));
    expect(stems.length - new Set(stems).size).toBeGreaterThan(20);
    for (const f of manifest.files) expect(f.path).toMatch(/^([a-z0-9-]+\/)*\d{4}_[0-9a-f]{16}(\.[a-z]+)?$/);
  });
});

describe("determinism", () => {
  const digest = (options: CorpusOptions) => {
    const h = createHash("sha256");
    for (const f of corpusFiles(options)) h.update(`${f.entry.path}\0`).update(f.bytes).update(JSON.stringify(f.entry));
    return h.digest("hex");
  };
  const options = { seed: "7", profiles: 600, faults: 20 };

  it("gives the same bytes for the same seed and options, and other bytes for another seed", () => {
    expect(digest(options)).toBe(digest(options));
    expect(digest({ ...options, seed: "8" })).not.toBe(digest(options));
  });

  it("writes identical folders, manifest and expected records included, on two runs", () => {
    const hashes = (dir: string) => listFiles(dir).map((p) => `${p} ${createHash("sha256").update(readFileSync(join(dir, p))).digest("hex")}`);
    const [a, b] = [tempDir(), tempDir()];
    writeCorpus({ ...options, out: a, expected: true });
    writeCorpus({ ...options, out: b, expected: true });
    expect(hashes(a)).toEqual(hashes(b));
  });
});
