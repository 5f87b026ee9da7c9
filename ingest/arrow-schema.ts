// The Arrow tables of an ingest, one per entity, declared as data: each column's name, explicit
// Arrow type, how to read it from a parsed file, and what it means. to-arrow.ts builds tables
// from these specs and the warehouse creates its raw layer (and its COMMENTs) from the same specs.
import { Bool, Float64, Int32, Utf8, type DataType } from "apache-arrow";
import type { IngestedFile, ProfileRecord } from "./record.ts";

export interface Column<Row> {
  name: string;
  type: DataType;
  nullable?: boolean;
  doc: string;
  value: (row: Row) => string | number | boolean | null;
}

export interface TableSpec<Row> {
  name: string;
  /** The grain, as a sentence: what one row is. */
  grain: string;
  rows: (files: IngestedFile[]) => Row[];
  columns: Column<Row>[];
}

type Parsed = { file: IngestedFile; record: ProfileRecord };
type Child<T> = Parsed & { item: T };

const utf8 = new Utf8();
const int32 = new Int32();
const float64 = new Float64();
const bool = new Bool();

const parsed = (files: IngestedFile[]): Parsed[] =>
  files.flatMap((file) => (file.result.ok ? [{ file, record: file.result.record }] : []));

const children = <T>(pick: (r: ProfileRecord) => T[]) => (files: IngestedFile[]): Child<T>[] => {
  const rows: Child<T>[] = [];
  for (const { file, record } of parsed(files)) for (const item of pick(record)) rows.push({ file, record, item });
  return rows;
};

/** Every child table starts with the file and the profile it came from. */
const keys = <R extends Parsed>(): Column<R>[] => [
  { name: "source_path", type: utf8, doc: "File the row was parsed from, relative to the input folder.", value: (r) => r.file.sourcePath },
  { name: "profile_id", type: utf8, doc: "Profile id of the page (FUNCTION.FOCUS.LEVEL).", value: (r) => r.record.profileId },
];

const profiles: TableSpec<Parsed> = {
  name: "profiles",
  grain: "one row per parsed file (a profile version in one rendering)",
  rows: parsed,
  columns: [
    ...keys<Parsed>(),
    { name: "content_hash", type: utf8, doc: "SHA-256 of the file's bytes.", value: (r) => r.file.contentHash },
    { name: "rendering", type: utf8, doc: "How the page was captured: text (a dump of the rendered page) or html.", value: (r) => r.file.rendering },
    { name: "size_bytes", type: int32, doc: "File size in bytes.", value: (r) => r.file.sizeBytes },
    { name: "title", type: utf8, doc: "Page title: focus name — level code.", value: (r) => r.record.title },
    { name: "function_name", type: utf8, doc: "Function name as printed.", value: (r) => r.record.functionName },
    { name: "focus_name", type: utf8, doc: "Focus name as printed.", value: (r) => r.record.focusName },
    { name: "level_code", type: utf8, doc: "Level code, P1… on the professional track, M1… on the management track.", value: (r) => r.record.levelCode },
    { name: "level_name", type: utf8, doc: "Level name, e.g. Mid-Level Professional.", value: (r) => r.record.levelName },
    { name: "track", type: utf8, doc: "professional or management.", value: (r) => r.record.track },
    { name: "confidence_label", type: utf8, doc: "high, medium or low.", value: (r) => r.record.confidenceLabel },
    { name: "confidence_score", type: float64, doc: "Confidence score, 0–1.", value: (r) => r.record.confidenceScore },
    { name: "status", type: utf8, doc: "approved, in_review, draft or deprecated.", value: (r) => r.record.status },
    { name: "scope", type: utf8, doc: "global, americas, emea or apac.", value: (r) => r.record.scope },
    { name: "version", type: utf8, doc: "Version as printed, e.g. v2.", value: (r) => r.record.version },
    { name: "version_number", type: int32, doc: "The version's number.", value: (r) => r.record.versionNumber },
    { name: "summary", type: utf8, doc: "The hero summary paragraph.", value: (r) => r.record.summary },
    { name: "function_description", type: utf8, doc: "The paragraph before the focus heading.", value: (r) => r.record.functionDescription },
    { name: "focus_description", type: utf8, doc: "The paragraph under the focus heading.", value: (r) => r.record.focusDescription },
    { name: "years_min", type: int32, doc: "Typical experience, lower bound in years.", value: (r) => r.record.yearsMin },
    { name: "years_max", type: int32, nullable: true, doc: "Typical experience, upper bound in years; null when open-ended (15+ yrs).", value: (r) => r.record.yearsMax },
    { name: "currency", type: utf8, doc: "ISO 4217 code of the pay figures: USD, EUR or GBP.", value: (r) => r.record.currency },
    { name: "pay_median", type: int32, doc: "Market pay median, whole currency units.", value: (r) => r.record.payMedian },
    { name: "pay_min", type: int32, doc: "Market pay range, low end, whole currency units.", value: (r) => r.record.payMin },
    { name: "pay_max", type: int32, doc: "Market pay range, high end, whole currency units.", value: (r) => r.record.payMax },
    { name: "pay_differential_material", type: bool, doc: "The page says: material pay differential vs the function baseline.", value: (r) => r.record.payDifferentialMaterial },
    { name: "source_count", type: int32, doc: "Number of sources behind the profile.", value: (r) => r.record.sourceCount },
    { name: "level_summary", type: utf8, doc: "One-line summary of the level definition.", value: (r) => r.record.levelSummary },
  ],
};

const responsibilities: TableSpec<Child<ProfileRecord["responsibilities"][number]>> = {
  name: "responsibilities",
  grain: "one row per responsibility bullet per level per parsed file",
  rows: children((r) => r.responsibilities),
  columns: [
    ...keys(),
    { name: "level_code", type: utf8, doc: "Level the responsibility belongs to.", value: (r) => r.item.levelCode },
    { name: "position", type: int32, doc: "Order within its level, from 1.", value: (r) => r.item.position },
    { name: "text", type: utf8, doc: "The responsibility, as text.", value: (r) => r.item.text },
    { name: "is_own_level", type: bool, doc: "The page marks this level as the profile's own.", value: (r) => r.item.isOwnLevel },
  ],
};

const rubric: TableSpec<Child<ProfileRecord["rubric"][number] & { position: number }>> = {
  name: "rubric",
  grain: "one row per level of the leveling rubric per parsed file",
  rows: children((r) => r.rubric.map((row, i) => ({ ...row, position: i + 1 }))),
  columns: [
    ...keys(),
    { name: "position", type: int32, doc: "Row order in the table, from 1.", value: (r) => r.item.position },
    { name: "level_code", type: utf8, doc: "Level of the rubric row.", value: (r) => r.item.levelCode },
    { name: "knowledge_application", type: utf8, doc: "Knowledge & Application cell.", value: (r) => r.item.knowledgeApplication },
    { name: "complexity_problem_solving", type: utf8, doc: "Complexity & Problem Solving cell.", value: (r) => r.item.complexityProblemSolving },
    { name: "collaboration_interaction", type: utf8, doc: "Collaboration & Interaction cell.", value: (r) => r.item.collaborationInteraction },
    { name: "degree_years", type: utf8, doc: "Typical Degree & Years cell.", value: (r) => r.item.degreeYears },
  ],
};

const skills: TableSpec<Child<ProfileRecord["skills"][number]>> = {
  name: "skills",
  grain: "one row per skill or tool per parsed file",
  rows: children((r) => r.skills),
  columns: [
    ...keys(),
    { name: "position", type: int32, doc: "Order on the page, from 1.", value: (r) => r.item.position },
    { name: "skill_name", type: utf8, doc: "Skill name as printed.", value: (r) => r.item.name },
    { name: "description", type: utf8, doc: "What the role does with the skill.", value: (r) => r.item.description },
    { name: "is_tool", type: bool, doc: "A tool/technology (the site's fixed tool description) rather than a skill.", value: (r) => r.item.isTool },
  ],
};

const qualityScores: TableSpec<Child<ProfileRecord["qualityScores"][number]>> = {
  name: "quality_scores",
  grain: "one row per review-panel dimension per parsed file",
  rows: children((r) => r.qualityScores),
  columns: [
    ...keys(),
    { name: "position", type: int32, doc: "Order on the page, from 1.", value: (r) => r.item.position },
    { name: "dimension", type: utf8, doc: "Quality dimension, e.g. Factual accuracy.", value: (r) => r.item.dimension },
    { name: "score", type: float64, doc: "Review-panel score, 1–5.", value: (r) => r.item.score },
  ],
};

const levelDefinition: TableSpec<Child<ProfileRecord["levelDefinition"][number]>> = {
  name: "level_definition",
  grain: "one row per attribute of the level definition per parsed file",
  rows: children((r) => r.levelDefinition),
  columns: [
    ...keys(),
    { name: "position", type: int32, doc: "Order on the page, from 1.", value: (r) => r.item.position },
    { name: "attribute", type: utf8, doc: "Attribute, e.g. Scope or Autonomy.", value: (r) => r.item.attribute },
    { name: "value", type: utf8, doc: "The attribute's value.", value: (r) => r.item.value },
  ],
};

const adjacency: TableSpec<Child<ProfileRecord["adjacentRoles"][number]>> = {
  name: "adjacency",
  grain: "one row per published adjacent role per parsed file",
  rows: children((r) => r.adjacentRoles),
  columns: [
    ...keys(),
    { name: "position", type: int32, doc: "Order on the page, from 1.", value: (r) => r.item.position },
    { name: "title", type: utf8, doc: "Title of the adjacent role as printed.", value: (r) => r.item.title },
    { name: "adjacent_profile_id", type: utf8, doc: "Profile id of the adjacent role.", value: (r) => r.item.profileId },
    { name: "distance", type: float64, doc: "Published structural distance, 0–1.", value: (r) => r.item.distance },
    { name: "band", type: utf8, doc: "Published match band: close, partial or distant.", value: (r) => r.item.band },
  ],
};

const aliases: TableSpec<Child<{ position: number; alias: string }>> = {
  name: "aliases",
  grain: "one row per title alias per parsed file",
  rows: children((r) => r.aliases.map((alias, i) => ({ position: i + 1, alias }))),
  columns: [
    ...keys(),
    { name: "position", type: int32, doc: "Order on the page, from 1.", value: (r) => r.item.position },
    { name: "alias", type: utf8, doc: "A title alias.", value: (r) => r.item.alias },
  ],
};

const classifications: TableSpec<Child<ProfileRecord["classifications"][number]>> = {
  name: "classifications",
  grain: "one row per classification mapping per parsed file",
  rows: children((r) => r.classifications),
  columns: [
    ...keys(),
    { name: "position", type: int32, doc: "Order on the page, from 1.", value: (r) => r.item.position },
    { name: "system", type: utf8, doc: "Classification system heading, e.g. O*NET / SOC.", value: (r) => r.item.system },
    { name: "code", type: utf8, doc: "Code as printed (not yet validated).", value: (r) => r.item.code },
    { name: "source", type: utf8, doc: "Where the mapping came from.", value: (r) => r.item.source },
  ],
};

const rejects: TableSpec<IngestedFile> = {
  name: "rejects",
  grain: "one row per input file that is not a whole profile page",
  rows: (files) => files.filter((f) => !f.result.ok),
  columns: [
    { name: "source_path", type: utf8, doc: "File that was rejected, relative to the input folder.", value: (f) => f.sourcePath },
    { name: "content_hash", type: utf8, nullable: true, doc: "SHA-256 of the file's bytes; null when it was not read.", value: (f) => f.contentHash || null },
    { name: "size_bytes", type: int32, doc: "File size in bytes.", value: (f) => f.sizeBytes },
    { name: "kind", type: utf8, doc: "empty, binary, oversized, not-a-profile, truncated, malformed or unreadable.", value: (f) => (f.result.ok ? null : f.result.kind) },
    { name: "reason", type: utf8, doc: "What is missing or wrong, in one line.", value: (f) => (f.result.ok ? null : f.result.reason) },
  ],
};

export type TableName =
  | "profiles" | "responsibilities" | "rubric" | "skills" | "quality_scores"
  | "level_definition" | "adjacency" | "aliases" | "classifications" | "rejects";

export const TABLES: (TableSpec<any> & { name: TableName })[] = [
  profiles, responsibilities, rubric, skills, qualityScores, levelDefinition, adjacency, aliases, classifications, rejects,
] as (TableSpec<any> & { name: TableName })[];
