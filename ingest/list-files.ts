// Which files an input folder holds. Symbolic links are listed but never followed: a link can
// point anywhere on the machine, and what is ingested must be what is in the folder.
import { readdir } from "node:fs/promises";
import { join, relative, sep } from "node:path";

export interface InputFile {
  /** Relative to the input folder, with forward slashes: stable across machines. */
  path: string;
  absolute: string;
  isSymlink: boolean;
}

export async function listFiles(root: string): Promise<InputFile[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files: InputFile[] = [];
  for (const e of entries) {
    if (!e.isFile() && !e.isSymbolicLink()) continue;
    const absolute = join(e.parentPath, e.name);
    const path = relative(root, absolute).split(sep).join("/");
    // Hidden files (editor swap files, .DS_Store) and our own manifest are not pages.
    if (path.split("/").some((part) => part.startsWith("."))) continue;
    files.push({ path, absolute, isSymlink: e.isSymbolicLink() });
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
