// Arrow tables carry the explicit schema of arrow-schema.ts and survive an IPC round trip.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { tableFromIPC } from "apache-arrow";
import { describe, expect, it } from "vitest";
import { TABLES } from "../../ingest/arrow-schema.ts";
import { ingestFolder } from "../../ingest/ingest-folder.ts";
import { listFiles } from "../../ingest/list-files.ts";
import { parseFiles } from "../../ingest/parse-files.ts";
import { toArrowTables, writeArrowFiles } from "../../ingest/to-arrow.ts";
import { fixture } from "../fixtures.ts";

describe("the Arrow tables of a folder", async () => {
  const { files, tables } = await ingestFolder(fixture("pages"), { workers: 0 });
  const pages = parseFiles(await listFiles(fixture("pages"))).filter((f) => f.result.ok);

  it("has one table per entity, with the declared types", () => {
    expect(Object.keys(tables)).toEqual(TABLES.map((t) => t.name));
    expect(String(tables.profiles.schema.fields.find((f) => f.name === "pay_median")!.type)).toBe("Int32");
    expect(String(tables.profiles.schema.fields.find((f) => f.name === "confidence_score")!.type)).toBe("Float64");
    expect(String(tables.skills.schema.fields.find((f) => f.name === "is_tool")!.type)).toBe("Bool");
    expect(tables.profiles.schema.fields.find((f) => f.name === "years_max")!.nullable).toBe(true);
  });

  it("has a row for every parsed file and every item of every list", () => {
    expect(tables.profiles.numRows).toBe(pages.length);
    const sum = (pick: (r: any) => unknown[]) => pages.reduce((n, f) => n + (f.result.ok ? pick(f.result.record).length : 0), 0);
    expect(tables.responsibilities.numRows).toBe(sum((r) => r.responsibilities));
    expect(tables.adjacency.numRows).toBe(sum((r) => r.adjacentRoles));
    expect(tables.aliases.numRows).toBe(sum((r) => r.aliases));
    expect(tables.rejects.numRows).toBe(files.length - pages.length);
  });

  it("keeps values typed: pay in units, open-ended years as null, booleans", () => {
    const rows = tables.profiles.toArray().map((r) => r.toJSON());
    const m4 = rows.find((r) => r.source_path === "management-eur.txt")!;
    expect([m4.pay_median, m4.years_min, m4.years_max, m4.pay_differential_material, m4.currency]).toEqual([96500, 15, null, false, "EUR"]);
    const seed = rows.find((r) => r.source_path === "seed.html")!;
    expect([seed.profile_id, seed.rendering, seed.pay_max, seed.confidence_score]).toEqual(["SALESS.SALESSUP0118.P3", "html", 105000, 0.8]);
  });

  it("builds typed, empty tables from no files", () => {
    const empty = toArrowTables([]);
    expect(empty.adjacency.numRows).toBe(0);
    expect(empty.adjacency.schema.fields.map((f) => f.name)).toContain("distance");
  });

  it("writes IPC files that read back equal", async () => {
    const dir = mkdtempSync(join(tmpdir(), "canon-arrow-"));
    const paths = await writeArrowFiles(tables, dir);
    expect(paths).toHaveLength(TABLES.length);
    const back = tableFromIPC(readFileSync(join(dir, "skills.arrow")));
    expect(back.numRows).toBe(tables.skills.numRows);
    expect(back.schema.fields.map((f) => `${f.name}:${f.type}`)).toEqual(tables.skills.schema.fields.map((f) => `${f.name}:${f.type}`));
    expect(back.get(0)!.toJSON()).toEqual(tables.skills.get(0)!.toJSON());
  });
});
