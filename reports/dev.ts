// npm run reports:dev -- [--db FILE] [--port N]: Framework's live preview of reports/, its loaders
// reading the warehouse named by --db (default: the published one). The loader cache is cleared
// first, so the preview does not show what an earlier build or another warehouse left there.
import { spawn } from "node:child_process";
import { delimiter, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { clearLoaderCache } from "./build.ts";
import { DEFAULT_DB } from "../warehouse/paths.ts";

const REPO = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
clearLoaderCache();
const bin = join(REPO, "node_modules", ".bin");
const child = spawn(join(bin, "observable"), ["preview", "--no-open", "--port", option("--port") ?? "3000"], {
  cwd: REPO,
  stdio: "inherit",
  env: { ...process.env, CANON_DB: resolve(option("--db") ?? DEFAULT_DB), OBSERVABLE_TELEMETRY_DISABLE: "true", PATH: `${bin}${delimiter}${process.env.PATH ?? ""}` },
});
child.on("close", (code) => process.exit(code ?? 0));
