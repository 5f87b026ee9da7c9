// npm run generate -- --profiles N --out DIR [--seed S] [--faults K] [--no-expected]
// Writes a synthetic corpus (generate/README.md). Bad arguments: one line on stderr, exit 2.
import { Command, InvalidArgumentError } from "commander";
import { MAX_PROFILES } from "./corpus.ts";
import { writeCorpus } from "./write-corpus.ts";

const count = (name: string, min: number, max: number) => (value: string) => {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`${name} must be a whole number, not ${JSON.stringify(value)}`);
  const n = Number(value);
  if (n < min || n > max) throw new InvalidArgumentError(`${name} must be from ${min} to ${max}`);
  return n;
};

const program = new Command()
  .name("generate")
  .description("Generate a deterministic synthetic corpus of Canon taxonomy profile pages, with a manifest of what each file must parse to.")
  .requiredOption("--profiles <N>", "profile files to write (each page in one rendering)", count("--profiles", 1, MAX_PROFILES))
  .requiredOption("--out <DIR>", "folder to write into; files a previous manifest there lists are replaced, others are left alone")
  .option("--seed <S>", "seed: the same seed and options give the same bytes", "1")
  .option("--faults <K>", "extra files that are not whole pages, each with the rejection it must get", count("--faults", 0, 10_000), 0)
  .option("--no-expected", "skip .expected.jsonl (the full expected records), for benchmark corpora")
  .showHelpAfterError(false)
  .configureOutput({ writeErr: (s) => process.stderr.write(s.split("\n")[0] + "\n") })
  .exitOverride();

try {
  program.parse();
} catch (e) {
  const code = (e as { exitCode?: number; code?: string }).code;
  process.exit(code === "commander.helpDisplayed" || code === "commander.version" ? 0 : 2);
}

const o = program.opts<{ profiles: number; out: string; seed: string; faults: number; expected: boolean }>();
const started = performance.now();
try {
  const m = writeCorpus({ out: o.out, seed: o.seed, profiles: o.profiles, faults: o.faults, expected: o.expected });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const c = m.counts;
  console.log(
    `wrote ${c.files} files to ${o.out} in ${seconds}s: ${c.profileFiles} profile files (${c.byRendering.text} text, ${c.byRendering.html} html; ` +
      `${c.profileIds} profiles, ${c.profileVersions} versions, ${c.focuses} focuses), ${c.faults} faults`,
  );
} catch (e) {
  process.stderr.write(`error: ${(e as Error).message}\n`);
  process.exit(1);
}
