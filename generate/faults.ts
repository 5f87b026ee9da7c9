// Files a crawl picks up that are not whole profile pages, each with the rejection it must get.
// Truncations cut a real rendering at a point where a required part of the page is gone, so the
// page cannot pass as whole; the other faults are other documents, empty or binary files, and a
// file too large to be a page. The list is cycled, so any K ≥ FAULTS.length covers every kind.
import type { ProfileRecord, Rendering, RejectKind } from "../ingest/record.ts";
import { formatPay } from "./page-labels.ts";
import { renderHtml } from "./render-html.ts";
import { renderText } from "./render-text.ts";
import type { Rng } from "./random.ts";

export interface Expectation {
  ok: false;
  kind: RejectKind;
  /** A piece of text the reason must contain, where the fault determines it (an offending value). */
  reasonIncludes?: string;
}

export interface FaultFile {
  /** What the fault is, for the manifest: "text page cut in the rubric table". */
  fault: string;
  /** The rendering the bytes are in, or null for a file that is neither. */
  rendering: Rendering | null;
  extension: string;
  bytes: Uint8Array;
  expect: Expectation;
}

type Maker = (page: ProfileRecord, r: Rng) => Omit<FaultFile, "bytes"> & { bytes: Uint8Array | string };

const truncated = { ok: false, kind: "truncated" } as const;

/** The text before the `n`-th occurrence (from 1) of `marker`, cut at the start of its line. */
function before(text: string, marker: string, n = 1): string {
  let at = -1;
  for (let i = 0; i < n; i++) {
    at = text.indexOf(marker, at + 1);
    if (at < 0) throw new Error(`truncation marker ${JSON.stringify(marker)} not in the page`);
  }
  return text.slice(0, at);
}

const cutText = (fault: string, cut: (t: string, r: Rng) => string): Maker => (page, r) => ({
  fault, rendering: "text", extension: ".txt", bytes: cut(renderText(page), r), expect: truncated,
});
const cutHtml = (fault: string, cut: (t: string, r: Rng) => string): Maker => (page, r) => ({
  fault, rendering: "html", extension: r.pick([".html", ".htm"]), bytes: cut(renderHtml(page), r), expect: truncated,
});

/** A point part-way through a line, so a cut does not land on a tidy boundary. */
const midLine = (text: string, lineStart: number, r: Rng) => {
  const end = text.indexOf("\n", lineStart);
  return text.slice(0, lineStart + r.int(1, Math.max(1, end - lineStart - 1)));
};

const MEETING_NOTES = `Taxonomy sync — weekly notes

Attendees: Priya, Marcus, Lena, Tomás
Agenda:
  1. Level definitions for M5: agree the "15+ yrs" wording
  2. Pay refresh for EMEA focuses (GBP vs EUR)
  3. Adjacent-role distances: re-fit after the next crawl

Actions:
  - Marcus to re-run the crawl on the retry list
  - Lena to review aliases shared by two profiles
`;

const INDEX_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Canon taxonomy · Index</title></head>
<body>
<nav><a href="/">Home</a></nav>
<main>
<h1>Canon taxonomy</h1>
<ul class="functions"><li><a href="/taxonomy/SALESS">Sales Support / Operations</a></li><li><a href="/taxonomy/ENGINR">Software Engineering</a></li></ul>
</main>
</body>
</html>
`;

const latin1 = (s: string) => Uint8Array.from(s, (c) => (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 0x3f));

export const FAULTS: Maker[] = [
  cutText("text page cut after two rubric rows", (t) => before(t, "\n", t.slice(0, t.indexOf("LevelKnowledge")).split("\n").length + 2)),
  cutHtml("HTML page cut in the middle of the responsibilities", (t, r) => midLine(t, before(t, '  <div class="lvl', r.int(1, 3)).length, r)),
  () => ({ fault: "meeting notes, not a profile", rendering: "text", extension: ".txt", bytes: MEETING_NOTES, expect: { ok: false, kind: "not-a-profile" } }),
  () => ({ fault: "empty file", rendering: null, extension: ".html", bytes: "", expect: { ok: false, kind: "empty" } }),
  (_, r) => ({
    fault: "PNG image saved under a page name", rendering: null, extension: "",
    bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, ...Array.from({ length: 200 }, () => r.int(0, 255))]),
    expect: { ok: false, kind: "binary" },
  }),
  (page) => ({
    fault: "page saved with a 1.1 MB inline image", rendering: "html", extension: ".html",
    bytes: renderHtml(page).replace("</main>", `<img src="data:image/png;base64,${"iVBORw0KGgo".repeat(100_000)}">\n</main>`),
    expect: { ok: false, kind: "oversized" },
  }),
  () => ({ fault: "taxonomy index page, not a profile", rendering: "html", extension: ".html", bytes: INDEX_PAGE, expect: { ok: false, kind: "not-a-profile" } }),
  (page) => {
    const other = page.profileId.replace(/\.([PM])(\d+)$/, (_, t: string, n: string) => `.${t}${Number(n) === 1 ? 2 : Number(n) - 1}`);
    return {
      fault: "HTML page whose hero id names another level", rendering: "html", extension: ".html",
      bytes: renderHtml(page).replace(`<p><code>${page.profileId}</code></p>`, `<p><code>${other}</code></p>`),
      expect: { ok: false, kind: "malformed", reasonIncludes: other },
    };
  },
  (page) => ({ fault: "text page saved as Latin-1", rendering: null, extension: ".txt", bytes: latin1(renderText(page)), expect: { ok: false, kind: "binary" } }),
  cutText("text page cut between a skill and its description", (t) => before(t, "\n", t.slice(0, t.indexOf("\nFocus-specific skills")).split("\n").length + 3) + "\n"),
  cutHtml("HTML page cut before Provenance", (t) => before(t, "<section>\n  <h2>Provenance")),
  () => ({ fault: "file of blank lines", rendering: null, extension: ".txt", bytes: "\n\n   \n", expect: { ok: false, kind: "empty" } }),
  () => ({ fault: "JSON error body, not a profile", rendering: "text", extension: "", bytes: '{"error":"rate limited","retry_after":30}\n', expect: { ok: false, kind: "not-a-profile" } }),
  (page) => {
    const pay = formatPay(page);
    const other = page.currency === "USD" ? "€" : "$";
    const mixed = pay.replace(/\((.)/, `(${other}`);
    return {
      fault: "text page whose pay range is in another currency", rendering: "text", extension: ".txt",
      bytes: renderText(page).replace(`\n${pay}\n`, `\n${mixed}\n`),
      expect: { ok: false, kind: "malformed", reasonIncludes: mixed },
    };
  },
  cutText("text page cut before Provenance", (t) => before(t, "\nProvenance\n") + "\n"),
  cutHtml("HTML page cut inside a rubric row", (t, r) => midLine(t, before(t, "      <tr><td>", r.int(1, 2)).length, r)),
  cutText("text page cut in the middle of a responsibility", (t, r) => midLine(t, before(t, "\n  • ", r.int(2, 8)).length + 1, r)),
  cutHtml("HTML page cut in the skills list", (t, r) => midLine(t, before(t, "    <li><strong>", r.int(1, 4)).length, r)),
  cutText("text page cut in the pay line", (t, r) => midLine(t, before(t, "Market pay (median)\n").length + 20, r)),
  (page) => {
    const bytes = new TextEncoder().encode(renderText(page));
    const bullet = bytes.indexOf(0xe2, Math.floor(bytes.length / 2)); // the first byte of a "•", "—" or "–"
    return { fault: "text page cut inside a multi-byte character", rendering: "text", extension: "", bytes: bytes.subarray(0, bullet + 1), expect: truncated };
  },
  (page) => ({
    fault: "HTML page with an unknown status badge", rendering: "html", extension: ".htm",
    bytes: renderHtml(page).replace(`<span>${page.status}</span>`, "<span>archived</span>"),
    expect: { ok: false, kind: "malformed", reasonIncludes: '"archived"' },
  }),
];

export function makeFault(i: number, page: ProfileRecord, r: Rng): FaultFile {
  const f = FAULTS[i % FAULTS.length]!(page, r);
  return { ...f, bytes: typeof f.bytes === "string" ? new TextEncoder().encode(f.bytes) : f.bytes };
}
