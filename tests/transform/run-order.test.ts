// The run order is the one place models and checks are listed: every .sql file under transform/
// is in it exactly once, every id has its file, models only read what ran before them, and every
// model runs through DuckDB with exactly the columns its header documents, in that order.
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PROFILE_ID_PATTERN } from "../../ingest/page-values.ts";
import { CHECKS, MODELS } from "../../transform/run-order.ts";
import { readReferenceDoc, referenceDocPaths } from "../../warehouse/reference-docs.ts";
import { TRANSFORM_DIR, modelDoc, readSqlFile } from "../../warehouse/sql-files.ts";
import { buildWarehouse, type Warehouse } from "./warehouse-fixture.ts";

/** The tables a file's SQL reads (comments, which mention tables freely, left out). */
const readsOf = (id: string) =>
  [...readSqlFile(id).sql.replace(/--.*$/gm, "").matchAll(/\b(core|marts|meta)\.([a-z_]+)\b/g)].map((m) => `${m[1]}/${m[2]}`);

const sqlIds = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sqlIds(path);
    return e.name.endsWith(".sql") ? [relative(TRANSFORM_DIR, path).replace(/\.sql$/, "")] : [];
  });

describe("run order", () => {
  test("every .sql file under transform/ is listed exactly once, and every id has a file", () => {
    const listed = [...MODELS, ...CHECKS];
    expect(listed.length).toBe(new Set(listed).size);
    expect([...listed].sort()).toEqual(sqlIds(TRANSFORM_DIR).sort());
  });

  test("models are in core/, marts/ or meta/, checks in checks/, and the data dictionary runs last", () => {
    for (const id of MODELS) expect(id).toMatch(/^(core|marts|meta)\/[a-z_]+$/);
    for (const id of CHECKS) expect(id).toMatch(/^checks\/[a-z_]+$/);
    expect(MODELS.at(-1)).toBe("meta/data_dictionary");
  });

  test("a model reads only raw tables and models listed before it", () => {
    MODELS.forEach((id, i) => {
      for (const ref of readsOf(id)) expect(MODELS.slice(0, i), `${id} reads ${ref}`).toContain(ref);
    });
  });

  test("a check reads only models", () => {
    for (const id of CHECKS) {
      for (const ref of readsOf(id)) expect(MODELS, id).toContain(ref);
    }
  });

  test("every model states its grain and ends with select * from final; every check has a severity and a description", () => {
    for (const id of MODELS) {
      const file = readSqlFile(id);
      expect(modelDoc(file).grain, id).toMatch(/^one row per /);
      expect(file.sql.trim(), id).toMatch(/\nselect \* from final$/);
    }
    for (const id of CHECKS) {
      const header = readSqlFile(id).header;
      expect(["error", "warning"], id).toContain(header.get("severity"));
      expect(header.get("check"), id).toBeTruthy();
    }
  });

  test("SQL tests profile ids against the parser's own pattern", () => {
    for (const id of ["core/profile_files", "core/published_adjacency"]) expect(readSqlFile(id).sql).toContain(PROFILE_ID_PATTERN);
  });
});

describe("reference documents", () => {
  test("every CSV column is documented and every documented column is in the CSV", () => {
    for (const path of referenceDocPaths()) {
      const doc = readReferenceDoc(path);
      const fields = Papa.parse(readFileSync(path, "utf8"), { header: true, comments: "#", preview: 1 }).meta.fields;
      expect([...doc.columns.keys()], path).toEqual(fields);
      expect(doc.rows.length, path).toBeGreaterThan(0);
    }
  });

  test("the SOC reference has the 23 major groups of SOC 2018, each with its NN-0000 code", () => {
    const doc = readReferenceDoc(`${TRANSFORM_DIR}reference/soc_major_groups.csv`);
    expect(doc.rows).toHaveLength(23);
    for (const row of doc.rows) expect(row.soc_code).toBe(`${row.major_group}-0000`);
    expect(doc.rows.map((r) => r.major_group)).toEqual(Array.from({ length: 23 }, (_, i) => String(11 + 2 * i)));
  });
});

describe("every model runs through DuckDB", () => {
  let w: Warehouse;
  beforeAll(async () => {
    w = await buildWarehouse({ file: true });
  });
  afterAll(() => w?.close());

  test.each(MODELS)("%s has exactly its documented columns, in the documented order", async (id) => {
    const [schema, name] = id.split("/");
    const columns = await w.rows(
      "select column_name from duckdb_columns() where schema_name = $1 and table_name = $2 order by column_index",
      [schema!, name!],
    );
    expect(columns.map((c) => c.column_name)).toEqual([...modelDoc(readSqlFile(id)).columns.keys()]);
  });

  test("every check ran and is recorded in meta.check_results", async () => {
    const recorded = await w.rows("select check_name from meta.check_results where run_id = 'test-run' order by check_name");
    expect(recorded.map((r) => `checks/${r.check_name}`)).toEqual([...CHECKS].sort());
  });
});
