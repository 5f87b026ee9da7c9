// Worker threads give the same files back, in the same order, as parsing on one thread.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingestFolder } from "../../ingest/ingest-folder.ts";
import { listFiles } from "../../ingest/list-files.ts";
import { parseFiles, parseToArrow } from "../../ingest/parse-files.ts";
import { outcomeOf } from "../../ingest/record.ts";
import { toArrowTables } from "../../ingest/to-arrow.ts";
import { fixture } from "../fixtures.ts";

function folderOfCopies(copies: number): string {
  const dir = mkdtempSync(join(tmpdir(), "canon-folder-"));
  for (const sub of ["pages", "rejects"]) {
    const names = readdirSync(fixture(sub));
    for (let i = 0; i < copies; i++) {
      const into = join(dir, sub, String(i).padStart(3, "0"));
      mkdirSync(into, { recursive: true });
      for (const n of names) copyFileSync(fixture(sub, n), join(into, n));
    }
  }
  return dir;
}

describe("parsing a folder", () => {
  it("gives the same outcomes and Arrow tables, in input order, with workers as without", async () => {
    const files = await listFiles(folderOfCopies(12));
    const progress: number[] = [];
    const alone = parseFiles(files);
    const pooled = await parseToArrow(files, { workers: 2, batchSize: 7, onProgress: (done) => progress.push(done) });
    expect(pooled.outcomes.map((f) => f.sourcePath)).toEqual(files.map((f) => f.path));
    expect(pooled.outcomes).toEqual(alone.map(outcomeOf));
    const expected = toArrowTables(alone);
    for (const [name, table] of Object.entries(pooled.tables)) {
      expect(table.numRows, name).toBe(expected[name as keyof typeof expected].numRows);
      expect(table.toArray().map((r) => r.toJSON()), name).toEqual(expected[name as keyof typeof expected].toArray().map((r) => r.toJSON()));
    }
    expect(progress.at(-1)).toBe(files.length);
    expect(alone.filter((f) => f.result.ok)).toHaveLength(12 * 10);
  });

  it("lists files recursively with stable relative paths, skipping hidden ones", async () => {
    const dir = folderOfCopies(1);
    copyFileSync(fixture("pages", "seed.txt"), join(dir, ".hidden.txt"));
    const paths = (await listFiles(dir)).map((f) => f.path);
    expect(paths).toContain("pages/000/seed.txt");
    expect(paths).not.toContain(".hidden.txt");
    expect([...paths].sort()).toEqual(paths);
  });

  it("rejects a symbolic link instead of following it out of the folder", async () => {
    const dir = folderOfCopies(1);
    symlinkSync(fixture("pages", "seed.txt"), join(dir, "link-to-outside.txt"));
    const { files } = await ingestFolder(dir, { workers: 0 });
    expect(files.find((f) => f.sourcePath === "link-to-outside.txt")!.result).toEqual({
      ok: false,
      kind: "unreadable",
      reason: "symbolic link, not followed",
    });
  });
});
