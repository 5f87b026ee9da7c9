// Which files an input folder holds. Symbolic links are listed but never followed: a link can
// point anywhere on the machine, and what is ingested must be what is in the folder.
import type { Dirent } from "node:fs";
import { readdir } from "node:fs/promises";
import { join, relative, sep } from "node:path";

export interface InputFile {
  /** Relative to the input folder, with forward slashes: stable across machines. */
  path: string;
  absolute: string;
  isSymlink: boolean;
  /** A named pipe, socket or device: never opened (reading a pipe would wait forever). */
  special?: string;
}

function specialKind(e: Dirent): string | undefined {
  if (e.isFIFO()) return "a named pipe";
  if (e.isSocket()) return "a socket";
  if (e.isCharacterDevice() || e.isBlockDevice()) return "a device";
  return undefined;
}

export async function listFiles(root: string): Promise<InputFile[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files: InputFile[] = [];
  for (const e of entries) {
    const special = specialKind(e);
    if (!e.isFile() && !e.isSymbolicLink() && !special) continue;
    const absolute = join(e.parentPath, e.name);
    const path = relative(root, absolute).split(sep).join("/");
    // Hidden files (editor swap files, .DS_Store) and our own manifest are not pages.
    if (path.split("/").some((part) => part.startsWith("."))) continue;
    files.push(special ? { path, absolute, isSymlink: false, special } : { path, absolute, isSymlink: e.isSymbolicLink() });
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
