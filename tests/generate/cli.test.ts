// The command as a user runs it: help, one-line errors with exit 2, one summary line, and a
// folder that can be regenerated without touching files the generator did not write.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Manifest } from "../../generate/manifest.ts";
import { runCli } from "../cli.ts";

const dir = mkdtempSync(join(tmpdir(), "canon-generate-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const generate = (...args: string[]) => runCli("generate/cli.ts", args);
const manifest = (out: string) => JSON.parse(readFileSync(join(out, ".manifest.json"), "utf8")) as Manifest;

describe("npm run generate", () => {
  it("explains its options", () => {
    const r = generate("--help");
    expect(r.code).toBe(0);
    for (const o of ["--profiles", "--out", "--seed", "--faults", "--no-expected"]) expect(r.stdout).toContain(o);
  });

  it.each([
    [["--out", dir], "--profiles"],
    [["--profiles", "10"], "--out"],
    [["--profiles", "ten", "--out", dir], "--profiles"],
    [["--profiles", "0", "--out", dir], "--profiles"],
    [["--profiles", "10", "--faults", "-1", "--out", dir], "--faults"],
    [["--profiles", "10000000", "--out", dir], "--profiles"],
    [["--profiles", "10", "--out", dir, "--colour"], "--colour"],
  ])("rejects %j in one line naming %s, with exit code 2", (args, named) => {
    const r = generate(...args);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain(named);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("writes the corpus and prints one summary line", () => {
    const out = join(dir, "a");
    const r = generate("--profiles", "40", "--faults", "3", "--seed", "s", "--out", out);
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split("\n")).toEqual([expect.stringMatching(/^wrote 43 files to .* 40 profile files .* 3 faults$/)]);
    expect(manifest(out)).toMatchObject({ seed: "s", options: { profiles: 40, faults: 3 }, expected: ".expected.jsonl" });
  });

  it("regenerates a folder, replacing what it wrote before and keeping what it did not", () => {
    const out = join(dir, "b");
    expect(generate("--profiles", "30", "--out", out).code).toBe(0);
    const before = manifest(out).files.map((f) => f.path);
    writeFileSync(join(out, "000_kept-by-hand.txt"), "a page put here by hand\n");
    expect(generate("--profiles", "12", "--seed", "2", "--out", out, "--no-expected").code).toBe(0);
    const after = manifest(out);
    expect(after.expected).toBeNull();
    expect(existsSync(join(out, ".expected.jsonl"))).toBe(false);
    for (const p of before.filter((p) => !after.files.some((f) => f.path === p))) expect(existsSync(join(out, p)), p).toBe(false);
    for (const f of after.files) expect(existsSync(join(out, f.path)), f.path).toBe(true);
    expect(readFileSync(join(out, "000_kept-by-hand.txt"), "utf8")).toBe("a page put here by hand\n");
  });

  it("refuses to overwrite a file that no previous manifest lists", () => {
    const out = join(dir, "c");
    expect(generate("--profiles", "5", "--out", out).code).toBe(0);
    rmSync(join(out, ".manifest.json"));
    const r = generate("--profiles", "5", "--out", out);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: refusing to overwrite .*: no previous manifest lists it\n$/);
  });
});
