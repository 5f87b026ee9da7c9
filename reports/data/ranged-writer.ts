// Writes a "ranged" JSON-lines file: data a page reads a few kilobytes at a time with HTTP Range
// requests, so a page over 100,000 profiles fetches one profile, or one search term, not all.
// Framework makes one file per loader run, and re-reads an archive for every member it extracts;
// a single file with a directory at its end (as Parquet and zip do) needs one run and no archive.
//
// Every line is JSON. In order:
//   records       any value, one a line, each addressed by its {offset, length} in bytes
//   sections      per section, its entries in key order, one a line as [key, value], grouped
//                 into blocks of about blockBytes; a block is read whole
//   footer        {"format": "ranged-jsonl/1", "meta": …, "sections": {name: [[firstKey, offset,
//                 length, count], …]}}
//   tail          the footer's byte offset, right-aligned in 15 characters, then "\n" (16 bytes)
// A reader fetches the last 16 bytes, then the footer, then the blocks it needs
// (reports/components/ranged-reader.js).
import type { Writable } from "node:stream";

export interface Extent {
  offset: number;
  length: number;
}

type Block = [firstKey: string, offset: number, length: number, count: number];

export const TAIL_BYTES = 16;

export class RangedWriter {
  private offset = 0;
  private readonly sections: Record<string, Block[]> = {};

  constructor(private readonly out: Writable) {}

  /** Writes one record, already serialized as JSON (one line: JSON text never holds a raw newline); returns where it is. */
  async recordJson(json: string): Promise<Extent> {
    if (json.includes("\n")) throw new Error("ranged file: a record must be one line of JSON");
    return this.write(json + "\n");
  }

  /** Writes a section's entries, which must come in strictly increasing key order (JS string order). */
  async section(name: string, entries: Iterable<[string, unknown]> | AsyncIterable<[string, unknown]>, blockBytes = 32 * 1024): Promise<number> {
    if (this.sections[name]) throw new Error(`ranged file: section ${name} written twice`);
    const blocks: Block[] = (this.sections[name] = []);
    let lines: string[] = [];
    let bytes = 0;
    let first = "";
    let previous: string | undefined;
    let count = 0;
    const flush = async () => {
      if (lines.length === 0) return;
      const { offset, length } = await this.write(lines.join(""));
      blocks.push([first, offset, length, lines.length]);
      lines = [];
      bytes = 0;
    };
    for await (const [key, value] of entries) {
      if (previous !== undefined && !(previous < key)) throw new Error(`ranged file: section ${name} keys out of order: ${JSON.stringify(previous)} then ${JSON.stringify(key)}`);
      previous = key;
      if (lines.length === 0) first = key;
      const line = JSON.stringify([key, value]) + "\n";
      lines.push(line);
      bytes += Buffer.byteLength(line);
      count++;
      if (bytes >= blockBytes) await flush();
    }
    await flush();
    return count;
  }

  /** Writes the footer and the tail; the file is complete. */
  async end(meta: unknown = {}): Promise<number> {
    const footerOffset = this.offset;
    await this.write(JSON.stringify({ format: "ranged-jsonl/1", meta, sections: this.sections }) + "\n");
    await this.write(String(footerOffset).padStart(TAIL_BYTES - 1) + "\n");
    return this.offset;
  }

  private async write(text: string): Promise<Extent> {
    const offset = this.offset;
    const length = Buffer.byteLength(text);
    this.offset += length;
    if (!this.out.write(text)) await new Promise<void>((resolve) => this.out.once("drain", () => resolve()));
    return { offset, length };
  }
}

/** Rows as {column: values[]}: a tenth of the bytes of an array of objects for wide rows (components/ranged-reader.js rowsOf undoes it). */
export function columnar(rows: Record<string, unknown>[]): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const name of Object.keys(rows[0] ?? {})) out[name] = rows.map((r) => r[name]);
  return out;
}

/** Runs a ranged loader: fn writes into the file, which goes to stdout. */
export async function emitRanged(fn: (w: RangedWriter) => Promise<unknown>): Promise<void> {
  const writer = new RangedWriter(process.stdout);
  const meta = await fn(writer);
  await writer.end(meta ?? {});
  await new Promise<void>((resolve, reject) => process.stdout.write("", (e) => (e ? reject(e) : resolve())));
}
