// The one record type of a Canon taxonomy profile page. Both parsers (parse-text.ts, parse-html.ts)
// yield exactly this shape, and arrow-schema.ts turns it into typed Arrow tables: when a field is
// added here, it is added in both parsers and in one schema, nowhere else.

export const TRACKS = ["professional", "management"] as const;
export const CONFIDENCE_LABELS = ["high", "medium", "low"] as const;
export const STATUSES = ["approved", "in_review", "draft", "deprecated"] as const;
export const SCOPES = ["global", "americas", "emea", "apac"] as const;
export const BANDS = ["close", "partial", "distant"] as const;
export const CURRENCIES = ["USD", "EUR", "GBP"] as const;

export type Track = (typeof TRACKS)[number];
export type ConfidenceLabel = (typeof CONFIDENCE_LABELS)[number];
export type Status = (typeof STATUSES)[number];
export type Scope = (typeof SCOPES)[number];
export type Band = (typeof BANDS)[number];
export type Currency = (typeof CURRENCIES)[number];

/** The skill description the site gives every tool; a skill carrying it is a tool. */
export const TOOL_DESCRIPTION = "Uses this tool/technology effectively during the delivery of day-to-day tasks.";

/** One bullet of "Responsibilities by level"; positions count from 1 within a level. */
export interface Responsibility {
  levelCode: string;
  position: number;
  text: string;
  isOwnLevel: boolean;
}

/** One row of the "Level guidelines" rubric table: a level and its four cells. */
export interface RubricRow {
  levelCode: string;
  knowledgeApplication: string;
  complexityProblemSolving: string;
  collaborationInteraction: string;
  degreeYears: string;
}

export interface Skill {
  position: number;
  name: string;
  description: string;
  isTool: boolean;
}

/** A review panel score (1–5) on one dimension, in page order. */
export interface QualityScore {
  position: number;
  dimension: string;
  score: number;
}

/** One attribute of the "Level — P3 — …" definition (Scope, Autonomy, …), in page order. */
export interface LevelAttribute {
  position: number;
  attribute: string;
  value: string;
}

/** A published adjacent role: the page's own claim of a near role, with its distance and band. */
export interface AdjacentRole {
  position: number;
  title: string;
  profileId: string;
  distance: number;
  band: Band;
}

/** One classification mapping, e.g. system "O*NET / SOC", code "43-4051", source "jfm-factory.resolve". */
export interface Classification {
  position: number;
  system: string;
  code: string;
  source: string;
}

export interface ProfileRecord {
  profileId: string;
  title: string;
  functionName: string;
  focusName: string;
  levelCode: string;
  levelName: string;
  track: Track;
  confidenceLabel: ConfidenceLabel;
  confidenceScore: number;
  status: Status;
  scope: Scope;
  /** As printed ("v2"); versionNumber is its number. */
  version: string;
  versionNumber: number;
  summary: string;
  /** The unlabelled paragraph under the hero, before the focus paragraph. */
  functionDescription: string;
  focusDescription: string;
  yearsMin: number;
  /** null when open-ended ("15+ yrs"). */
  yearsMax: number | null;
  currency: Currency;
  /** Whole currency units: "$82k" is 82000, "£58.5k" is 58500. */
  payMedian: number;
  payMin: number;
  payMax: number;
  payDifferentialMaterial: boolean;
  responsibilities: Responsibility[];
  rubric: RubricRow[];
  skills: Skill[];
  qualityScores: QualityScore[];
  sourceCount: number;
  levelSummary: string;
  levelDefinition: LevelAttribute[];
  adjacentRoles: AdjacentRole[];
  aliases: string[];
  classifications: Classification[];
}

export type Rendering = "text" | "html";

/** Why a file is not a profile; `kind` is stable for tests and SQL, `reason` is for people. */
export type RejectKind = "empty" | "binary" | "oversized" | "not-a-profile" | "truncated" | "malformed" | "unreadable";

export type ParseResult = { ok: true; record: ProfileRecord } | { ok: false; kind: RejectKind; reason: string };

/** What the ingest keeps of each file: its identity, and its record or its rejection. */
export interface IngestedFile {
  sourcePath: string;
  contentHash: string;
  sizeBytes: number;
  rendering: Rendering | null;
  result: ParseResult;
}

/** An IngestedFile without its record: what is left once the record is in the Arrow tables. */
export type FileOutcome = Omit<IngestedFile, "result"> & { result: { ok: true } | Extract<ParseResult, { ok: false }> };

export const outcomeOf = (f: IngestedFile): FileOutcome => (f.result.ok ? { ...f, result: { ok: true } } : (f as FileOutcome));
