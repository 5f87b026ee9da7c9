// Renders a record as the site's HTML, in the seed page's exact structure and whitespace
// (tests/generate/render.test.ts re-renders the seed byte for byte). Every piece of profile text
// is escaped: text is data, and markup inside a responsibility must come back as text.
import type { ProfileRecord } from "../ingest/record.ts";
import { formatAmount, formatYears, groupByLevel, pageLabels } from "./page-labels.ts";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" };
export const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

export function renderHtml(r: ProfileRecord): string {
  const l = pageLabels(r);
  const title = esc(r.title);
  const id = esc(r.profileId);
  const amounts = `${esc(formatAmount(r.currency, r.payMedian))} (<span>${esc(formatAmount(r.currency, r.payMin))}</span><span>${esc(formatAmount(r.currency, r.payMax))}</span>)`;
  const badges = [r.levelCode, l.levelLabel, r.confidenceLabel, r.confidenceScore.toFixed(2), r.status, r.scope, r.version];
  const levels = groupByLevel(r.responsibilities)
    .map(
      (g) =>
        `  <div class="lvl${g.isOwnLevel ? " current" : ""}"><h4>${esc(g.levelCode)}${g.isOwnLevel ? "<em>this profile</em>" : ""}</h4><ul>\n` +
        g.items.map((x) => `    <li>${esc(x.text)}</li>`).join("\n") +
        `</ul></div>\n`,
    )
    .join("");
  const rubric = r.rubric
    .map(
      (x) =>
        `      <tr>${[x.levelCode, x.knowledgeApplication, x.complexityProblemSolving, x.collaborationInteraction, x.degreeYears]
          .map((c) => `<td>${esc(c)}</td>`)
          .join("")}</tr>\n`,
    )
    .join("");
  const skills = r.skills.map((s) => `    <li><strong>${esc(s.name)}</strong><p>${esc(s.description)}</p></li>\n`).join("");
  const scores = r.qualityScores.map((q) => `<span>${esc(q.dimension)}</span><b>${q.score.toFixed(1)}</b>`).join("");
  const attributes = r.levelDefinition.map((a) => `    <dt>${esc(a.attribute)}</dt><dd>${esc(a.value)}</dd>\n`).join("");
  const adjacent = r.adjacentRoles
    .map(
      (a) =>
        `\n    <li><a href="/taxonomy/${esc(a.profileId)}">${esc(a.title)}</a><code>${esc(a.profileId)}</code><span class="dist">${a.distance.toFixed(2)}</span><span class="band">${a.band}</span></li>`,
    )
    .join("");
  const aliases = r.aliases.length
    ? `  <ul class="aliases">${r.aliases.map((a) => `\n    <li>${esc(a)}</li>`).join("")}</ul>`
    : `  <p class="muted">${l.noAliases}</p>`;
  const systems = [...new Set(r.classifications.map((c) => c.system))];
  const mappings = systems
    .map(
      (system) =>
        `  <h4>${esc(system)}</h4>\n  <ul>${r.classifications
          .filter((c) => c.system === system)
          .map((c) => `<li><span>code=${esc(c.code)}</span><span>source=${esc(c.source)}</span></li>`)
          .join("")}</ul>\n`,
    )
    .join("");

  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${title} · Canon taxonomy</title>
<style>.badge{padding:2px 6px}.muted{color:#777}</style></head>
<body>
<nav><a href="/taxonomy">← Canon taxonomy</a></nav>
<header class="profile-head">
  <span class="badge lvl">${esc(r.levelCode)}</span>
  <code class="pid">${id}</code>
  <h1>${title}</h1>
  <p class="crumb">${esc(r.functionName)}</p>
</header>
<main>
<section class="hero">
  <h2>${title}</h2>
  <p><code>${id}</code></p>
  <div class="badges">${badges.map((b) => `<span>${esc(b)}</span>`).join("")}</div>
  <p class="summary">${esc(r.summary)}</p>
  <dl class="facts">
    <dt>Level</dt><dd>${esc(r.levelCode)} · ${esc(l.levelLabel)} · ${formatYears(r)}</dd>
    <dt>Function · Focus</dt><dd>${esc(r.functionName)} · ${esc(r.focusName)}</dd>
    <dt>Market pay (median)</dt><dd>${amounts}</dd>
  </dl>
</section>
<section>
  <p>${esc(r.functionDescription)}</p>
  <h3>Focus — ${esc(r.focusName)}</h3>
  <p>${esc(r.focusDescription)}</p>
${r.payDifferentialMaterial ? `  <p class="paydiff">Material PAY differential vs the function baseline.</p>\n` : ""}</section>
<section class="resp">
  <h2>Responsibilities by level</h2>
  <p class="muted">What this person actually does at each level on the ${r.track} track — escalating scope, not one generic blob. Your level is highlighted.</p>
${levels}</section>
<section>
  <h2>Level guidelines</h2>
  <p class="muted">The universal leveling rubric applied to this function — how scope, complexity, collaboration, and experience step up across levels.</p>
  <table>
    <thead><tr><th>Level</th><th>Knowledge &amp; Application</th><th>Complexity &amp; Problem Solving</th><th>Collaboration &amp; Interaction</th><th>Typical Degree &amp; Years</th></tr></thead>
    <tbody>
${rubric}    </tbody>
  </table>
</section>
<section>
  <h2>Skills</h2>
  <p class="muted">Focus-specific skills the role applies — the relevance layer beyond the occupational base.</p>
  <ul class="skills">
${skills}  </ul>
</section>
<section>
  <h2>Provenance</h2>
  <p class="muted">${l.provenanceIntro}</p>
  <div class="scores">
    ${scores}
  </div>
  <p>${r.sourceCount} ${r.sourceCount === 1 ? "source" : "sources"}</p>
</section>
<section>
  <h2>Level — ${esc(l.levelLabel)}</h2>
  <p>${esc(r.levelSummary)}</p>
  <dl>
${attributes}  </dl>
</section>
<section>
  <h2>Adjacent roles</h2>
  <p class="muted">Nearest roles by structural coordinates (level + taxonomy). Distance 0 → 1; each carries its 3-state match band. <a href="#">How coordinates work →</a> · <a href="#">Compare side-by-side →</a></p>
  <ul class="adjacent">${adjacent}</ul>
</section>
<section>
  <h2>Title aliases<button>show ▾</button></h2>
${aliases}
</section>
<section>
  <h2>Classification mappings<button>show ▾</button></h2>
${mappings}</section>
</main>
</body>
</html>
`;
}
