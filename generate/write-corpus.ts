// The I/O edge of the generator: writes a corpus's files, expected.jsonl and manifest.json into
// a folder. Regenerating into the same folder first removes the files the previous manifest
// lists and nothing else, so files put there by hand (the seed pair in data/sample) survive,
// and the generator refuses to overwrite a file it did not write.
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
import { corpusFiles, planCorpus, type CorpusOptions } from "./corpus.ts";
import { MANIFEST_FORMAT, summarize, type ExpectedLine, type FileEntry, type Manifest } from "./manifest.ts";

export const MANIFEST_FILE = ".manifest.json";
export const EXPECTED_FILE = ".expected.jsonl";

export interface WriteOptions extends CorpusOptions {
  out: string;
  /** Write expected.jsonl (the full records); off for benchmark corpora. */
  expected: boolean;
}

export function writeCorpus(options: WriteOptions): Manifest {
  const { out } = options;
  mkdirSync(out, { recursive: true });
  removePrevious(out);

  const plan = planCorpus(options);
  const entries: FileEntry[] = [];
  const made = new Set<string>();
  const expected = options.expected ? new LineWriter(join(out, EXPECTED_FILE)) : null;
  try {
    for (const file of corpusFiles(options, plan)) {
      const path = join(out, file.entry.path);
      const folder = dirname(path);
      if (!made.has(folder)) mkdirSync(folder, { recursive: true }), made.add(folder);
      try {
        writeFileSync(path, file.bytes, { flag: "wx" }); // "wx": never overwrite a file this run did not write
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "EEXIST") throw new Error(`refusing to overwrite ${path}: no previous manifest lists it`);
        throw e;
      }
      entries.push(file.entry);
      const line: ExpectedLine = { path: file.entry.path, expect: file.record ? { ok: true, record: file.record } : (file.entry.expect as ExpectedLine["expect"]) };
      expected?.write(`${JSON.stringify(line)}\n`);
    }
  } finally {
    expected?.close();
  }

  const manifest: Manifest = {
    format: MANIFEST_FORMAT,
    seed: options.seed,
    options: { profiles: options.profiles, faults: options.faults },
    expected: options.expected ? EXPECTED_FILE : null,
    counts: summarize(entries, plan.focuses),
    files: entries,
  };
  writeFileSync(join(out, MANIFEST_FILE), `${JSON.stringify(manifest, null, 1)}\n`);
  return manifest;
}

function removePrevious(out: string): void {
  const path = join(out, MANIFEST_FILE);
  if (!existsSync(path)) return;
  const previous = JSON.parse(readFileSync(path, "utf8")) as Partial<Manifest>;
  if (previous.format !== MANIFEST_FORMAT) throw new Error(`${path} is not a generator manifest; not touching ${out}`);
  for (const f of previous.files ?? []) rmSync(join(out, f.path), { force: true });
  rmSync(join(out, EXPECTED_FILE), { force: true });
  rmSync(path);
}

/** Appends lines to a file in large writes: a 100,000-page corpus has ~1 GB of expected records. */
class LineWriter {
  private readonly fd: number;
  private chunks: string[] = [];
  private size = 0;
  constructor(path: string) {
    this.fd = openSync(path, "w");
  }
  write(line: string): void {
    this.chunks.push(line);
    if ((this.size += line.length) > 8 << 20) this.flush();
  }
  private flush(): void {
    writeSync(this.fd, this.chunks.join(""));
    this.chunks = [];
    this.size = 0;
  }
  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}
