// A folder of pages to Arrow tables: list, parse (in workers when it pays), tabulate. Symbolic
// links are rejected rather than followed, so the ingest only ever reads what is in the folder.
import { RecordBatch, Table } from "apache-arrow";
import { TABLES } from "./arrow-schema.ts";
import { listFiles, type InputFile } from "./list-files.ts";
import { parseToArrow, type ParseOptions } from "./parse-files.ts";
import type { FileOutcome, IngestedFile } from "./record.ts";
import { toArrowTable, type IngestTables } from "./to-arrow.ts";

export interface FolderIngest {
  /** Every file, in path order, with its outcome; the records themselves are in `tables`. */
  files: FileOutcome[];
  tables: IngestTables;
  parsed: number;
  rejected: number;
}

export async function ingestFolder(root: string, options: ParseOptions = {}): Promise<FolderIngest> {
  return ingestFiles(await listFiles(root), options);
}

/** The same for files already listed: the pipeline passes only those it has to parse. */
export async function ingestFiles(listed: InputFile[], options: ParseOptions = {}): Promise<FolderIngest> {
  const { outcomes, tables } = await parseToArrow(
    listed.filter((f) => !f.isSymlink && !f.special),
    options,
  );
  const links: IngestedFile[] = listed
    .filter((f) => f.isSymlink || f.special)
    .map((f) => ({
      sourcePath: f.path, contentHash: "", sizeBytes: 0, rendering: null,
      result: { ok: false, kind: "unreadable", reason: f.special ? `not a regular file (${f.special}), not read` : "symbolic link, not followed" },
    }));
  if (links.length) {
    const rejects = TABLES.find((t) => t.name === "rejects")!;
    const extra = toArrowTable(rejects, links);
    tables.rejects = new Table(extra.schema, [...tables.rejects.batches, ...extra.batches].map((b) => new RecordBatch(extra.schema, b.data)));
  }
  const files = [...outcomes, ...(links as FileOutcome[])].sort((a, b) => (a.sourcePath < b.sourcePath ? -1 : a.sourcePath > b.sourcePath ? 1 : 0));
  const parsed = files.filter((f) => f.result.ok).length;
  return { files, tables, parsed, rejected: files.length - parsed };
}
