// The manifest: the ground truth of every file in a generated corpus (format in generate/README.md).
// .manifest.json lists every file and what parsing it must give; .expected.jsonl, one line per file
// in the same order, adds the full record each page must parse to.
import type { ProfileRecord, Rendering } from "../ingest/record.ts";
import type { Expectation } from "./faults.ts";

export const MANIFEST_FORMAT = "canon-warehouse.generate-manifest/1";

export interface FileEntry {
  /** Relative to the corpus folder, with "/" separators. */
  path: string;
  /** The rendering the content is in; null for a file that is neither (empty, binary). */
  rendering: Rendering | null;
  profileId: string | null;
  version: string | null;
  /** For a fault: what is wrong with the file. */
  fault?: string;
  /** How the bytes differ from the plain rendering: "crlf" line ends, a UTF-8 "bom". */
  encoding?: string[];
  bytes: number;
  expect: { ok: true } | Expectation;
}

export interface Manifest {
  format: typeof MANIFEST_FORMAT;
  seed: string;
  options: { profiles: number; faults: number };
  /** ".expected.jsonl", or null when generated with --no-expected. */
  expected: string | null;
  counts: {
    files: number;
    profileFiles: number;
    faults: number;
    profileIds: number;
    profileVersions: number;
    focuses: number;
    byRendering: Record<Rendering, number>;
    byRejectKind: Record<string, number>;
  };
  files: FileEntry[];
}

export type ExpectedLine = { path: string; expect: { ok: true; record: ProfileRecord } | Expectation };

export function summarize(entries: FileEntry[], focuses: number): Manifest["counts"] {
  const pages = entries.filter((e) => e.expect.ok);
  const byRejectKind: Record<string, number> = {};
  for (const e of entries) if (!e.expect.ok) byRejectKind[e.expect.kind] = (byRejectKind[e.expect.kind] ?? 0) + 1;
  return {
    files: entries.length,
    profileFiles: pages.length,
    faults: entries.length - pages.length,
    profileIds: new Set(pages.map((e) => e.profileId)).size,
    profileVersions: new Set(pages.map((e) => `${e.profileId} ${e.version}`)).size,
    focuses,
    byRendering: { text: pages.filter((e) => e.rendering === "text").length, html: pages.filter((e) => e.rendering === "html").length },
    byRejectKind,
  };
}
