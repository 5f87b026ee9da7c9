// The incremental cache's decisions. A file is unchanged when its path, size and mtime match the
// previous run's record and the parser is the same; a file whose size or mtime moved is hashed,
// and is unchanged still when its bytes are. Only the rest is parsed again.
import { lstat, readFile } from "node:fs/promises";
import type { InputFile } from "../ingest/list-files.ts";
import { sha256 } from "../ingest/read-file.ts";

export interface FileState {
  sourcePath: string;
  sizeBytes: number;
  mtimeMs: number;
  contentHash: string;
  parserVersion: string;
}

export interface StatedFile extends InputFile {
  sizeBytes: number;
  mtimeMs: number;
}

export async function statFiles(files: InputFile[]): Promise<StatedFile[]> {
  return Promise.all(
    files.map(async (f) => {
      try {
        const s = await lstat(f.absolute);
        return { ...f, sizeBytes: s.size, mtimeMs: s.mtimeMs };
      } catch {
        return { ...f, sizeBytes: -1, mtimeMs: -1 }; // unreadable: the parse step records why
      }
    }),
  );
}

export interface Plan {
  unchanged: { file: StatedFile; contentHash: string }[];
  toParse: StatedFile[];
}

export async function planParse(files: StatedFile[], previous: Map<string, FileState>, parser: string): Promise<Plan> {
  const plan: Plan = { unchanged: [], toParse: [] };
  for (const f of files) {
    const before = previous.get(f.path);
    if (!before || before.parserVersion !== parser || f.isSymlink || f.special || f.sizeBytes < 0) {
      plan.toParse.push(f);
    } else if (before.sizeBytes === f.sizeBytes && before.mtimeMs === f.mtimeMs) {
      plan.unchanged.push({ file: f, contentHash: before.contentHash });
    } else if (before.sizeBytes === f.sizeBytes && sha256(await readFile(f.absolute).catch(() => Buffer.alloc(0))) === before.contentHash) {
      plan.unchanged.push({ file: f, contentHash: before.contentHash });
    } else {
      plan.toParse.push(f);
    }
  }
  return plan;
}
