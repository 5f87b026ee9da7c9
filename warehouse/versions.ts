// What produced a warehouse: the code (package version and git commit) and the parser. The
// parser version is a hash of the ingest sources, so any change to how pages are read makes the
// incremental cache miss by itself, with nothing to remember to bump.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

export function parserVersion(): string {
  const dir = `${root}ingest/`;
  const hash = createHash("sha256");
  for (const f of readdirSync(dir).filter((f) => /\.(ts|mjs)$/.test(f)).sort()) hash.update(f).update(readFileSync(dir + f));
  return hash.digest("hex").slice(0, 12);
}

export function codeVersion(): string {
  const { version } = JSON.parse(readFileSync(`${root}package.json`, "utf8")) as { version: string };
  const git = spawnSync("git", ["rev-parse", "--short=12", "HEAD"], { cwd: root, encoding: "utf8" });
  const dirty = spawnSync("git", ["status", "--porcelain", "--untracked-files=no"], { cwd: root, encoding: "utf8" });
  if (git.status !== 0) return version;
  return `${version}+${git.stdout.trim()}${dirty.stdout.trim() ? "-dirty" : ""}`;
}
