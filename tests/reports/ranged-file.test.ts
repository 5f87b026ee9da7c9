// The ranged JSON-lines format end to end: written by reports/data/ranged-writer.ts, served by
// reports/serve.ts, read back by reports/components/ranged-reader.js with Range requests.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openRanged, rowsOf } from "../../reports/components/ranged-reader.js";
import { RangedWriter, columnar } from "../../reports/data/ranged-writer.ts";
import { serveDirectory, type Served } from "../../reports/serve.ts";

const KEYS = Array.from({ length: 500 }, (_, i) => `key${String(i).padStart(4, "0")}`);
let dir: string;
let served: Served;
let extents: { offset: number; length: number }[];

beforeAll(async () => {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  const w = new RangedWriter(out);
  extents = [];
  for (const text of ['{"n":1,"text":"<b>é</b>"}', '{"n":2}']) extents.push(await w.recordJson(text));
  await w.section("things", KEYS.map((k, i) => [k, { i, label: `thing ${i} — ✓` }] as [string, unknown]), 1024);
  await w.section("empty", []);
  await w.end({ note: "meta" });
  dir = mkdtempSync(join(tmpdir(), "canon-ranged-"));
  writeFileSync(join(dir, "file.jsonl"), Buffer.concat(chunks));
  served = await serveDirectory(dir);
});

afterAll(async () => {
  await served?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("a ranged file", () => {
  test("is JSON lines throughout, the last one the footer's offset", async () => {
    const bytes = Buffer.from(await (await fetch(`${served.url}/file.jsonl`)).arrayBuffer());
    const lines = bytes.toString("utf8").trimEnd().split("\n");
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    const tail = bytes.subarray(bytes.length - 16).toString();
    expect(tail).toMatch(/^ *\d+\n$/);
    const footer = JSON.parse(bytes.subarray(Number(tail)).toString().split("\n")[0]!);
    expect(footer).toMatchObject({ format: "ranged-jsonl/1", meta: { note: "meta" }, sections: { empty: [] } });
    expect(footer.sections.things.reduce((n: number, b: number[]) => n + b[3]!, 0)).toBe(500);
  });

  test("reads keys, prefixes, positions and records, a block at a time", async () => {
    const file = await openRanged(`${served.url}/file.jsonl`);
    expect(file.meta).toEqual({ note: "meta" });
    expect(file.size("things")).toBe(500);
    expect(await file.get("things", "key0321")).toEqual({ i: 321, label: "thing 321 — ✓" });
    expect(await file.get("things", "key9999")).toBeUndefined();
    expect(await file.get("things", "a")).toBeUndefined();
    expect((await file.scan("things", "key01")).map(([k]) => k)).toEqual(KEYS.slice(100, 200));
    expect(await file.scan("things", "nope")).toEqual([]);
    expect((await file.slice("things", 495, 510)).map(([k]) => k)).toEqual(KEYS.slice(495));
    expect(await file.record(extents[0]!)).toEqual({ n: 1, text: "<b>é</b>" });
    expect(await file.get("empty", "x")).toBeUndefined();
    // Far less than the file: the tail, the footer and the blocks asked for.
    const size = Number((await fetch(`${served.url}/file.jsonl`, { method: "HEAD" })).headers.get("content-length"));
    expect(file.bytesRead).toBeLessThan(size / 2);
  });

  test("columnar rows come back as they went in", () => {
    const rows = [{ a: 1, b: "x" }, { a: 2, b: null }];
    expect(rowsOf(columnar(rows))).toEqual(rows);
    expect(rowsOf(columnar([]))).toEqual([]);
  });
});

describe("the static server", () => {
  const get = (path: string, range?: string) => fetch(`${served.url}${path}`, range ? { headers: { Range: range } } : {});

  test("answers suffix, open-ended and bounded ranges, and refuses impossible ones", async () => {
    const whole = Buffer.from(await (await get("/file.jsonl")).arrayBuffer());
    const tail = await get("/file.jsonl", "bytes=-16");
    expect(tail.status).toBe(206);
    expect(Buffer.from(await tail.arrayBuffer())).toEqual(whole.subarray(whole.length - 16));
    const part = await get("/file.jsonl", "bytes=10-19");
    expect(part.headers.get("content-range")).toBe(`bytes 10-19/${whole.length}`);
    expect(Buffer.from(await part.arrayBuffer())).toEqual(whole.subarray(10, 20));
    expect(Buffer.from(await (await get("/file.jsonl", `bytes=${whole.length - 5}-`)).arrayBuffer())).toEqual(whole.subarray(whole.length - 5));
    expect((await get("/file.jsonl", `bytes=${whole.length}-`)).status).toBe(416);
  });

  test("serves nothing outside its folder", async () => {
    expect((await get("/../../etc/passwd")).status).toBe(404);
    expect((await get("/%2e%2e/%2e%2e/etc/passwd")).status).toBe(404);
  });
});
