// Values that read the same in both renderings (a pay line, a years range, a badge), parsed once
// here so that the text and HTML parsers cannot drift apart. Each function takes the visible text
// of one element and either returns a typed value or throws a PageError saying what is wrong.
import {
  BANDS,
  CONFIDENCE_LABELS,
  SCOPES,
  STATUSES,
  type Band,
  type ConfidenceLabel,
  type Currency,
  type RejectKind,
  type Scope,
  type Status,
  type Track,
} from "./record.ts";

export class PageError extends Error {
  constructor(
    readonly kind: RejectKind,
    message: string,
  ) {
    super(message);
  }
}

export const malformed = (message: string) => new PageError("malformed", message);

/** Visible text as a browser shows it: runs of white space folded to one space, ends trimmed. */
export const clean = (s: string) => (isClean(s) ? s : s.replace(/\s+/g, " ").trim());

// Most text is clean already (every line of a text dump is). This scan, much cheaper than a
// regular expression, lets it through uncopied; anything doubtful takes the slow path above.
function isClean(s: string): boolean {
  const n = s.length;
  if (n > 0 && (s.charCodeAt(0) === 32 || s.charCodeAt(n - 1) === 32)) return false;
  let previousSpace = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (previousSpace) return false;
      previousSpace = true;
    } else {
      if (c < 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || (c >= 0x2028 && c <= 0x202f) || c === 0x205f || c === 0x3000 || c === 0xfeff) return false;
      previousSpace = false;
    }
  }
  return true;
}

/** Quote a piece of page text in a reason, cut short so the reason stays one readable line. */
export const quote = (s: string, max = 60) => JSON.stringify(s.length > max ? `${s.slice(0, max)}…` : s);

// One definition of a profile id's parts; the SQL models embed PROFILE_ID_PATTERN (tested).
const FUNCTION_CODE = "[A-Z][A-Z0-9]{1,15}";
const FOCUS_CODE = "[A-Z][A-Z0-9]{1,23}";
const LEVEL = "[PM][1-9][0-9]?";
export const PROFILE_ID_PATTERN = `${FUNCTION_CODE}\\.${FOCUS_CODE}\\.${LEVEL}`;
const ID = new RegExp(`^(${FUNCTION_CODE})\\.(${FOCUS_CODE})\\.(${LEVEL})$`);

export function parseProfileId(s: string): { functionCode: string; focusCode: string; levelCode: string } {
  const m = ID.exec(s);
  if (!m) throw malformed(`profile id ${quote(s)} is not of the form FUNCTION.FOCUS.LEVEL`);
  return { functionCode: m[1]!, focusCode: m[2]!, levelCode: m[3]! };
}

const LEVEL_CODE = new RegExp(`^${LEVEL}$`);
export function parseLevelCode(s: string, where: string): string {
  if (!LEVEL_CODE.test(s)) throw malformed(`${where}: ${quote(s)} is not a level code such as P3 or M2`);
  return s;
}

/** "P3 — Mid-Level Professional" */
export function parseLevelLabel(s: string): { levelCode: string; levelName: string } {
  const m = /^([PM][1-9][0-9]?) — (.+)$/.exec(s);
  if (!m) throw malformed(`level label ${quote(s)} is not of the form "P3 — Name"`);
  return { levelCode: m[1]!, levelName: m[2]! };
}

function oneOf<T extends string>(values: readonly T[], s: string, what: string): T {
  if (!(values as readonly string[]).includes(s)) throw malformed(`${what} ${quote(s)} is not one of ${values.join(", ")}`);
  return s as T;
}

export interface Badges {
  levelCode: string;
  levelName: string;
  confidenceLabel: ConfidenceLabel;
  confidenceScore: number;
  status: Status;
  scope: Scope;
  version: string;
  versionNumber: number;
}

/** The hero's seven badges, in page order: P3, "P3 — Name", high, 0.80, approved, global, v1. */
export function parseBadges(cells: string[]): Badges {
  if (cells.length !== 7) throw malformed(`the hero has ${cells.length} badges, expected 7`);
  const [code, label, confidence, score, status, scope, version] = cells as [string, string, string, string, string, string, string];
  const { levelCode, levelName } = parseLevelLabel(label);
  if (code !== levelCode) throw malformed(`level badge ${quote(code)} does not match ${quote(label)}`);
  if (!/^[01]\.\d{1,3}$/.test(score)) throw malformed(`confidence score ${quote(score)} is not a number from 0 to 1`);
  const v = /^v([1-9][0-9]*)$/.exec(version);
  if (!v) throw malformed(`version ${quote(version)} is not of the form v1, v2, …`);
  return {
    levelCode,
    levelName,
    confidenceLabel: oneOf(CONFIDENCE_LABELS, confidence, "confidence"),
    confidenceScore: Number(score),
    status: oneOf(STATUSES, status, "status"),
    scope: oneOf(SCOPES, scope, "scope"),
    version,
    versionNumber: Number(v[1]),
  };
}

/** "3–5 yrs" (en dash) or "15+ yrs". */
export function parseYears(s: string): { yearsMin: number; yearsMax: number | null } {
  const range = /^(\d{1,2})–(\d{1,2}) yrs$/.exec(s);
  if (range) return { yearsMin: Number(range[1]), yearsMax: Number(range[2]) };
  const open = /^(\d{1,2})\+ yrs$/.exec(s);
  if (open) return { yearsMin: Number(open[1]), yearsMax: null };
  throw malformed(`typical experience ${quote(s)} is neither "3–5 yrs" nor "15+ yrs"`);
}

/** The "Level" fact: "P3 · P3 — Mid-Level Professional · 3–5 yrs". */
export function parseLevelFact(s: string) {
  const parts = s.split(" · ");
  if (parts.length !== 3) throw malformed(`level fact ${quote(s)} is not "code · label · years"`);
  const label = parseLevelLabel(parts[1]!);
  if (label.levelCode !== parts[0]) throw malformed(`level fact ${quote(s)} names two levels`);
  return { ...label, ...parseYears(parts[2]!) };
}

/** The "Function · Focus" fact. Names with " · " inside them would be ambiguous; the site has none. */
export function parseFunctionFocus(s: string): { functionName: string; focusName: string } {
  const parts = s.split(" · ");
  if (parts.length !== 2 || !parts[0] || !parts[1]) throw malformed(`function · focus fact ${quote(s)} is not "function · focus"`);
  return { functionName: parts[0], focusName: parts[1] };
}

const SYMBOLS: Record<string, Currency> = { $: "USD", "€": "EUR", "£": "GBP" };
const AMOUNT = "([$€£])(\\d{1,4}(?:\\.\\d)?)k";
const PAY = new RegExp(`^${AMOUNT} \\(${AMOUNT}${AMOUNT}\\)$`);

/** "$82k ($65k$105k)": median, then the range; in thousands, whole units out. */
export function parsePay(s: string): { currency: Currency; payMedian: number; payMin: number; payMax: number } {
  const m = PAY.exec(s);
  if (!m) throw malformed(`market pay ${quote(s)} is not of the form "$82k ($65k$105k)"`);
  if (m[1] !== m[3] || m[1] !== m[5]) throw malformed(`market pay ${quote(s)} mixes currencies`);
  const units = (k: string) => Math.round(Number(k) * 1000);
  return { currency: SYMBOLS[m[1]!]!, payMedian: units(m[2]!), payMin: units(m[4]!), payMax: units(m[6]!) };
}

/** The track, from the responsibilities' intro: "… at each level on the professional track — …". */
export function parseTrack(s: string): Track {
  const m = /on the (professional|management) track/.exec(s);
  if (!m) throw malformed(`responsibilities intro does not name the professional or management track`);
  return m[1] as Track;
}

export function parseScore(dimension: string, s: string): number {
  if (!/^\d(?:\.\d{1,2})?$/.test(s)) throw malformed(`quality score ${quote(s)} for ${quote(dimension)} is not a number`);
  const score = Number(s);
  if (score < 0 || score > 5) throw malformed(`quality score ${s} for ${quote(dimension)} is outside 0–5`);
  return score;
}

/** "14 sources", "1 source". */
export function parseSourceCount(s: string): number {
  const m = /^(\d{1,6}) sources?$/.exec(s);
  if (!m) throw malformed(`source count ${quote(s)} is not of the form "14 sources"`);
  return Number(m[1]);
}

/** "Level — P3 — Mid-Level Professional" */
export function parseLevelHeading(s: string): { levelCode: string; levelName: string } {
  const m = /^Level — (.+)$/.exec(s);
  if (!m) throw malformed(`level definition heading ${quote(s)} is not "Level — P3 — Name"`);
  return parseLevelLabel(m[1]!);
}

export function parseDistance(s: string): number {
  if (!/^[01]\.\d{1,3}$/.test(s)) throw malformed(`adjacent role distance ${quote(s)} is not a number from 0 to 1`);
  const d = Number(s);
  if (d > 1) throw malformed(`adjacent role distance ${s} is above 1`);
  return d;
}

export const parseBand = (s: string): Band => oneOf(BANDS, s, "match band");

/** A mapping's two cells: "code=43-4051", "source=jfm-factory.resolve". */
export function parseMapping(codeCell: string, sourceCell: string): { code: string; source: string } {
  const code = /^code=(\S+)$/.exec(codeCell);
  const source = /^source=(\S+)$/.exec(sourceCell);
  if (!code || !source) throw malformed(`classification mapping ${quote(codeCell + sourceCell)} is not "code=…source=…"`);
  return { code: code[1]!, source: source[1]! };
}
