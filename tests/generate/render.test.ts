// The renderers reproduce the one real page byte for byte: parse the seed dump, render the record
// both ways, and get both seed files back. Generated corpora rest on this.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderHtml } from "../../generate/render-html.ts";
import { renderText } from "../../generate/render-text.ts";
import { parsePage } from "../../ingest/parse-page.ts";
import type { ProfileRecord } from "../../ingest/record.ts";
import { root } from "../cli.ts";

const seed = (ext: string) => new Uint8Array(readFileSync(`${root}/data/sample/000_43838c5e27f5996a.${ext}`));

function parse(bytes: Uint8Array): ProfileRecord {
  const { result } = parsePage(bytes);
  if (!result.ok) throw new Error(`the seed page was rejected: ${result.reason}`);
  return result.record;
}

describe("the seed pair", () => {
  const record = parse(seed("txt"));

  it("re-renders as the text dump byte for byte", () => {
    expect(Buffer.from(renderText(record))).toEqual(Buffer.from(seed("txt")));
  });

  it("re-renders as the HTML page byte for byte", () => {
    expect(Buffer.from(renderHtml(record))).toEqual(Buffer.from(seed("html")));
  });

  it("gives the same record from either rendering", () => {
    expect(parse(seed("html"))).toEqual(record);
  });
});

describe("text is data", () => {
  const record = parse(seed("txt"));
  const markup = '<script>alert("x")</script> & <b>bold</b> \'quoted\'';
  const page = { ...record, responsibilities: record.responsibilities.map((r, i) => (i === 0 ? { ...r, text: markup } : r)) };

  it("escapes markup in the HTML and leaves it literal in the dump", () => {
    expect(renderHtml(page)).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt; &#x27;quoted&#x27;");
    expect(renderHtml(page)).not.toContain("<script>");
    expect(renderText(page)).toContain(`  • ${markup}\n`);
  });

  it("gets the markup back literally from both renderings", () => {
    for (const bytes of [renderText(page), renderHtml(page)]) {
      expect(parse(new TextEncoder().encode(bytes)).responsibilities[0]!.text).toBe(markup);
    }
  });
});
