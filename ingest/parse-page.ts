// From a file's bytes to a record or a rejection: decode, detect the rendering from the content
// (file names and extensions in a crawl are not to be trusted), then hand over to one parser.
import { Buffer, isUtf8 } from "node:buffer";
import { parseHtml } from "./parse-html.ts";
import { parseText } from "./parse-text.ts";
import type { ParseResult, Rendering } from "./record.ts";

/** Pages are ~7–15 KB; a file past this is not a page, and is not worth reading to find out. */
export const MAX_PAGE_BYTES = 1024 * 1024;
export const oversizedReason = (size: number) => `file is ${size} bytes, larger than any page (limit ${MAX_PAGE_BYTES})`;


export interface PageOutcome {
  rendering: Rendering | null;
  result: ParseResult;
}

const reject = (kind: Extract<ParseResult, { ok: false }>["kind"], reason: string): PageOutcome => ({
  rendering: null,
  result: { ok: false, kind, reason },
});

export function parsePage(bytes: Uint8Array): PageOutcome {
  if (bytes.length > MAX_PAGE_BYTES) {
    return reject("oversized", oversizedReason(bytes.length));
  }
  if (bytes.indexOf(0) !== -1) return reject("binary", "binary file (contains NUL bytes)");
  // isUtf8 validates in native code, several times faster than a fatal TextDecoder.
  if (!isUtf8(bytes)) {
    if (endsMidCharacter(bytes)) return reject("truncated", "file ends in the middle of a character: cut off");
    return reject("binary", "not UTF-8 text");
  }
  let text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes("\r")) text = text.replace(/\r\n?/g, "\n");
  const first = text.search(/\S/);
  if (first === -1) return reject("empty", "empty file");
  const rendering: Rendering = text[first] === "<" ? "html" : "text";
  return { rendering, result: rendering === "html" ? parseHtml(text) : parseText(text) };
}

/** Valid UTF-8 but for an incomplete multi-byte sequence at the very end: a download cut short. */
function endsMidCharacter(bytes: Uint8Array): boolean {
  const utf8 = new TextDecoder("utf-8", { fatal: true });
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const lead = bytes[bytes.length - back]!;
    if ((lead & 0xc0) === 0x80) continue; // a continuation byte: keep looking for the lead
    const needs = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
    if (needs <= back) return false;
    try {
      utf8.decode(bytes.subarray(0, bytes.length - back));
      return true;
    } catch {
      return false;
    }
  }
  return false;
}
