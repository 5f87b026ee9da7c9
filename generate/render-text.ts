// Renders a record as the site's text dump: the visible text of the page, block elements on
// their own lines, inline elements run together. It reproduces the seed dump byte for byte
// (tests/generate/render.test.ts), so generated corpora read exactly like a real crawl.
import type { ProfileRecord } from "../ingest/record.ts";
import { formatPay, formatYears, groupByLevel, pageLabels } from "./page-labels.ts";

export function renderText(r: ProfileRecord): string {
  const l = pageLabels(r);
  const out: string[] = [];
  const block = (...lines: string[]) => out.push(...lines, "");

  block("← Canon taxonomy", r.levelCode, r.profileId, r.title, r.functionName);
  block(r.title);
  block(r.profileId);
  block(`${r.levelCode}${l.levelLabel}${r.confidenceLabel}${r.confidenceScore.toFixed(2)}${r.status}${r.scope}${r.version}`);
  block(r.summary);
  block(
    "Level",
    `${r.levelCode} · ${l.levelLabel} · ${formatYears(r)}`,
    "Function · Focus",
    `${r.functionName} · ${r.focusName}`,
    "Market pay (median)",
    formatPay(r),
  );
  block(r.functionDescription);
  block(`Focus — ${r.focusName}`);
  block(r.focusDescription);
  if (r.payDifferentialMaterial) block("Material PAY differential vs the function baseline.");

  block("Responsibilities by level");
  block(`What this person actually does at each level on the ${r.track} track — escalating scope, not one generic blob. Your level is highlighted.`);
  block(
    ...groupByLevel(r.responsibilities).flatMap(({ levelCode, isOwnLevel, items }) => [
      `${levelCode}${isOwnLevel ? "this profile" : ""}`,
      ...items.map((x) => `  • ${x.text}`),
    ]),
  );

  block("Level guidelines");
  block("The universal leveling rubric applied to this function — how scope, complexity, collaboration, and experience step up across levels.");
  block(
    "LevelKnowledge & ApplicationComplexity & Problem SolvingCollaboration & InteractionTypical Degree & Years",
    ...r.rubric.map((x) => `${x.levelCode}${x.knowledgeApplication}${x.complexityProblemSolving}${x.collaborationInteraction}${x.degreeYears}`),
  );

  block("Skills");
  block("Focus-specific skills the role applies — the relevance layer beyond the occupational base.");
  block(...r.skills.flatMap((s) => [s.name, s.description]));

  block("Provenance");
  block(l.provenanceIntro);
  block(r.qualityScores.map((q) => `${q.dimension}${q.score.toFixed(1)}`).join(""), `${r.sourceCount} ${r.sourceCount === 1 ? "source" : "sources"}`);

  block(`Level — ${l.levelLabel}`);
  block(r.levelSummary);
  block(...r.levelDefinition.flatMap((a) => [a.attribute, a.value]));

  block("Adjacent roles");
  block(l.adjacentIntro);
  if (r.adjacentRoles.length) block(...r.adjacentRoles.map((a) => `  • ${a.title}${a.profileId}${a.distance.toFixed(2)}${a.band}`));

  block("Title aliasesshow ▾");
  block(...(r.aliases.length ? r.aliases.map((a) => `  • ${a}`) : [l.noAliases]));

  out.push("Classification mappingsshow ▾", "");
  const systems = [...new Set(r.classifications.map((c) => c.system))];
  systems.forEach((system, i) => {
    if (i > 0) out.push("");
    out.push(system, "", ...r.classifications.filter((c) => c.system === system).map((c) => `  • code=${c.code}source=${c.source}`));
  });
  return out.join("\n");
}
