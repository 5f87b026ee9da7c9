// The previously published warehouse, attached read-only to the new build: the incremental
// cache (its raw rows and file states) and the baseline for what changed. It is trusted only
// when it reads cleanly and its file states agree with its raw rows; otherwise the run says so
// and parses everything, as if there were no previous run.
import { existsSync } from "node:fs";
import type { DuckDBConnection } from "@duckdb/node-api";
import { queryRows } from "./database.ts";
import type { FileState } from "./file-state.ts";
import { sqlString } from "./sql-text.ts";

export interface Previous {
  /** The previous warehouse is attached as `prev` (for the change log), whether or not its cache is trusted. */
  attached: boolean;
  /** File states to reuse; empty when there is no previous run or it is not trusted. */
  files: Map<string, FileState>;
  note?: string;
}

export async function attachPrevious(connection: DuckDBConnection, dbPath: string): Promise<Previous> {
  if (!existsSync(dbPath)) return { attached: false, files: new Map() };
  try {
    // ATTACH takes no parameters; the path is the operator's own setting, quoted.
    await connection.run(`attach ${sqlString(dbPath)} as prev (read_only)`);
  } catch (e) {
    return { attached: false, files: new Map(), note: `previous warehouse cannot be read (${firstLine(e)}); rebuilding from scratch` };
  }
  try {
    const [counts] = await queryRows(
      connection,
      `select (select count(*) from prev.meta.file_state) as states,
              (select count(distinct source_path) from (select source_path from prev.raw.profiles union all select source_path from prev.raw.rejects)) as raw_files`,
    );
    if (Number(counts!.states) !== Number(counts!.raw_files)) {
      return { attached: true, files: new Map(), note: `previous warehouse's cache is inconsistent (${counts!.states} file states, ${counts!.raw_files} files in raw); re-parsing everything` };
    }
    const rows = await queryRows(connection, "select source_path, size_bytes, mtime_ms, content_hash, parser_version from prev.meta.file_state");
    const files = new Map<string, FileState>(
      rows.map((r) => [
        String(r.source_path),
        { sourcePath: String(r.source_path), sizeBytes: Number(r.size_bytes), mtimeMs: Number(r.mtime_ms), contentHash: String(r.content_hash), parserVersion: String(r.parser_version) },
      ]),
    );
    return { attached: true, files };
  } catch (e) {
    return { attached: true, files: new Map(), note: `previous warehouse has no usable cache (${firstLine(e)}); re-parsing everything` };
  }
}

const firstLine = (e: unknown) => (e as Error).message.split("\n")[0];
