// Every kind of file that is not a whole profile page is rejected with a one-line reason that
// says what is missing or wrong; none of them throws.
import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_PAGE_BYTES, parsePage } from "../../ingest/parse-page.ts";
import { readAndParse } from "../../ingest/read-file.ts";
import type { RejectKind } from "../../ingest/record.ts";
import { fixture, readFixture } from "../fixtures.ts";

const cases: [file: string, kind: RejectKind, reason: RegExp][] = [
  ["empty.txt", "empty", /^empty file$/],
  ["blank.txt", "empty", /^empty file$/],
  ["binary.bin", "binary", /NUL bytes/],
  ["latin1.txt", "binary", /not UTF-8/],
  ["meeting-notes.txt", "not-a-profile", /not a Canon taxonomy profile page/],
  ["meeting-notes.html", "not-a-profile", /not a Canon taxonomy profile page/],
  ["cut-in-pay-line.txt", "truncated", /market pay "\$82k \(\$65k"/],
  ["cut-in-pay-line.html", "truncated", /last part begun is the hero \(no closing <\/html>\)/],
  ["cut-before-provenance.txt", "truncated", /page ends before the "Provenance" section/],
  ["cut-before-provenance.html", "truncated", /last part begun is the "Skills" section/],
  ["cut-before-closing-tag.html", "truncated", /"Classification mappings" section \(no closing <\/html>\)/],
  ["cut-mid-rubric.txt", "truncated", /rubric row P3 cannot be split/],
  ["cut-mid-character.txt", "truncated", /middle of a character/],
  ["level-mismatch.html", "malformed", /profile id and hero id disagree: "SALESS.SALESSUP0118.P4" and "SALESS.SALESSUP0118.P3"/],
  ["mixed-currency.txt", "malformed", /market pay "\$82k \(€65k\$105k\)" mixes currencies/],
  ["no-provenance-section.html", "malformed", /the "Provenance" section is missing/],
];

describe("a file that is not a whole page", () => {
  it.each(cases)("%s is rejected as %s", (file, kind, reason) => {
    const { result } = parsePage(readFixture("rejects", file));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.kind).toBe(kind);
    expect(result.reason).toMatch(reason);
    expect(result.reason).not.toContain("\n");
  });
});

describe("markup nested far deeper than any page", () => {
  const seed = Buffer.from(readFixture("pages", "seed.html")).toString("utf8");
  const nested = (depth: number) => {
    const at = seed.indexOf("<li>Performs") + "<li>".length;
    return Buffer.from(seed.slice(0, at) + "<b>".repeat(depth) + seed.slice(at).replace("</li>", "</b>".repeat(depth) + "</li>"));
  };

  it("is read without overflowing the stack while it is within reach of a page", () => {
    const { result } = parsePage(nested(5_000));
    expect(result.ok && result.record.responsibilities[0]!.text).toMatch(/^Performs data entry/);
  });

  it("is rejected by its tag count before it is parsed", () => {
    expect(parsePage(nested(30_000)).result).toEqual({ ok: false, kind: "malformed", reason: "the page has more than 20000 tags, far more than any page has" });
  });
});

describe("reading files from disk", () => {
  const dir = mkdtempSync(join(tmpdir(), "canon-rejects-"));

  it("rejects a file far larger than any page by its size, without parsing it", async () => {
    const path = join(dir, "huge.html");
    writeFileSync(path, Buffer.alloc(MAX_PAGE_BYTES + 1, "a"));
    const f = await readAndParse(path, "huge.html");
    expect(f.result).toEqual({ ok: false, kind: "oversized", reason: `file is ${MAX_PAGE_BYTES + 1} bytes, larger than any page (limit ${MAX_PAGE_BYTES})` });
    expect(f.sizeBytes).toBe(MAX_PAGE_BYTES + 1);
  });

  it("rejects a file it cannot read, naming the error", async () => {
    const folder = join(dir, "a-folder");
    mkdirSync(folder);
    expect((await readAndParse(folder, "a-folder")).result).toEqual({ ok: false, kind: "unreadable", reason: "cannot read the file (EISDIR)" });
    symlinkSync(join(dir, "nowhere"), join(dir, "dangling"));
    expect((await readAndParse(join(dir, "dangling"), "dangling")).result).toMatchObject({ kind: "unreadable", reason: "cannot read the file (ENOENT)" });
  });

  it("keeps the content hash and size of a page it parses", async () => {
    const f = await readAndParse(fixture("pages", "seed.txt"), "seed.txt");
    expect(f.result.ok).toBe(true);
    expect(f.sizeBytes).toBe(10955);
    expect(f.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });
});
