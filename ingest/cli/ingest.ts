// npm run ingest -- DIR --out DIR: parse a folder of pages and write one Arrow IPC file per table.
import { existsSync, statSync } from "node:fs";
import { Command, InvalidArgumentError } from "commander";
import { ingestFolder } from "../ingest-folder.ts";
import { writeArrowFiles } from "../to-arrow.ts";

const count = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError("expected a whole number");
  return n;
};

const program = new Command("ingest")
  .description("Parse a folder of profile pages into Arrow IPC files, one per table")
  .argument("<input>", "folder of pages (searched recursively)")
  .requiredOption("--out <dir>", "folder for the .arrow files")
  .option("--workers <n>", "parse threads (0 = none; default: one per core for large folders)", count)
  .showHelpAfterError()
  .action(async (input: string, opts: { out: string; workers?: number }) => {
    if (!existsSync(input) || !statSync(input).isDirectory()) {
      process.stderr.write(`ingest: ${input}: not a folder\n`);
      process.exit(2);
    }
    const started = performance.now();
    const result = await ingestFolder(input, opts.workers === undefined ? {} : { workers: opts.workers });
    for (const f of result.files) if (!f.result.ok) process.stderr.write(`${f.sourcePath}: rejected (${f.result.kind}): ${f.result.reason}\n`);
    await writeArrowFiles(result.tables, opts.out);
    const seconds = (performance.now() - started) / 1000;
    const rows = Object.entries(result.tables).map(([name, t]) => `${name} ${t.numRows}`).join(", ");
    process.stderr.write(
      `ingest: ${result.files.length} files, ${result.parsed} parsed, ${result.rejected} rejected in ${seconds.toFixed(2)} s (${Math.round(result.files.length / seconds)} files/s); wrote ${opts.out}: ${rows}\n`,
    );
  });

await program.parseAsync();
