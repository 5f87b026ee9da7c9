// npm run pipeline -- [--input DIR] [--db FILE] [--no-reports] [--strict] …
// Parses the pages, builds, checks and publishes the warehouse, then the dashboards. Exits 0 when
// it published, 1 when it did not (failed checks, --strict), 2 on bad arguments, 75 when another
// pipeline holds the warehouse.
import { existsSync, statSync } from "node:fs";
import { Command, InvalidArgumentError } from "commander";
import { createConsola } from "consola";
import { AlreadyRunning } from "../lock.ts";
import { runPipeline } from "../pipeline.ts";
import { exportParquet } from "../export-parquet.ts";
import { parseProgress } from "./progress.ts";
import { DEFAULT_DB, DEFAULT_INPUT } from "../paths.ts";
import { buildReports } from "../../reports/build.ts";

// Fancy output (icons, colour) on a terminal; one plain "[level] message" line per event in a log.
// Everything goes to stderr: stdout stays free for anything a caller may want to pipe. The level
// is set because consola otherwise goes quiet whenever NODE_ENV or TEST says "test".
const log = createConsola({ level: 3, fancy: Boolean(process.stderr.isTTY), stdout: process.stderr, stderr: process.stderr, formatOptions: { date: false, compact: true } });

const whole = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError("expected a whole number");
  return n;
};

const program = new Command("pipeline")
  .description("Parse a folder of Canon taxonomy pages into a DuckDB warehouse, check it, publish it, build the dashboards")
  .option("--input <dir>", "folder of pages, searched recursively", DEFAULT_INPUT)
  .option("--db <file>", "the published warehouse file", DEFAULT_DB)
  .option("--no-reports", "do not build the dashboards")
  .option("--strict", "do not publish when any input file is rejected")
  .option("--currency <code>", "reporting currency for the *_reporting pay columns", "USD")
  .option("--neighbours <k>", "nearest roles kept per profile in marts.role_neighbours", whole, 10)
  .option("--workers <n>", "parse threads (default: one per core for large folders; 0 = none)", whole)
  .option("--export-parquet <dir>", "also write the core and marts tables as Parquet files into DIR")
  .showHelpAfterError()
  .action(async (opts: { input: string; db: string; reports: boolean; strict?: boolean; currency: string; neighbours: number; workers?: number; exportParquet?: string }) => {
    if (!existsSync(opts.input) || !statSync(opts.input).isDirectory()) {
      log.error(`pipeline: input ${opts.input} is not a folder`);
      process.exit(2);
    }
    if (!/^[A-Z]{3}$/.test(opts.currency)) {
      log.error(`pipeline: --currency ${opts.currency} is not an ISO 4217 code such as USD`);
      process.exit(2);
    }
    const progress = parseProgress();
    const started = performance.now();
    try {
      const result = await runPipeline({
        input: opts.input,
        db: opts.db,
        reportingCurrency: opts.currency,
        neighbourK: opts.neighbours,
        strict: opts.strict ?? false,
        ...(opts.workers === undefined ? {} : { workers: opts.workers }),
        log: (line) => {
          progress.stop();
          log.info(line);
        },
        onParseProgress: progress.update,
        ...(opts.exportParquet ? { beforePublish: (db) => exportParquet(db.connection, opts.exportParquet!).then((n) => log.info(`export: ${n} Parquet files in ${opts.exportParquet}`)) } : {}),
      });
      progress.stop();
      for (const note of result.notes) log.warn(note);
      for (const f of result.rejected) log.warn(`rejected ${f.sourcePath}: ${f.result.ok ? "" : `${f.result.reason} (${f.result.kind})`}`);
      for (const c of result.checks.filter((c) => c.failingRows > 0)) {
        (c.severity === "error" ? log.error : log.warn)(`check ${c.check} (${c.severity}): ${c.failingRows} failing rows: ${c.description}`);
      }
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      if (!result.published) {
        log.error(`pipeline: ${result.message} (run ${result.runId}, ${seconds} s)`);
        process.exitCode = 1;
        return;
      }
      log.success(`pipeline: ${result.message}; ${result.seen} files (${result.parsed} parsed, ${result.unchanged} unchanged, ${result.rejected.length} newly rejected) in ${seconds} s, run ${result.runId}`);
      if (opts.reports) {
        // The dashboards, always from the warehouse just published (reports/build.ts clears the loader cache).
        await buildReports(opts.db, log).catch((e: Error) => {
          log.error(`pipeline: published, but the dashboards did not build: ${e.message.split("\n")[0]}`);
          process.exitCode = 1;
        });
      }
    } catch (e) {
      progress.stop();
      if (e instanceof AlreadyRunning) {
        log.error(`pipeline: ${e.message}`);
        process.exit(75);
      }
      log.error(`pipeline: failed: ${(e as Error).message.split("\n")[0]}`);
      process.exitCode = 1;
    }
  });

await program.parseAsync();
