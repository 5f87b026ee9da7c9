// npm run bench -- [--sizes 10000,100000] [--suite ingest]
// Prints the figures and keeps them, with the machine described, in bench/results/.
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Command } from "commander";
import { ensureCorpus } from "./corpus.ts";
import { benchDistances } from "./distances.ts";
import { benchIngest } from "./ingest.ts";
import { benchPipeline } from "./pipeline.ts";
import { describeMachine } from "./machine.ts";
import { scaleMarkdown, scaleSvg } from "./scale-doc.ts";

const SUITES = { ingest: benchIngest, pipeline: benchPipeline, distances: benchDistances } as const;

const program = new Command("bench")
  .option("--sizes <list>", "corpus sizes in profiles, comma-separated", "10000")
  .option("--suite <name>", `one of: ${Object.keys(SUITES).join(", ")}`, "ingest")
  .option("--seed <s>", "corpus seed", "1")
  .action(async (opts: { sizes: string; suite: keyof typeof SUITES; seed: string }) => {
    const suite = SUITES[opts.suite];
    if (!suite) {
      process.stderr.write(`bench: unknown suite ${opts.suite}\n`);
      process.exit(2);
    }
    const sizes = opts.sizes.split(",").map(Number);
    if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
      process.stderr.write(`bench: --sizes must be whole numbers, got ${opts.sizes}\n`);
      process.exit(2);
    }
    const results = [];
    for (const size of sizes) {
      const corpus = ensureCorpus(size, opts.seed);
      const figures = await suite(corpus);
      results.push({ size, ...figures });
      process.stdout.write(`${opts.suite} @ ${size} profiles:\n${JSON.stringify(figures, null, 2)}\n`);
    }
    const dir = fileURLToPath(new URL("./results/", import.meta.url));
    mkdirSync(dir, { recursive: true });
    const doc = { suite: opts.suite, at: new Date().toISOString(), machine: describeMachine(), results };
    writeFileSync(`${dir}${opts.suite}-latest.json`, JSON.stringify(doc, null, 2) + "\n");
    if (opts.suite === "pipeline") {
      // The scale table and curve go to the docs as well, from these very figures.
      const md = scaleMarkdown(doc as never);
      const docs = fileURLToPath(new URL("../docs/", import.meta.url));
      writeFileSync(`${docs}bench.md`, md);
      writeFileSync(`${docs}bench-curve.svg`, scaleSvg(results as never));
      process.stdout.write(`\n${md.split("\n").filter((l) => l.startsWith("|")).join("\n")}\n(docs/bench.md, docs/bench-curve.svg)\n`);
    }
  });

await program.parseAsync();
