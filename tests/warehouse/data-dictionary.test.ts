// docs/data-dictionary.md is generated from the warehouse's comments and committed; this golden
// test fails when the schema changed and the docs were not regenerated (`npm run docs`), and
// leaves the new version beside it as data-dictionary-changed.md for review.
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readDictionary } from "../../warehouse/cli/docs.ts";
import { dictionaryMarkdown } from "../../warehouse/data-dictionary.ts";
import { root } from "../cli.ts";
import { pipeline, scratch } from "./pipeline-fixture.ts";

describe("docs/data-dictionary.md", () => {
  it("matches the dictionary of a freshly built warehouse", async () => {
    const s = scratch();
    expect(pipeline(["--input", s.input, "--db", s.db]).code).toBe(0);
    const rows = await readDictionary(s.db);
    expect(rows.filter((r) => !r.column_comment)).toEqual([]);
    const fresh = dictionaryMarkdown(rows);
    const golden = `${root}docs/data-dictionary.md`;
    const changed = `${root}docs/data-dictionary-changed.md`;
    if (!existsSync(golden) && !process.env.CI) writeFileSync(golden, fresh);
    const committed = readFileSync(golden, "utf8");
    if (committed !== fresh) writeFileSync(changed, fresh);
    else rmSync(changed, { force: true });
    expect(committed === fresh, "the schema changed: review docs/data-dictionary-changed.md, then run `npm run docs`").toBe(true);
  });
});
