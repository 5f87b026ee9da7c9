// The last step of both parsers: the pieces read off a page, checked against each other and
// turned into one ProfileRecord. A page repeats its id, level and title in several places; when
// those copies disagree the page is corrupt, and it is rejected rather than half-believed.
import { malformed, parseProfileId, quote, type Badges } from "./page-values.ts";
import type { ProfileRecord, Track } from "./record.ts";

export interface PageParts {
  headerLevel: string;
  profileId: string;
  title: string;
  heroTitle: string;
  heroId: string;
  badges: Badges;
  summary: string;
  level: { levelCode: string; levelName: string; yearsMin: number; yearsMax: number | null };
  names: { functionName: string; focusName: string };
  pay: Pick<ProfileRecord, "currency" | "payMedian" | "payMin" | "payMax">;
  functionDescription: string;
  focusHeading: string;
  focusDescription: string;
  payDifferentialMaterial: boolean;
  track: Track;
  responsibilities: ProfileRecord["responsibilities"];
  rubric: ProfileRecord["rubric"];
  skills: ProfileRecord["skills"];
  qualityScores: ProfileRecord["qualityScores"];
  sourceCount: number;
  levelHeading: { levelCode: string; levelName: string };
  levelSummary: string;
  levelDefinition: ProfileRecord["levelDefinition"];
  adjacentRoles: ProfileRecord["adjacentRoles"];
  aliases: string[];
  classifications: ProfileRecord["classifications"];
}

function same(what: string, a: string, b: string) {
  if (a !== b) throw malformed(`${what} disagree: ${quote(a)} and ${quote(b)}`);
}

export function assemble(p: PageParts): ProfileRecord {
  const { levelCode } = parseProfileId(p.profileId);
  same("profile id and hero id", p.profileId, p.heroId);
  same("profile id level and level badge", levelCode, p.headerLevel);
  same("profile id level and hero badge", levelCode, p.badges.levelCode);
  same("profile id level and level fact", levelCode, p.level.levelCode);
  same("profile id level and level definition", levelCode, p.levelHeading.levelCode);
  same("level names of the badge and the level fact", p.badges.levelName, p.level.levelName);
  same("level names of the badge and the level definition", p.badges.levelName, p.levelHeading.levelName);
  same("page title and hero title", p.title, p.heroTitle);
  same("focus heading and focus name", p.focusHeading, `Focus — ${p.names.focusName}`);
  const trackLetter = p.track === "professional" ? "P" : "M";
  if (levelCode[0] !== trackLetter) throw malformed(`level ${levelCode} is not on the ${p.track} track its responsibilities name`);
  for (const r of p.responsibilities) {
    if (r.isOwnLevel && r.levelCode !== levelCode) throw malformed(`responsibilities mark ${r.levelCode} as this profile, but the profile is ${levelCode}`);
  }
  const { badges } = p;
  return {
    profileId: p.profileId,
    title: p.title,
    functionName: p.names.functionName,
    focusName: p.names.focusName,
    levelCode,
    levelName: badges.levelName,
    track: p.track,
    confidenceLabel: badges.confidenceLabel,
    confidenceScore: badges.confidenceScore,
    status: badges.status,
    scope: badges.scope,
    version: badges.version,
    versionNumber: badges.versionNumber,
    summary: p.summary,
    functionDescription: p.functionDescription,
    focusDescription: p.focusDescription,
    yearsMin: p.level.yearsMin,
    yearsMax: p.level.yearsMax,
    ...p.pay,
    payDifferentialMaterial: p.payDifferentialMaterial,
    responsibilities: p.responsibilities,
    rubric: p.rubric,
    skills: p.skills,
    qualityScores: p.qualityScores,
    sourceCount: p.sourceCount,
    levelSummary: p.levelSummary,
    levelDefinition: p.levelDefinition,
    adjacentRoles: p.adjacentRoles,
    aliases: p.aliases,
    classifications: p.classifications,
  };
}
