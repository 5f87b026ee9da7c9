// npm run fuzz -- [--cases N] [--seed S]: the long fuzz run, over every fixture page and the
// pages of the shipped sample. Exits 1 and prints each failing seed (re-runnable) on any failure.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Command } from "commander";
import { fuzzParsers } from "./fuzz-parsers.ts";

const root = fileURLToPath(new URL("..", import.meta.url));

const program = new Command("fuzz")
  .option("--cases <n>", "mutated inputs to try", "20000")
  .option("--seed <s>", "seed; the same seed tries the same inputs", "canon-long")
  .action((opts: { cases: string; seed: string }) => {
    const dir = join(root, "tests/fixtures/pages");
    const sample = join(root, "data/sample");
    const pages = [
      ...readdirSync(dir).filter((f) => !f.endsWith(".json")).map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(dir, f))) })),
      ...readdirSync(sample).filter((f) => /^\d/.test(f)).slice(0, 40).map((f) => ({ name: `sample/${f}`, bytes: new Uint8Array(readFileSync(join(sample, f))) })),
    ];
    const started = performance.now();
    const report = fuzzParsers(pages, Number(opts.cases), opts.seed);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    for (const f of report.failures) process.stderr.write(`fuzz: FAIL seed ${f.seed} (${f.applied.join(" + ")}): ${f.problem}\n`);
    process.stderr.write(
      `fuzz: ${report.inputs} inputs from ${pages.length} pages in ${seconds} s: ${report.records} records, ` +
        `${Object.entries(report.rejections).map(([k, n]) => `${n} ${k}`).join(", ")}; ${report.failures.length} failures; slowest ${report.slowestMs.toFixed(1)} ms\n`,
    );
    process.exitCode = report.failures.length ? 1 : 0;
  });

program.parse();
