// Reads a ranged JSON-lines file (reports/data/ranged-writer.ts) with HTTP Range requests: the
// 16-byte tail, the footer, then only the blocks asked for. Blocks are cached, so paging back and
// forth costs nothing. A server that ignores Range sends the whole file once; that works too.
const TAIL_BYTES = 16;
const decoder = new TextDecoder();

export async function openRanged(file) {
  const url = typeof file === "string" ? file : file.href;
  const reader = new RangedReader(url);
  await reader.open();
  return reader;
}

class RangedReader {
  constructor(url) {
    this.url = url;
    this.whole = null; // the body, when the server answered 200 to a range request
    this.blocks = new Map();
    this.bytesRead = 0;
  }

  async open() {
    const tail = await this.bytes(`-${TAIL_BYTES}`);
    const footerOffset = Number(decoder.decode(tail).trim());
    const footer = JSON.parse(decoder.decode(await this.bytes(`${footerOffset}-`)).split("\n")[0]);
    if (footer.format !== "ranged-jsonl/1") throw new Error(`${this.url}: not a ranged JSON-lines file`);
    this.meta = footer.meta;
    this.sections = footer.sections;
  }

  /** Number of entries in a section. */
  size(section) {
    return this.directory(section).reduce((n, b) => n + b[3], 0);
  }

  /** The value stored under key, or undefined. */
  async get(section, key) {
    const blocks = this.directory(section);
    const i = lastAtOrBefore(blocks, key);
    if (i < 0) return undefined;
    const hit = (await this.block(section, i)).find((e) => e[0] === key);
    return hit?.[1];
  }

  /** Every [key, value] whose key starts with prefix, in key order. */
  async scan(section, prefix) {
    const blocks = this.directory(section);
    const out = [];
    for (let i = Math.max(0, lastAtOrBefore(blocks, prefix)); i < blocks.length; i++) {
      if (i > 0 && blocks[i][0] > prefix && !blocks[i][0].startsWith(prefix)) break;
      for (const e of await this.block(section, i)) if (e[0].startsWith(prefix)) out.push(e);
    }
    return out;
  }

  /** Entries start ≤ i < end of a section, by position (the nth key in key order). */
  async slice(section, start, end) {
    const blocks = this.directory(section);
    const out = [];
    let first = 0;
    for (let i = 0; i < blocks.length && first < end; first += blocks[i][3], i++) {
      if (first + blocks[i][3] <= start) continue;
      const entries = await this.block(section, i);
      out.push(...entries.slice(Math.max(0, start - first), end - first));
    }
    return out;
  }

  /** A record line, by its extent. */
  async record({ offset, length }) {
    return JSON.parse(decoder.decode(await this.bytes(`${offset}-${offset + length - 1}`)));
  }

  directory(section) {
    const blocks = this.sections[section];
    if (!blocks) throw new Error(`${this.url}: no section ${section}`);
    return blocks;
  }

  async block(section, i) {
    const key = `${section}/${i}`;
    if (!this.blocks.has(key)) {
      const [, offset, length] = this.sections[section][i];
      this.blocks.set(key, this.bytes(`${offset}-${offset + length - 1}`).then((b) => parseLines(decoder.decode(b))));
    }
    return this.blocks.get(key);
  }

  async bytes(range) {
    if (this.whole) return sliceRange(await this.whole, range);
    const response = await fetch(this.url, { headers: { Range: `bytes=${range}` } });
    if (response.status === 206) {
      const buffer = new Uint8Array(await response.arrayBuffer());
      this.bytesRead += buffer.length;
      return buffer;
    }
    if (!response.ok) throw new Error(`${this.url}: HTTP ${response.status}`);
    this.whole = response.arrayBuffer().then((b) => new Uint8Array(b));
    this.bytesRead += (await this.whole).length;
    return sliceRange(await this.whole, range);
  }
}

/** Rows back from {column: values[]} (ranged-writer.ts columnar). */
export function rowsOf(columns) {
  const names = Object.keys(columns ?? {});
  const n = names.length ? columns[names[0]].length : 0;
  return Array.from({ length: n }, (_, i) => Object.fromEntries(names.map((name) => [name, columns[name][i]])));
}

function parseLines(text) {
  return text.split("\n").filter((line) => line).map((line) => JSON.parse(line));
}

// The last block whose first key is ≤ key (blocks are in key order).
function lastAtOrBefore(blocks, key) {
  let lo = 0;
  let hi = blocks.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid][0] <= key) (found = mid), (lo = mid + 1);
    else hi = mid - 1;
  }
  return found;
}

function sliceRange(buffer, range) {
  const [a, b] = range.split("-");
  if (a === "") return buffer.subarray(buffer.length - Number(b));
  return buffer.subarray(Number(a), b === "" ? buffer.length : Number(b) + 1);
}
