// data/sample is generated output checked into the repo: these tests fail when the generator
// changes and the sample was not regenerated (see data/README.md), or when the seed pair
// was touched, or when the sample stops showing what the dashboards need.
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { ExpectedLine, Manifest } from "../../generate/manifest.ts";
import { writeCorpus } from "../../generate/write-corpus.ts";
import { STATUSES, TRACKS } from "../../ingest/record.ts";
import { root } from "../cli.ts";

const sample = join(root, "data/sample");
const sha256 = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");
const manifest = JSON.parse(readFileSync(join(sample, ".manifest.json"), "utf8")) as Manifest;
const tmp = mkdtempSync(join(tmpdir(), "canon-sample-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("data/sample", () => {
  it("holds the real seed pair, unchanged", () => {
    expect(sha256(join(sample, "000_43838c5e27f5996a.txt"))).toBe("edd73115bf54a444258a97d505b635e4ed1982659d389e9da41640bd3d0b4708");
    expect(sha256(join(sample, "000_43838c5e27f5996a.html"))).toBe("cc132a74bcd214c9a55337a9614f385840734552a7a70f0abc18468ffc63b4f1");
    expect(manifest.files.some((f) => f.path.startsWith("000_43838c5e27f5996a"))).toBe(false);
  });

  it("is exactly what its documented command generates today", () => {
    expect(manifest.options).toEqual({ profiles: 300, faults: 8 });
    writeCorpus({ out: tmp, seed: manifest.seed, ...manifest.options, expected: true });
    for (const path of [...manifest.files.map((f) => f.path), ".manifest.json", ".expected.jsonl"]) {
      expect(sha256(join(sample, path)), `${path} is stale: regenerate data/sample`).toBe(sha256(join(tmp, path)));
    }
  });

  it("shows the dashboards every status, both tracks, versions, every kind of fault", () => {
    const lines = readFileSync(join(sample, ".expected.jsonl"), "utf8").trimEnd().split("\n").map((l) => JSON.parse(l) as ExpectedLine);
    const records = lines.flatMap((l) => (l.expect.ok ? [l.expect.record] : []));
    expect(new Set(records.map((r) => r.status))).toEqual(new Set(STATUSES));
    expect(new Set(records.map((r) => r.track))).toEqual(new Set(TRACKS));
    expect(records.some((r) => r.versionNumber > 1)).toBe(true);
    expect(Object.keys(manifest.counts.byRejectKind).sort()).toEqual(["binary", "empty", "malformed", "not-a-profile", "oversized", "truncated"]);
  });
});
