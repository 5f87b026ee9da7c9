// What every page of one focus shares: its description, and the responsibilities and rubric row
// of each level it defines. A P2 page and a P5 page of a focus list the same bullets for P3,
// as the site's pages do, so this is built once per focus and reused for all its pages.
import type { RubricRow } from "../ingest/record.ts";
import { MARKUP_RESPONSIBILITIES, RESPONSIBILITY_FRAMES, RUBRIC_CELLS } from "./content.ts";
import { rngFor, type Rng } from "./random.ts";
import type { FocusInstance } from "./taxonomy.ts";

export interface FocusContent {
  description: string;
  /** The remit with its domain: "server-side services, APIs, and data models for the Payments business". */
  remit: string;
  responsibilities: Map<string, string[]>;
  rubric: Map<string, RubricRow>;
}

export const listOf = (xs: string[]) => (xs.length < 2 ? xs.join("") : `${xs.slice(0, -1).join(", ")}, and ${xs[xs.length - 1]}`);

const fill = (template: string, slots: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, k: string) => slots[k] ?? `{${k}}`);

export function focusContent(seed: string, focus: FocusInstance): FocusContent {
  const r = rngFor(seed, "focus-content", focus.code);
  const remit = focus.base.what + (focus.domain ? ` for the ${focus.domain} business` : "");
  const sibling = r.pick(focus.fn.focuses.filter((f) => f !== focus.base).concat(focus.fn.focuses.length === 1 ? [focus.base] : []));
  const description =
    `Designs, delivers, and improves ${remit} — distinct from ${sibling.name} (which owns ${sibling.what}). ` +
    `This focus owns ${listOf(r.sample(focus.base.objects, 3))}, and the tools and standards behind them.`;

  const responsibilities = new Map<string, string[]>();
  const rubric = new Map<string, RubricRow>();
  for (const { levels } of focus.tracks) {
    for (const level of levels) {
      responsibilities.set(level, bullets(r, focus, level, remit));
      rubric.set(level, rubricRow(r, focus, level));
    }
  }
  return { description, remit, responsibilities, rubric };
}

function bullets(r: Rng, focus: FocusInstance, level: string, remit: string): string[] {
  const frames = r.sample(RESPONSIBILITY_FRAMES[level]!, r.int(4, 5));
  const objects = r.shuffle(focus.base.objects);
  const out = frames.map((frame, i) =>
    fill(frame, { obj: objects[i % objects.length]!, topic: r.pick(focus.fn.topics), what: remit }),
  );
  if (focus.markupLevel === level) out.splice(r.int(0, out.length), 0, r.pick(MARKUP_RESPONSIBILITIES));
  return out;
}

function rubricRow(r: Rng, focus: FocusInstance, level: string): RubricRow {
  const [t1, t2, t3] = r.sample(focus.fn.topics, 3) as [string, string, string];
  const slots = { t1, t2, t3, role: focus.role, fn: focus.fn.name };
  const [k, c, co, d] = RUBRIC_CELLS[level]!.map((cell) => fill(cell, slots)) as [string, string, string, string];
  return { levelCode: level, knowledgeApplication: k, complexityProblemSolving: c, collaborationInteraction: co, degreeYears: d };
}
