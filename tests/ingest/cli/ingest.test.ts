import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { tableFromIPC } from "apache-arrow";
import { describe, expect, it } from "vitest";
import { runCli } from "../../cli.ts";
import { fixture } from "../../fixtures.ts";

describe("npm run ingest", () => {
  it("writes an Arrow file per table and reports rejects one per line", () => {
    const out = mkdtempSync(join(tmpdir(), "canon-ingest-cli-"));
    const { code, stderr } = runCli("ingest/cli/ingest.ts", [fixture("rejects"), "--out", out]);
    expect(code).toBe(0);
    const lines = stderr.trim().split("\n");
    expect(lines.filter((l) => / rejected \(/.test(l))).toHaveLength(16);
    expect(lines.at(-1)).toMatch(/^ingest: 16 files, 0 parsed, 16 rejected in /);
    const rejects = tableFromIPC(readFileSync(join(out, "rejects.arrow")));
    expect(rejects.numRows).toBe(16);
    expect(existsSync(join(out, "profiles.arrow"))).toBe(true);
  });

  it("names a missing input folder in one line and exits 2", () => {
    const { code, stderr } = runCli("ingest/cli/ingest.ts", ["no/such/dir", "--out", tmpdir()]);
    expect(code).toBe(2);
    expect(stderr).toBe("ingest: no/such/dir: not a folder\n");
  });
});
