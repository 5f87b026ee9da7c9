// Benchmark corpora: generated once per size and seed under bench/corpora/ (git-ignored) and
// reused, since the generator is deterministic. A stamp file marks a corpus written to the end.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Manifest } from "../generate/manifest.ts";

const root = fileURLToPath(new URL("..", import.meta.url));

export interface Corpus {
  dir: string;
  manifest: Manifest;
}

export function ensureCorpus(profiles: number, seed = "1", faults = Math.ceil(profiles / 1000)): Corpus {
  const dir = `${root}bench/corpora/p${profiles}-f${faults}-s${seed}`;
  const stamp = `${dir}/.complete`;
  if (!existsSync(stamp)) {
    rmSync(dir, { recursive: true, force: true });
    process.stderr.write(`bench: generating ${profiles} profiles into ${dir}\n`);
    const r = spawnSync(process.execPath, ["--import", "tsx", "generate/cli.ts", "--profiles", String(profiles), "--faults", String(faults), "--seed", seed, "--out", dir, "--no-expected"], {
      cwd: root,
      stdio: ["ignore", "inherit", "inherit"],
    });
    if (r.status !== 0) throw new Error(`generating the corpus failed (exit ${r.status})`);
    writeFileSync(stamp, new Date().toISOString());
  }
  return { dir, manifest: JSON.parse(readFileSync(manifestPath(dir), "utf8")) as Manifest };
}

export function manifestPath(dir: string): string {
  for (const name of [".manifest.json", "manifest.json"]) if (existsSync(`${dir}/${name}`)) return `${dir}/${name}`;
  throw new Error(`${dir} has no manifest`);
}
