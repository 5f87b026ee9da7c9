// A scratch input folder and warehouse path per test, and the pipeline run as a user runs it.
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../cli.ts";
import { fixture } from "../fixtures.ts";
import { queryRows, withDatabase } from "../../warehouse/database.ts";

export function scratch() {
  const dir = mkdtempSync(join(tmpdir(), "canon-pipeline-"));
  const input = join(dir, "input");
  cpSync(fixture("pages"), join(input, "pages"), { recursive: true, filter: (src) => !src.endsWith(".json") });
  cpSync(fixture("rejects", "meeting-notes.txt"), join(input, "meeting-notes.txt"));
  return { dir, input, db: join(dir, "out", "canon.duckdb") };
}

export const pipeline = (args: string[]) => runCli("warehouse/cli/pipeline.ts", ["--no-reports", ...args]);

export const query = (db: string, sql: string) => withDatabase(db, (d) => queryRows(d.connection, sql), { readOnly: true });
