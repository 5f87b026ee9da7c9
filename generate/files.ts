// How a crawl stores pages: "000_43838c5e27f5996a.txt" (running number, underscore, 16 hex digits
// from the page's address), extensions that do not always match the content, a few subfolders
// from later crawls, and bytes that differ from the rendering only in line ends and a BOM.
import { createHash } from "node:crypto";
import type { Rendering } from "../ingest/record.ts";
import type { Rng } from "./random.ts";

export const FOLDERS: [string, number][] = [["", 80], ["crawl-2", 8], ["crawl-3/eu", 5], ["archive/2023", 4], ["retry", 3]];
export const CRLF_RATE = 0.1;
export const BOM_RATE = 0.05;

/** "000_…": numbered like the seed, wide enough for the whole corpus. */
export function stemOf(number: number, total: number, key: string): string {
  const width = Math.max(3, String(Math.max(0, total - 1)).length);
  return `${String(number).padStart(width, "0")}_${createHash("sha256").update(key).digest("hex").slice(0, 16)}`;
}

/** Usually the extension of the rendering, sometimes none, sometimes the other one. */
export function extensionFor(rendering: Rendering, r: Rng): string {
  return rendering === "text"
    ? r.weighted([[".txt", 80], ["", 14], [".htm", 3], [".html", 3]])
    : r.weighted([[".html", 70], [".htm", 15], ["", 12], [".txt", 3]]);
}

export interface Encoding {
  crlf: boolean;
  bom: boolean;
}

export const encodingFor = (r: Rng): Encoding => ({ crlf: r.chance(CRLF_RATE), bom: r.chance(BOM_RATE) });

const encoder = new TextEncoder();
const BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

export function encode(text: string, { crlf, bom }: Encoding): Uint8Array {
  const bytes = encoder.encode(crlf ? text.replace(/\n/g, "\r\n") : text);
  if (!bom) return bytes;
  const out = new Uint8Array(bytes.length + BOM.length);
  out.set(BOM);
  out.set(bytes, BOM.length);
  return out;
}

/** "crlf", "bom": how a file's bytes differ from its rendering, for the manifest. */
export const encodingNotes = (e: Encoding) => [...(e.crlf ? ["crlf"] : []), ...(e.bom ? ["bom"] : [])];
