// Loaders fail as Framework expects: nothing on stdout, one line on stderr, a non-zero exit; and
// the build says why in one line.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { buildReports } from "../../reports/build.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const LOADERS = readdirSync(`${ROOT}reports/data`).filter((f) => /\.\w+\.ts$/.test(f));

describe("a loader without a warehouse", () => {
  test.each(LOADERS)("%s exits 1 with one line", (loader) => {
    const run = spawnSync(process.execPath, ["--import", "tsx", `reports/data/${loader}`], { cwd: ROOT, env: { ...process.env, CANON_DB: "/nonexistent/canon.duckdb" }, encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(`${loader}: warehouse /nonexistent/canon.duckdb does not exist; run \`npm run pipeline\` first\n`);
  });
});

test("the build refuses a missing warehouse in one line", async () => {
  await expect(buildReports("/nonexistent/canon.duckdb", { info: () => {}, warn: () => {} })).rejects.toThrow(/^reports: warehouse \/nonexistent\/canon\.duckdb does not exist; run `npm run pipeline` first$/);
});
