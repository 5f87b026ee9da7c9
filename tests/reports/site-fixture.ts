// Builds what the site tests look at, from nothing any other process left behind: a warehouse
// from data/sample plus the fixture page whose responsibility holds <script> markup, published
// into a temp folder by the pipeline itself, then the site built from it into that folder.
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildReports } from "../../reports/build.ts";
import { runPipeline } from "../../warehouse/pipeline.ts";
import { fixture } from "../fixtures.ts";

export const SCRIPT_PROFILE = "ENGINR.ENGINRPLAT0007.M4";
export const SCRIPT_TEXT = 'Reviews <script>alert("x")</script> & <b>bold</b> claims in design docs.';

export interface Site {
  dir: string;
  db: string;
  dist: string;
  buildMs: number;
  remove(): void;
}

export async function buildSite(): Promise<Site> {
  const dir = mkdtempSync(join(tmpdir(), "canon-reports-"));
  const input = join(dir, "input");
  cpSync(fileURLToPath(new URL("../../data/sample", import.meta.url)), input, { recursive: true });
  cpSync(fixture("pages", "management-eur.txt"), join(input, "fixtures", "management-eur.txt"));
  const db = join(dir, "canon.duckdb");
  try {
    const run = await runPipeline({ input, db, workers: 0 });
    if (!run.published) throw new Error(`the test warehouse was not published: ${run.message}`);
    const quiet = { info: () => {}, warn: () => {} };
    const built = await buildReports(db, quiet, { output: join(dir, "dist") });
    return { dir, db, dist: built.output, buildMs: built.ms, remove: () => rmSync(dir, { recursive: true, force: true }) };
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}
