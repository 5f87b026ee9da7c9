// Reads the transform/ SQL files: each model is one SELECT in a file named after the table it
// makes (transform/core/profiles.sql → core.profiles), with its documentation in the leading
// comment lines:
//   -- grain: one row per profile (its highest version)
//   -- about: optional description of the table
//   -- <column>: what the column means
// Each check is a query returning the rows that fail it, with `-- severity:` and `-- check:` lines.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const TRANSFORM_DIR = fileURLToPath(new URL("../transform/", import.meta.url));

export interface SqlFile {
  /** e.g. "core/profiles" */
  id: string;
  schema: string;
  name: string;
  sql: string;
  /** The leading `-- key: value` lines, in order. */
  header: Map<string, string>;
}

export function readSqlFile(id: string): SqlFile {
  const [schema, name] = id.split("/") as [string, string];
  const sql = readFileSync(`${TRANSFORM_DIR}${id}.sql`, "utf8");
  const header = new Map<string, string>();
  for (const line of sql.split("\n")) {
    const m = /^--\s*([\w ]+?):\s*(.*)$/.exec(line);
    if (m) header.set(m[1]!.trim(), m[2]!.trim());
    else if (line.trim() !== "" && !line.startsWith("--")) break;
  }
  return { id, schema, name, sql, header };
}

export interface ModelDoc {
  grain: string;
  about?: string;
  columns: Map<string, string>;
}

export function modelDoc(file: SqlFile): ModelDoc {
  const grain = file.header.get("grain");
  if (!grain) throw new Error(`transform/${file.id}.sql has no "-- grain:" line`);
  const about = file.header.get("about");
  const columns = new Map([...file.header].filter(([k]) => k !== "grain" && k !== "about"));
  return about === undefined ? { grain, columns } : { grain, about, columns };
}
