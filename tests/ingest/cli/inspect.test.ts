import { describe, expect, it } from "vitest";
import { runCli } from "../../cli.ts";
import { fixture, readJson } from "../../fixtures.ts";

describe("npm run inspect", () => {
  it("prints the record of a page as JSON", () => {
    const { code, stdout, stderr } = runCli("ingest/cli/inspect.ts", [fixture("pages", "gbp-draft.html")]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc.rendering).toBe("html");
    expect(doc.record).toEqual(readJson("pages", "gbp-draft.expected.json"));
  });

  it("prints one line per rejected file, naming it, and exits non-zero; other files still print", () => {
    const bad = fixture("rejects", "cut-before-provenance.txt");
    const { code, stdout, stderr } = runCli("ingest/cli/inspect.ts", ["--compact", bad, fixture("pages", "seed.txt"), "no/such/file"]);
    expect(code).toBe(1);
    expect(stderr.trim().split("\n")).toEqual([
      `${bad}: rejected (truncated): page ends before the "Provenance" section`,
      "no/such/file: rejected (unreadable): cannot read the file (ENOENT)",
    ]);
    expect(stdout.trim().split("\n")).toHaveLength(1);
    expect(JSON.parse(stdout).record.profileId).toBe("SALESS.SALESSUP0118.P3");
  });

  it("says how to use it when given nothing", () => {
    const { code, stderr } = runCli("ingest/cli/inspect.ts", []);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/missing required argument 'files'/);
  });
});
