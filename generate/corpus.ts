// The corpus, as a pure function of (seed, profiles, faults): first a plan of every page (which
// profile, which version, which renderings, where), then the files one by one. Files come out
// as a generator so a caller can write 100,000 pages without holding them; only the plan, a few
// small objects per page, is kept whole, because adjacency lists point at pages not yet written.
import type { ProfileRecord, Rendering } from "../ingest/record.ts";
import { CorpusIndex } from "./corpus-index.ts";
import { makeFault } from "./faults.ts";
import { encode, encodingFor, encodingNotes, extensionFor, FOLDERS, stemOf } from "./files.ts";
import { focusContent, type FocusContent } from "./focus-content.ts";
import type { FileEntry } from "./manifest.ts";
import { buildProfile } from "./profiles.ts";
import { rngFor } from "./random.ts";
import { renderHtml } from "./render-html.ts";
import { renderText } from "./render-text.ts";
import { FOCUS_CAPACITY, focusInstance, profileIdOf, type FocusInstance } from "./taxonomy.ts";

export interface CorpusOptions {
  seed: string;
  /** Profile files: one page in one rendering each. */
  profiles: number;
  faults: number;
}

export interface PagePlan {
  focus: FocusInstance;
  levelCode: string;
  versionNumber: number;
  latest: boolean;
  renderings: Rendering[];
}

export interface CorpusPlan {
  pages: PagePlan[];
  index: CorpusIndex;
  focuses: number;
}

/** What the taxonomy can fill: its focuses yield ~7.6 files each, so this leaves a wide margin. */
export const MAX_PROFILES = 200_000;

export function planCorpus({ seed, profiles }: CorpusOptions): CorpusPlan {
  const pages: PagePlan[] = [];
  const index = new CorpusIndex();
  let files = 0;
  let ordinal = 0;
  while (files < profiles) {
    if (ordinal >= FOCUS_CAPACITY) throw new Error(`the taxonomy runs out of focuses before ${profiles} profiles`);
    const focus = focusInstance(seed, ordinal++);
    for (const { present } of focus.tracks) {
      for (const levelCode of present) {
        if (files >= profiles) break;
        const r = rngFor(seed, "versions", profileIdOf(focus, levelCode));
        const versions = r.weighted([[1, 86], [2, 11], [3, 3]] as const);
        index.add({ id: profileIdOf(focus, levelCode), focus, levelCode });
        for (let v = 1; v <= versions && files < profiles; v++) {
          let renderings = r.weighted<Rendering[]>([[["text"], 47], [["html"], 47], [["text", "html"], 6]]);
          renderings = renderings.slice(0, profiles - files);
          files += renderings.length;
          pages.push({ focus, levelCode, versionNumber: v, latest: v === versions, renderings });
        }
      }
    }
  }
  return { pages, index, focuses: ordinal };
}

export interface CorpusFile {
  entry: FileEntry;
  bytes: Uint8Array;
  /** The record a page must parse to; null for a fault. */
  record: ProfileRecord | null;
}

export function* corpusFiles(options: CorpusOptions, plan: CorpusPlan = planCorpus(options)): Generator<CorpusFile> {
  const { seed, faults } = options;
  const { pages, index } = plan;
  const documents = pages.length + faults;
  // Fault i follows page faultAfter(i), spreading faults evenly through the numbering.
  const faultAfter = (i: number) => Math.floor(((i + 1) * pages.length) / (faults + 1));
  let number = 0;
  let fault = 0;
  let cached = null as { focus: FocusInstance; content: FocusContent } | null;
  let last: ProfileRecord | null = null;

  const emitFaults = function* (upTo: number): Generator<CorpusFile> {
    while (fault < faults && faultAfter(fault) <= upTo) {
      const r = rngFor(seed, "fault", fault);
      const page = last ?? buildProfile({ seed, index }, pages[0]!.focus, focusContent(seed, pages[0]!.focus), pages[0]!.levelCode, 1, true);
      const f = makeFault(fault, page, r);
      const folder = r.weighted(FOLDERS);
      const path = `${folder ? `${folder}/` : ""}${stemOf(number++, documents, `${seed}|fault|${fault}`)}${f.extension}`;
      yield {
        entry: { path, rendering: f.rendering, profileId: null, version: null, fault: f.fault, bytes: f.bytes.length, expect: f.expect },
        bytes: f.bytes,
        record: null,
      };
      fault++;
    }
  };

  for (let p = 0; p < pages.length; p++) {
    yield* emitFaults(p);
    const page = pages[p]!;
    if (cached?.focus !== page.focus) cached = { focus: page.focus, content: focusContent(seed, page.focus) };
    const record = buildProfile({ seed, index }, page.focus, cached.content, page.levelCode, page.versionNumber, page.latest);
    last = record;
    const r = rngFor(seed, "file", record.profileId, page.versionNumber);
    const folder = r.weighted(FOLDERS);
    const stem = stemOf(number++, documents, `${seed}|${record.profileId}|${record.version}`);
    const both = page.renderings.length > 1;
    for (const rendering of page.renderings) {
      // A page saved in both renderings keeps the stem and tells them apart by extension, as the seed pair does.
      const extension = both ? (rendering === "text" ? ".txt" : ".html") : extensionFor(rendering, r);
      const encoding = encodingFor(r);
      const bytes = encode(rendering === "text" ? renderText(record) : renderHtml(record), encoding);
      const notes = encodingNotes(encoding);
      yield {
        entry: {
          path: `${folder ? `${folder}/` : ""}${stem}${extension}`,
          rendering,
          profileId: record.profileId,
          version: record.version,
          ...(notes.length ? { encoding: notes } : {}),
          bytes: bytes.length,
          expect: { ok: true },
        },
        bytes,
        record,
      };
    }
  }
  yield* emitFaults(Infinity);
}
