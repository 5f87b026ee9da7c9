// A folder of pages to Arrow tables: list, parse (in workers when it pays), tabulate. Symbolic
// links are rejected rather than followed, so the ingest only ever reads what is in the folder.
import { listFiles, type InputFile } from "./list-files.ts";
import { parseFiles, type ParseOptions } from "./parse-files.ts";
import type { IngestedFile } from "./record.ts";
import { toArrowTables, type IngestTables } from "./to-arrow.ts";

export interface FolderIngest {
  files: IngestedFile[];
  tables: IngestTables;
  parsed: number;
  rejected: number;
}

export async function ingestFolder(root: string, options: ParseOptions = {}): Promise<FolderIngest> {
  return ingestFiles(await listFiles(root), options);
}

/** The same for files already listed: the pipeline passes only those it has to parse. */
export async function ingestFiles(listed: InputFile[], options: ParseOptions = {}): Promise<FolderIngest> {
  const links = listed.filter((f) => f.isSymlink);
  const regular = listed.filter((f) => !f.isSymlink);
  const parsedFiles = await parseFiles(regular, options);
  const linkRejects: IngestedFile[] = links.map((f) => ({
    sourcePath: f.path,
    contentHash: "",
    sizeBytes: 0,
    rendering: null,
    result: { ok: false, kind: "unreadable", reason: "symbolic link, not followed" },
  }));
  const files = [...parsedFiles, ...linkRejects].sort((a, b) => (a.sourcePath < b.sourcePath ? -1 : a.sourcePath > b.sourcePath ? 1 : 0));
  const parsed = files.filter((f) => f.result.ok).length;
  return { files, tables: toArrowTables(files), parsed, rejected: files.length - parsed };
}
