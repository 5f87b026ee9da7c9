// Ways a page can arrive broken, each a pure function of the bytes and a seeded random source,
// so a failure found once is found again from its seed.
import seedrandom from "seedrandom";

export type Random = () => number;
export const randomFrom = (seed: string): Random => seedrandom(seed);

const int = (rnd: Random, n: number) => Math.floor(rnd() * n);
const pick = <T>(rnd: Random, xs: readonly T[]): T => xs[int(rnd, xs.length)]!;
const bytes = (s: string) => new Uint8Array(Buffer.from(s, "utf8"));
const text = (b: Uint8Array) => Buffer.from(b).toString("utf8");

function shuffle<T>(rnd: Random, xs: T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = int(rnd, i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Paragraph blocks of a text dump, or sections of an HTML page, with what lies between them. */
function parts(page: string): { head: string; parts: string[]; tail: string } {
  if (page.trimStart().startsWith("<")) {
    const first = page.indexOf("<section");
    const last = page.lastIndexOf("</section>") + "</section>".length;
    if (first < 0 || last < first) return { head: page, parts: [], tail: "" };
    const body = page.slice(first, last);
    return { head: page.slice(0, first), parts: body.split(/(?<=<\/section>)\n/), tail: page.slice(last) };
  }
  return { head: "", parts: page.split("\n\n"), tail: "" };
}
const join = (p: ReturnType<typeof parts>, xs: string[], html: boolean) => p.head + xs.join(html ? "\n" : "\n\n") + p.tail;

export const MUTATIONS: Record<string, (page: Uint8Array, rnd: Random) => Uint8Array> = {
  "flip bytes": (page, rnd) => {
    const out = Uint8Array.from(page);
    for (let k = 1 + int(rnd, 8); k > 0; k--) out[int(rnd, out.length)] = int(rnd, 256);
    return out;
  },
  "delete a range": (page, rnd) => {
    const at = int(rnd, page.length);
    const n = 1 + int(rnd, 400);
    return Uint8Array.from([...page.subarray(0, at), ...page.subarray(at + n)]);
  },
  "insert junk": (page, rnd) => {
    const at = int(rnd, page.length);
    const junk = pick(rnd, ["\u0000", "\uFFFD", "<", "</section>", "\n\n", "•", "—", "<div>", "&amp;", "  • ", "$", "k ("]);
    return Uint8Array.from([...page.subarray(0, at), ...bytes(junk), ...page.subarray(at)]);
  },
  "invalid UTF-8": (page, rnd) => {
    const at = int(rnd, page.length);
    return Uint8Array.from([...page.subarray(0, at), pick(rnd, [0xff, 0xc3, 0xe2, 0x80, 0xf8]), ...page.subarray(at)]);
  },
  "delete lines": (page, rnd) => {
    const lines = text(page).split("\n");
    for (let k = 1 + int(rnd, 4); k > 0; k--) lines.splice(int(rnd, lines.length), 1);
    return bytes(lines.join("\n"));
  },
  "duplicate lines": (page, rnd) => {
    const lines = text(page).split("\n");
    const at = int(rnd, lines.length);
    lines.splice(at, 0, ...lines.slice(at, at + 1 + int(rnd, 5)));
    return bytes(lines.join("\n"));
  },
  "swap lines": (page, rnd) => {
    const lines = text(page).split("\n");
    const a = int(rnd, lines.length);
    const b = int(rnd, lines.length);
    [lines[a], lines[b]] = [lines[b]!, lines[a]!];
    return bytes(lines.join("\n"));
  },
  "shuffle sections": (page, rnd) => {
    const s = text(page);
    const p = parts(s);
    return bytes(join(p, shuffle(rnd, p.parts), s.trimStart().startsWith("<")));
  },
  "duplicate a section": (page, rnd) => {
    const s = text(page);
    const p = parts(s);
    const xs = [...p.parts];
    const at = int(rnd, xs.length);
    xs.splice(at, 0, xs[at] ?? "");
    return bytes(join(p, xs, s.trimStart().startsWith("<")));
  },
  "huge line": (page, rnd) => {
    const lines = text(page).split("\n");
    lines.splice(int(rnd, lines.length), 0, "x".repeat(200_000 + int(rnd, 600_000)));
    return bytes(lines.join("\n"));
  },
  "deep nesting": (page, rnd) => {
    // Deep inside an element the parsers read (a list item, a cell), closed or left open.
    const s = text(page);
    const openings = [...s.matchAll(/<(li|td|p|dd|h2|ul|section)[^>]*>/g)].map((m) => m.index! + m[0].length);
    const at = openings.length ? pick(rnd, openings) : int(rnd, s.length);
    const depth = 2_000 + int(rnd, 40_000);
    const tag = pick(rnd, ["b", "div", "span"]);
    return bytes(s.slice(0, at) + `<${tag}>`.repeat(depth) + "deep" + (int(rnd, 2) ? `</${tag}>`.repeat(depth) : "") + s.slice(at));
  },
  "truncate": (page, rnd) => page.subarray(0, int(rnd, page.length)),
};

export const MUTATION_NAMES = Object.keys(MUTATIONS);

/** One fuzz case: 1–3 mutations chosen and applied from the seed. */
export function mutate(page: Uint8Array, seed: string): { bytes: Uint8Array; applied: string[] } {
  const rnd = randomFrom(seed);
  let out = page;
  const applied: string[] = [];
  for (let k = 1 + int(rnd, 3); k > 0; k--) {
    const name = pick(rnd, MUTATION_NAMES);
    out = MUTATIONS[name]!(out, rnd);
    applied.push(name);
  }
  return { bytes: out, applied };
}
