// File names and paths are data. Odd names are stored exactly as they are; links out of the
// folder, named pipes and dangling links are recorded as rejected, never followed or opened.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixture } from "../fixtures.ts";
import { pipeline, query, scratch } from "./pipeline-fixture.ts";

describe("odd input files", () => {
  it("are stored by their exact names, or rejected with the reason, and the run goes on", async () => {
    const s = scratch();
    const odd = join(s.input, "odd dir", "ünïcode – ë");
    mkdirSync(odd, { recursive: true });
    const names = ["with space.html", "it's \"quoted\".txt", "'; drop table core.profiles; --.txt", "-leading-dash", "semi;colon&amp.htm"];
    const sources = ["seed.html", "gbp-draft.txt", "management-eur.txt", "deprecated-americas.txt", "management-eur.html"];
    names.forEach((n, i) => copyFileSync(fixture("pages", sources[i]!), join(odd, n)));
    symlinkSync(fixture("pages", "seed.txt"), join(s.input, "link-out-of-the-folder.txt"));
    symlinkSync(join(s.dir, "nowhere"), join(s.input, "dangling-link"));
    execFileSync("mkfifo", [join(s.input, "a-named-pipe")]);

    const r = pipeline(["--input", s.input, "--db", s.db]);
    expect(r.code, r.stderr).toBe(0);
    const stored = (await query(s.db, "select source_path from raw.profiles where source_path like 'odd dir/%' order by 1")).map((x) => x.source_path);
    expect(stored).toEqual(names.map((n) => `odd dir/ünïcode – ë/${n}`).sort());
    expect(await query(s.db, "select source_path, kind, reason from meta.rejected_inputs where kind = 'unreadable' order by 1")).toEqual([
      { source_path: "a-named-pipe", kind: "unreadable", reason: "not a regular file (a named pipe), not read" },
      { source_path: "dangling-link", kind: "unreadable", reason: "symbolic link, not followed" },
      { source_path: "link-out-of-the-folder.txt", kind: "unreadable", reason: "symbolic link, not followed" },
    ]);
    expect(await query(s.db, "select count(*) as n from core.profiles")).toEqual([{ n: 3 }]);
  });
});
