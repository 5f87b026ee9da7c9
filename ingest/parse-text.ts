// The text-dump parser: the page's visible text, as a browser copies it. Block elements become
// lines, inline elements run together ("P3this profile", "Level differentiation4.0Focus …"), and
// sections are separated by blank lines. The dump is read as a sequence of blocks (runs of
// non-blank lines) with a cursor that expects each section in page order, so a page cut short
// is rejected with the first section it lacks.
import {
  PageError,
  clean,
  malformed,
  parseBadges,
  parseBand,
  parseDistance,
  parseFunctionFocus,
  parseLevelCode,
  parseLevelFact,
  parseLevelHeading,
  parseMapping,
  parsePay,
  parseProfileId,
  parseScore,
  parseSourceCount,
  parseTrack,
  quote,
} from "./page-values.ts";
import { assemble, type PageParts } from "./assemble.ts";
import { CONFIDENCE_LABELS, SCOPES, STATUSES, TOOL_DESCRIPTION, type ParseResult } from "./record.ts";

export const TEXT_MARKER = "← Canon taxonomy";
const PAY_DIFFERENTIAL = "Material PAY differential vs the function baseline.";
const NO_ALIASES = "No title aliases recorded for this profile yet.";
const BULLET = "  • ";

class Blocks {
  private i = 0;
  constructor(private readonly blocks: string[][]) {}

  /** The next block, which must exist: a page that ends early was cut off before `section`. */
  next(section: string): string[] {
    const block = this.blocks[this.i++];
    if (!block) throw new PageError("truncated", `page ends before ${section}`);
    return block;
  }
  peek(): string[] | undefined {
    return this.blocks[this.i];
  }
  /** A one-line block whose text is exactly `heading`. */
  heading(heading: string): void {
    const block = this.next(`the "${heading}" section`);
    if (block.length !== 1 || block[0] !== heading) {
      throw malformed(`expected the "${heading}" heading, found ${quote(block[0] ?? "")}`);
    }
  }
  line(what: string): string {
    const block = this.next(what);
    if (block.length !== 1) throw malformed(`expected ${what} on one line, found ${block.length} lines`);
    return block[0]!;
  }
  rest(): number {
    return this.blocks.length - this.i;
  }
}

// A text dump is visible text, so its white space is normally folded already; folding every
// field again would cost more than the rest of the parse. One scan of the whole page decides.
const ODD_SPACE = /[\t\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;
const UNFOLDED = /^ |\n (?! • )|[^\n] {2}|• {2}/;
const needsFolding = (text: string) => ODD_SPACE.test(text) || UNFOLDED.test(text);

/** Blocks of non-blank lines, each line's text folded as a browser shows it (bullets keep their mark). */
function toBlocks(text: string): string[][] {
  const fold = needsFolding(text);
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const raw of text.split("\n")) {
    let line = raw.trimEnd();
    if (fold && line !== "") line = line.startsWith(BULLET) ? BULLET + clean(line.slice(BULLET.length)) : clean(line);
    if (line === "") {
      if (current.length) blocks.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length) blocks.push(current);
  return blocks;
}

const bullet = (line: string, where: string): string => {
  if (!line.startsWith(BULLET)) throw malformed(`${where}: expected a "•" bullet, found ${quote(line)}`);
  return line.slice(BULLET.length);
};

export function parseText(text: string): ParseResult {
  const blocks = toBlocks(text);
  const first = blocks[0]?.[0] ?? "";
  if (first !== TEXT_MARKER && TEXT_MARKER.startsWith(first) && blocks.length === 1 && blocks[0]!.length === 1) {
    return { ok: false, kind: "truncated", reason: `page ends in its first line` };
  }
  if (first !== TEXT_MARKER) {
    return { ok: false, kind: "not-a-profile", reason: `not a Canon taxonomy profile page (no "${TEXT_MARKER}" first line)` };
  }
  const b = new Blocks(blocks);
  let parts: PageParts;
  try {
    parts = readParts(b);
  } catch (e) {
    if (!(e instanceof PageError)) throw e;
    // A bad line in the file's last block is what a download cut mid-line looks like.
    if (e.kind === "malformed" && b.rest() === 0) return { ok: false, kind: "truncated", reason: `page ends mid-section: ${e.message}` };
    return { ok: false, kind: e.kind, reason: e.message };
  }
  try {
    return { ok: true, record: assemble(parts) };
  } catch (e) {
    if (e instanceof PageError) return { ok: false, kind: e.kind, reason: e.message };
    throw e;
  }
}

function readParts(b: Blocks): PageParts {

  const head = b.next("the page header");
  if (head.length !== 5) throw malformed(`the page header has ${head.length} lines, expected 5`);
  // The fifth line is a breadcrumb that repeats a name shown again in the facts.
  const [, levelBadge, profileId, title] = head as [string, string, string, string];
  parseProfileId(profileId);

  const heroTitle = b.line("the hero title");
  const heroId = b.line("the hero profile id");
  const badges = parseBadges(splitBadges(b.line("the badges")));
  const summary = b.line("the summary");

  const facts = b.next("the level, function and pay facts");
  if (facts.length !== 6 || facts[0] !== "Level" || facts[2] !== "Function · Focus" || facts[4] !== "Market pay (median)") {
    throw new PageError(facts.length < 6 ? "truncated" : "malformed", `the facts block is not Level / Function · Focus / Market pay (median)`);
  }
  const level = parseLevelFact(facts[1]!);
  const names = parseFunctionFocus(facts[3]!);
  const pay = parsePay(facts[5]!);

  const functionDescription = b.line("the function description");
  const focusHeading = b.line("the focus heading");
  const focusDescription = b.line("the focus description");
  let payDifferentialMaterial = false;
  if (b.peek()?.[0] === PAY_DIFFERENTIAL) {
    b.next("");
    payDifferentialMaterial = true;
  }

  b.heading("Responsibilities by level");
  const track = parseTrack(b.line("the responsibilities intro"));
  const responsibilities = readResponsibilities(b.next("the responsibilities"));

  b.heading("Level guidelines");
  b.line("the rubric intro");
  const rubric = readRubric(b.next("the rubric table"));

  b.heading("Skills");
  b.line("the skills intro");
  const skills = readSkills(b.next("the skills list"));

  b.heading("Provenance");
  b.line("the provenance intro");
  const provenance = b.next("the quality scores");
  if (provenance.length !== 2) throw new PageError("truncated", `the provenance block has ${provenance.length} lines, expected scores and a source count`);
  const qualityScores = readScores(provenance[0]!);
  const sourceCount = parseSourceCount(provenance[1]!);

  const levelHeading = parseLevelHeading(b.line("the level definition"));
  const levelSummary = b.line("the level summary");
  const levelDefinition = readPairs(b.next("the level attributes"), "level attributes").map(([attribute, value], i) => ({
    position: i + 1,
    attribute,
    value,
  }));

  b.heading("Adjacent roles");
  b.line("the adjacent roles intro");
  const adjacentRoles = b.peek()?.[0]?.startsWith(BULLET) ? readAdjacent(b.next("")) : [];

  b.heading("Title aliasesshow ▾");
  const aliasBlock = b.next("the title aliases");
  const aliases = aliasBlock.length === 1 && aliasBlock[0] === NO_ALIASES ? [] : aliasBlock.map((l) => bullet(l, "title aliases"));

  b.heading("Classification mappingsshow ▾");
  const classifications = readClassifications(b);

  return {
    headerLevel: levelBadge, profileId, title, heroTitle, heroId, badges, summary, level, names, pay,
    functionDescription, focusHeading, focusDescription, payDifferentialMaterial, track, responsibilities, rubric,
    skills, qualityScores, sourceCount, levelHeading, levelSummary, levelDefinition, adjacentRoles, aliases, classifications,
  };
}

const oneOf = (values: readonly string[]) => `(${values.join("|")})`;
const BADGES = new RegExp(
  `^([PM][1-9][0-9]?)(\\1 — .+?)${oneOf(CONFIDENCE_LABELS)}([01]\\.\\d{1,3})${oneOf(STATUSES)}${oneOf(SCOPES)}(v\\d+)$`,
);

/** "P3P3 — Mid-Level Professionalhigh0.80approvedglobalv1": the seven badges with nothing between them. */
function splitBadges(line: string): string[] {
  const m = BADGES.exec(line);
  if (!m) throw malformed(`badges line ${quote(line)} is not level, label, confidence, score, status, scope, version`);
  return m.slice(1);
}

function readResponsibilities(lines: string[]): PageParts["responsibilities"] {
  const out: PageParts["responsibilities"] = [];
  let levelCode = "";
  let isOwnLevel = false;
  let position = 0;
  for (const line of lines) {
    if (line.startsWith(BULLET)) {
      if (!levelCode) throw malformed(`a responsibility comes before any level heading`);
      out.push({ levelCode, position: ++position, text: bullet(line, "responsibilities"), isOwnLevel });
    } else {
      isOwnLevel = line.endsWith("this profile");
      levelCode = parseLevelCode(isOwnLevel ? line.slice(0, -"this profile".length) : line, "responsibilities");
      position = 0;
    }
  }
  return out;
}

const RUBRIC_HEADER = "LevelKnowledge & ApplicationComplexity & Problem SolvingCollaboration & InteractionTypical Degree & Years";

function readRubric(lines: string[]): PageParts["rubric"] {
  if (lines[0] !== RUBRIC_HEADER) throw malformed(`the rubric table header is not Level / Knowledge … / Typical Degree & Years`);
  return lines.slice(1).map(splitRubricRow);
}

/**
 * A rubric row's five cells run together: "P1Applies …instruction.Handles …non-standard.Maintains …".
 * A cell ends with a full stop (or other closing punctuation) followed at once by the next cell's
 * capital or digit; inside a cell a sentence is followed by a space. When a row offers more such
 * seams than it has cells, the last cell (degree & years) is taken at the seam before a digit;
 * a row that still cannot be split in exactly one way is rejected rather than guessed.
 */
export function splitRubricRow(line: string): PageParts["rubric"][number] {
  const m = /^([PM][1-9][0-9]?)(?=[A-Z])/.exec(line);
  if (!m) throw malformed(`rubric row ${quote(line)} does not start with a level code`);
  const body = line.slice(m[1]!.length);
  const seams = [...body.matchAll(/[.!?;)](?=[A-Z0-9])/g)].map((s) => s.index! + 1);
  let cuts: number[] | undefined;
  if (seams.length === 3) cuts = seams;
  else if (seams.length > 3) {
    const beforeDigit = seams.filter((i) => /\d/.test(body[i]!));
    const beforeCapital = seams.filter((i) => !/\d/.test(body[i]!));
    if (beforeDigit.length >= 1 && beforeCapital.length === 2) cuts = [...beforeCapital, beforeDigit[beforeDigit.length - 1]!].sort((a, b) => a - b);
  }
  if (!cuts) throw malformed(`rubric row ${m[1]} cannot be split into its four cells unambiguously`);
  const [a, b2, c] = cuts as [number, number, number];
  const cells = [body.slice(0, a), body.slice(a, b2), body.slice(b2, c), body.slice(c)].map(clean);
  return {
    levelCode: m[1]!,
    knowledgeApplication: cells[0]!,
    complexityProblemSolving: cells[1]!,
    collaborationInteraction: cells[2]!,
    degreeYears: cells[3]!,
  };
}

function readPairs(lines: string[], what: string): [string, string][] {
  if (lines.length % 2 !== 0) throw new PageError("truncated", `${what}: a name without its description (${lines.length} lines)`);
  const pairs: [string, string][] = [];
  for (let i = 0; i < lines.length; i += 2) pairs.push([lines[i]!, lines[i + 1]!]);
  return pairs;
}

function readSkills(lines: string[]): PageParts["skills"] {
  return readPairs(lines, "skills").map(([name, description], i) => ({
    position: i + 1,
    name,
    description,
    isTool: description === TOOL_DESCRIPTION,
  }));
}

/** "Level differentiation4.0Focus specificity4.5…": a name without digits, then its score. */
function readScores(line: string): PageParts["qualityScores"] {
  const scores: PageParts["qualityScores"] = [];
  const re = /([^\d]+?)(\d(?:\.\d{1,2})?)(?=[^\d.]|$)/gy;
  let m: RegExpExecArray | null;
  let end = 0;
  while ((m = re.exec(line))) {
    const dimension = clean(m[1]!);
    scores.push({ position: scores.length + 1, dimension, score: parseScore(dimension, m[2]!) });
    end = re.lastIndex;
  }
  if (end !== line.length || scores.length === 0) throw malformed(`quality scores line ${quote(line)} is not dimension/score pairs`);
  return scores;
}

const ADJACENT = /^(.+ — ([PM][1-9][0-9]?))([A-Z][A-Z0-9]*\.[A-Z][A-Z0-9]*\.\2)([01]\.\d{1,3})(close|partial|distant)$/;

/** "  • Sales Support / Operations — P4SALESS.SALESSUP0118.P40.20close" */
function readAdjacent(lines: string[]): PageParts["adjacentRoles"] {
  return lines.map((line, i) => {
    const m = ADJACENT.exec(bullet(line, "adjacent roles"));
    if (!m) throw malformed(`adjacent role ${quote(line.trim())} is not title, profile id, distance, band`);
    parseProfileId(m[3]!);
    return { position: i + 1, title: m[1]!, profileId: m[3]!, distance: parseDistance(m[4]!), band: parseBand(m[5]!) };
  });
}

/** One or more systems, each a heading line and a block of "code=…source=…" bullets. */
function readClassifications(b: Blocks): PageParts["classifications"] {
  const out: PageParts["classifications"] = [];
  do {
    const system = b.line("a classification system");
    const mappings = b.next(`the ${system} mappings`);
    for (const line of mappings) {
      const m = /^code=(.*?)(source=.*)$/.exec(bullet(line, "classification mappings"));
      if (!m) throw new PageError("truncated", `classification mapping ${quote(line.trim())} has no source`);
      out.push({ position: out.length + 1, system, ...parseMapping(`code=${m[1]}`, m[2]!) });
    }
  } while (b.rest() > 0);
  return out;
}
