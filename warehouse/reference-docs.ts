// The reference documents: editable CSV files in transform/reference/ (level equivalence, FX rates,
// skill synonyms, SOC major groups), read with papaparse and loaded as raw.<name>, every column
// as text, as ingested. Each file documents itself in `# ` comment lines at its top:
//   # about: what the document is
//   # <column>: what the column means
import { readFileSync, readdirSync } from "node:fs";
import { basename } from "node:path";
import { VARCHAR, type DuckDBConnection } from "@duckdb/node-api";
import Papa from "papaparse";
import { appendColumns } from "./append-columns.ts";
import { documentTable } from "./run-models.ts";
import { sqlIdentifier } from "./sql-text.ts";
import { TRANSFORM_DIR } from "./sql-files.ts";

export interface ReferenceDoc {
  name: string;
  about: string;
  columns: Map<string, string>;
  rows: Record<string, string>[];
}

export function readReferenceDoc(path: string): ReferenceDoc {
  const text = readFileSync(path, "utf8");
  const name = basename(path, ".csv");
  const docs = new Map<string, string>();
  for (const line of text.split("\n")) {
    const m = /^#\s*([\w ]+?):\s*(.*)$/.exec(line);
    if (m) docs.set(m[1]!.trim(), m[2]!.trim());
  }
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, comments: "#", skipEmptyLines: "greedy", transform: (v) => v.trim() });
  if (parsed.errors.length) {
    const e = parsed.errors[0]!;
    throw new Error(`transform/reference/${name}.csv: row ${(e.row ?? 0) + 2}: ${e.message}`);
  }
  const about = docs.get("about");
  if (!about) throw new Error(`transform/reference/${name}.csv has no "# about:" line`);
  docs.delete("about");
  const header = parsed.meta.fields ?? [];
  const undocumented = header.filter((c) => !docs.has(c));
  const unknown = [...docs.keys()].filter((c) => !header.includes(c));
  if (undocumented.length || unknown.length) {
    throw new Error(
      `transform/reference/${name}.csv: the "# column:" lines and the header disagree (${[...undocumented.map((c) => `undocumented ${c}`), ...unknown.map((c) => `no column ${c}`)].join(", ")})`,
    );
  }
  return { name, about, columns: docs, rows: parsed.data };
}

export function referenceDocPaths(): string[] {
  const dir = `${TRANSFORM_DIR}reference/`;
  return readdirSync(dir).filter((f) => f.endsWith(".csv")).sort().map((f) => dir + f);
}

export async function loadReferenceDocs(connection: DuckDBConnection, paths = referenceDocPaths()): Promise<ReferenceDoc[]> {
  await connection.run("create schema if not exists raw");
  const docs = paths.map(readReferenceDoc);
  for (const doc of docs) {
    const columns = [...doc.columns.keys()];
    await connection.run(`create or replace table raw.${doc.name} (${columns.map((c) => `${sqlIdentifier(c)} varchar`).join(", ")})`);
    const values = columns.map((c) => doc.rows.map((r) => (r[c] === undefined || r[c] === "" ? null : r[c]!)));
    await appendColumns(connection, { table: doc.name, schema: "raw" }, columns.map(() => VARCHAR), values);
    await documentTable(connection, "raw", doc.name, `Reference document transform/reference/${doc.name}.csv: ${doc.about}`, doc.columns, `transform/reference/${doc.name}.csv`);
  }
  return docs;
}
