import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../cli.ts";
import { pipeline, scratch } from "../pipeline-fixture.ts";

describe("npm run sql", () => {
  const s = scratch();
  const built = pipeline(["--input", s.input, "--db", s.db]);
  const sql = (...args: string[]) => runCli("warehouse/cli/sql.ts", ["--db", s.db, ...args]);

  it("prints a table with a row count", () => {
    expect(built.code).toBe(0);
    const r = sql("select profile_id, pay_median from core.profiles order by profile_id");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/│ profile_id\s+│ pay_median │/);
    expect(r.stdout).toMatch(/│ FINANC\.FINANCFPA0031\.P2\s+│\s+58500 │/);
    expect(r.stdout.trim().split("\n").at(-1)).toBe("3 rows");
  });

  it("prints CSV and JSON, numbers as numbers", () => {
    const csv = sql("--csv", "select profile_id, version_number from core.profiles order by 1");
    expect(csv.stdout.trim().split("\n")).toEqual(["profile_id,version_number", "ENGINR.ENGINRPLAT0007.M4,2", "FINANC.FINANCFPA0031.P2,3", "SALESS.SALESSUP0118.P3,2"]);
    const json = JSON.parse(sql("--json", "select count(*) as n, max(fx_as_of) as as_of from core.profiles").stdout);
    expect(json).toEqual([{ n: 3, as_of: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }]);
  });

  it("opens the warehouse read-only: a write is refused in one line", () => {
    const r = sql("delete from core.profiles");
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/^sql: .*read-only/i);
  });

  it("says what to do when there is no warehouse yet, and reports bad SQL in one line", () => {
    const missing = runCli("warehouse/cli/sql.ts", ["--db", join(s.dir, "none.duckdb"), "select 1"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`sql: ${join(s.dir, "none.duckdb")} does not exist; run \`npm run pipeline\` first\n`);
    const bad = sql("select * from nowhere");
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^sql: Catalog Error: Table with name nowhere does not exist/);
  });
});
