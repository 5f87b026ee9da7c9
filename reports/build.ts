// Builds the dashboards from one warehouse file: clears Framework's loader cache (a loader's
// output is otherwise reused until the loader's own file changes, so the site would show the
// previous run's data), then runs `observable build` with CANON_DB pointing the loaders at the
// warehouse. One build at a time: the cache lives in reports/.observablehq/, shared by every build.
//
//   npm run reports:build -- [--db FILE] [--out DIR]
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { delimiter, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import lockfile from "proper-lockfile";
import { DEFAULT_DB } from "../warehouse/paths.ts";

export interface BuildLog {
  info(s: string): void;
  warn(s: string): void;
}

export interface BuildOptions {
  /** Output folder; default dist/ at the repository root. */
  output?: string;
}

const REPO = fileURLToPath(new URL("..", import.meta.url));
const STATE = join(REPO, "reports", ".observablehq");
export const DEFAULT_OUTPUT = join(REPO, "dist");

export async function buildReports(dbPath: string, log: BuildLog, options: BuildOptions = {}): Promise<{ output: string; ms: number }> {
  const db = resolve(dbPath);
  const output = resolve(options.output ?? DEFAULT_OUTPUT);
  if (!existsSync(db)) throw new Error(`reports: warehouse ${db} does not exist; run \`npm run pipeline\` first`);
  assertReplaceable(output);
  const started = performance.now();
  mkdirSync(STATE, { recursive: true });
  const release = await lockfile.lock(STATE, {
    realpath: false,
    lockfilePath: join(STATE, "build.lock"),
    stale: 30_000,
    update: 10_000,
    retries: { retries: 600, minTimeout: 1000, maxTimeout: 1000 },
    // proper-lockfile throws from a timer when it could not refresh the lock in time (a loaded
    // machine); the build goes on, and says so, rather than crash the process that called it.
    onCompromised: (e) => log.warn(`reports: the build lock was taken over (${e.message}); another build may share the loader cache`),
  });
  try {
    clearLoaderCache();
    // Built beside the output and moved over it when complete, as the warehouse is published: a
    // failed build leaves the previous site as it was.
    const building = `${output}.building`;
    rmSync(building, { recursive: true, force: true });
    let lines: string[];
    try {
      lines = await observableBuild({ CANON_DB: db, CANON_REPORTS_OUT: building });
    } catch (e) {
      rmSync(building, { recursive: true, force: true });
      throw e;
    }
    rmSync(output, { recursive: true, force: true });
    renameSync(building, output);
    const pages = lines.filter((l) => /\.html$/.test(l.trim())).length;
    const ms = Math.round(performance.now() - started);
    log.info(`reports: built ${pages} pages from ${db} into ${output} in ${(ms / 1000).toFixed(1)} s`);
    return { output, ms };
  } finally {
    await release().catch(() => {}); // already released when it was taken over
  }
}

// Every loader's output goes; the bundles Framework makes of node_modules packages (_node/, keyed
// by package version) stay, as they do not depend on the data and take seconds to rebuild.
export function clearLoaderCache(): void {
  const cache = join(STATE, "cache");
  if (!existsSync(cache)) return;
  for (const entry of readdirSync(cache)) if (entry !== "_node") rmSync(join(cache, entry), { recursive: true, force: true });
}

// A folder the site may replace: none yet, an empty one, or a site Framework built.
function assertReplaceable(output: string): void {
  if (existsSync(output) && readdirSync(output).length > 0 && !existsSync(join(output, "_observablehq"))) {
    throw new Error(`reports: ${output} is not empty and is not a built site; not replacing it`);
  }
}

// Runs the Framework CLI; resolves with its output lines, rejects with the first error line.
function observableBuild(env: Record<string, string>): Promise<string[]> {
  const bin = join(REPO, "node_modules", ".bin");
  const child = spawn(join(bin, "observable"), ["build"], {
    cwd: REPO,
    env: { ...process.env, ...env, OBSERVABLE_TELEMETRY_DISABLE: "true", NO_COLOR: "1", PATH: `${bin}${delimiter}${process.env.PATH ?? ""}` },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let text = "";
  child.stdout.on("data", (d) => (text += d));
  child.stderr.on("data", (d) => (text += d));
  return new Promise((resolveLines, reject) => {
    child.on("error", (e) => reject(new Error(`reports: cannot run observable build: ${e.message}`)));
    child.on("close", (code) => {
      const lines = text.split("\n");
      if (code === 0) return resolveLines(lines);
      const plain = lines.map((l) => l.replace(/\x1b\[[0-9;]*m/g, "").trim()).filter(Boolean);
      // A loader's own one-line message ("overview.json.ts: …", printed after Framework's "load …
      // →" on the same line) says more than Framework's summary.
      const loader = plain.map((l) => /(?:^|\s)([\w-]+\.\w+\.ts: .*)$/.exec(l)?.[1]).find(Boolean);
      const first = loader ?? plain.find((l) => /error|failed|exited|not found/i.test(l)) ?? plain.at(-1) ?? `exit code ${code}`;
      reject(new Error(`reports: observable build failed: ${first}`));
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const log: BuildLog = { info: (s) => process.stderr.write(`${s}\n`), warn: (s) => process.stderr.write(`warning: ${s}\n`) };
  try {
    await buildReports(option("--db") ?? DEFAULT_DB, log, { output: option("--out") ?? DEFAULT_OUTPUT });
  } catch (e) {
    process.stderr.write(`${(e as Error).message.split("\n")[0]}\n`);
    process.exit(1);
  }
}
