// The universal level ladder: every focus uses these names, years and definitions, which is why
// a P3 page anywhere in the corpus carries the seed page's P3 definition word for word.
import type { Track } from "../ingest/record.ts";

export interface LevelDef {
  code: string;
  track: Track;
  name: string;
  yearsMin: number;
  /** null: open-ended, printed "15+ yrs". */
  yearsMax: number | null;
  summary: string;
  /** Scope, Autonomy, Complexity, Impact, Decision rights, Leadership; Typical experience is the years text. */
  attributes: [string, string, string, string, string, string];
  /** Position on one seniority scale across both tracks; distances and pay are measured on it. */
  rank: number;
}

export const ATTRIBUTE_NAMES = ["Scope", "Autonomy", "Complexity", "Impact", "Decision rights", "Leadership", "Typical experience"] as const;

const level = (
  code: string, name: string, years: [number, number | null], rank: number, summary: string, attributes: LevelDef["attributes"],
): LevelDef => ({
  code, track: code.startsWith("P") ? "professional" : "management", name, yearsMin: years[0], yearsMax: years[1], rank, summary, attributes,
});

export const LEVELS: readonly LevelDef[] = [
  level("P1", "Entry-Level Professional", [0, 2], 1, "Early-career professional; learns the craft on well-defined tasks under close guidance", [
    "Well-defined tasks within a single workstream", "Works under close supervision; work is reviewed in detail",
    "Routine problems with standard answers", "Own tasks", "Follows established procedures", "None; learns from senior colleagues"]),
  level("P2", "Developing Professional", [2, 4], 2, "Developing professional; handles conventional work with growing independence", [
    "Components of a larger deliverable", "Works with general instruction on routine work; guided on new assignments",
    "Conventional problems in familiar contexts", "Own deliverables and immediate team", "Chooses among defined options for own tasks",
    "Helps onboard new joiners"]),
  level("P3", "Mid-Level Professional", [3, 5], 3, "Fully competent professional; works independently on standard projects", [
    "Features or a sub-system end-to-end", "Works independently on standard work; reviewed on the non-standard",
    "Diverse problems; adapts existing approaches", "Project / team outcomes", "Owns implementation decisions for own scope",
    "Mentors juniors informally"]),
  level("P4", "Senior Professional", [5, 8], 4, "Seasoned expert; leads complex projects and sets technical direction for a team", [
    "A system or program spanning several teams", "Sets own priorities within team goals; seeks review on strategic calls",
    "Complex problems with many variables; selects methods", "Department outcomes", "Owns design and method decisions for the area",
    "Leads projects and mentors professionals"]),
  level("P5", "Principal Professional", [8, 12], 5, "Recognized authority; shapes strategy and standards across the function", [
    "A function-wide domain or platform", "Works from broad objectives with high independence",
    "Strategic, ambiguous problems involving intangibles", "Function and company objectives",
    "Sets standards that other teams adopt", "Guides senior professionals across teams"]),
  level("P6", "Distinguished Professional", [15, null], 6, "Industry-level expert; defines the long-term direction of the discipline in the company", [
    "The company's practice in the discipline", "Self-directed; accountable to executive leadership",
    "Novel problems with no precedent inside or outside the company", "Company strategy and external reputation",
    "Decides the direction of the discipline", "Develops principal professionals and external networks"]),
  level("M1", "Team Lead", [4, 7], 3.5, "First-line leader; runs a small team while staying hands-on in the work", [
    "One team and its deliverables", "Plans the team's work within set goals",
    "Operational problems; balances delivery against capacity", "Team outcomes", "Assigns work and approves routine decisions",
    "Leads a team of individual contributors"]),
  level("M2", "Manager", [6, 10], 4.5, "People manager; owns a team's results, hiring and development", [
    "A team or several closely related workstreams", "Sets team goals within department plans",
    "Problems spanning people, process and delivery", "Department outcomes", "Hires, sets budgets within limits, and owns team decisions",
    "Manages and develops individual contributors and leads"]),
  level("M3", "Senior Manager", [9, 14], 5.5, "Manager of managers; runs a multi-team area and its operating plan", [
    "A multi-team area of the function", "Works from department objectives with high independence",
    "Cross-team trade-offs with competing priorities", "Function outcomes", "Owns the area's plan, budget and organization design",
    "Manages managers"]),
  level("M4", "Director", [12, 18], 6.5, "Functional leader; sets strategy and allocates resources across the function", [
    "A function or a major part of one", "Accountable to executive leadership for results",
    "Strategic problems affecting several functions", "Company outcomes", "Sets functional strategy and allocates resources",
    "Leads senior managers and shapes the leadership bench"]),
  level("M5", "Executive", [15, null], 7.5, "Executive leader; accountable for a function's contribution to company strategy", [
    "The whole function across regions", "Sets direction with the executive team and board",
    "Enterprise-level problems with long horizons", "Company strategy and market position",
    "Decides company-level commitments for the function", "Leads directors and represents the function externally"]),
];

const BY_CODE = new Map(LEVELS.map((l) => [l.code, l]));

export function levelDef(code: string): LevelDef {
  const def = BY_CODE.get(code);
  if (!def) throw new Error(`no level ${code}`);
  return def;
}

export const trackLevels = (track: Track) => LEVELS.filter((l) => l.track === track);

