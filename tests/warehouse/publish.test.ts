// Publishing under the conditions a scheduled job meets: an analyst holding the file open, a
// second run started by mistake, a previous run killed half-way, a warehouse that is damaged.
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase, queryRows, withDatabase } from "../../warehouse/database.ts";
import { acquireLock } from "../../warehouse/lock.ts";
import { pipeline, query, scratch } from "./pipeline-fixture.ts";

describe("publishing", () => {
  it("never blocks a reader, who keeps a consistent view of the old warehouse", async () => {
    const s = scratch();
    expect(pipeline(["--input", s.input, "--db", s.db]).code).toBe(0);
    const reader = await openDatabase(s.db, { readOnly: true });
    try {
      const count = async () => (await queryRows(reader.connection, "select count(*) as n from core.profiles"))[0]!.n;
      expect(await count()).toBe(3);
      // A new profile arrives; the run publishes while the reader has the old file open.
      writeFileSync(join(s.input, "pages", "extra.html"), readFileSync(join(s.input, "pages", "seed.html"), "utf8").replaceAll("SALESSUP0118", "SALESSUP0119"));
      const r = pipeline(["--input", s.input, "--db", s.db]);
      expect(r.code, r.stderr).toBe(0);
      expect(await count()).toBe(3);
      expect(await query(s.db, "select count(*) as n from core.profiles")).toEqual([{ n: 4 }]);
    } finally {
      reader.close();
    }
  });

  it("lets one pipeline run at a time: a second exits at once with a clear message", async () => {
    const s = scratch();
    const release = await acquireLock(s.db);
    try {
      const r = pipeline(["--input", s.input, "--db", s.db]);
      expect(r.code).toBe(75);
      expect(r.stderr.trim()).toBe(`[error] pipeline: another pipeline is already building ${s.db} (lock ${s.db}.lock); exiting`);
      expect(existsSync(s.db)).toBe(false);
    } finally {
      await release();
    }
    expect(pipeline(["--input", s.input, "--db", s.db]).code).toBe(0);
  });

  it("removes a half-built warehouse left by a killed run, and publishes", async () => {
    const s = scratch();
    expect(pipeline(["--input", s.input, "--db", s.db]).code).toBe(0);
    writeFileSync(`${s.db}.building`, "half a warehouse");
    const r = pipeline(["--input", s.input, "--db", s.db]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("[warn] removed a half-built warehouse left by an interrupted run");
    expect(existsSync(`${s.db}.building`)).toBe(false);
  });
});

describe("the incremental cache is checked, not trusted", () => {
  it("rebuilds from scratch when the previous warehouse cannot be read", async () => {
    const s = scratch();
    expect(pipeline(["--input", s.input, "--db", s.db]).code).toBe(0);
    writeFileSync(s.db, Buffer.alloc(64 * 1024, 7));
    const r = pipeline(["--input", s.input, "--db", s.db]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/\[warn\] previous warehouse cannot be read \(.+\); rebuilding from scratch/);
    expect(r.stderr).toMatch(/plan: 11 files: 11 to parse, 0 unchanged/);
    expect(await query(s.db, "select count(*) as n from core.profiles")).toEqual([{ n: 3 }]);
  });

  it("re-parses everything when the cache disagrees with the raw rows it describes", async () => {
    const s = scratch();
    expect(pipeline(["--input", s.input, "--db", s.db]).code).toBe(0);
    await withDatabase(s.db, (db) => db.connection.run("delete from raw.profiles where source_path = 'pages/seed.txt'"));
    const r = pipeline(["--input", s.input, "--db", s.db]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/previous warehouse's cache is inconsistent \(11 file states, 10 files in raw\); re-parsing everything/);
    expect(r.stderr).toMatch(/plan: 11 files: 11 to parse, 0 unchanged/);
    expect(await query(s.db, "select count(*) as n from raw.profiles where source_path = 'pages/seed.txt'")).toEqual([{ n: 1 }]);
  });
});

describe("exporting Parquet", () => {
  it("writes every core and marts table, readable by any Parquet reader", async () => {
    const s = scratch();
    const out = join(s.dir, "parquet");
    const r = pipeline(["--input", s.input, "--db", s.db, "--export-parquet", out]);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(join(out, "core"))).toContain("profiles.parquet");
    expect(readdirSync(join(out, "marts")).length).toBeGreaterThan(3);
    const db = await openDatabase(":memory:");
    try {
      const rows = await queryRows(db.connection, `select count(*) as n from read_parquet('${join(out, "core", "profiles.parquet")}')`);
      expect(rows).toEqual([{ n: 3 }]);
    } finally {
      db.close();
    }
  });
});
