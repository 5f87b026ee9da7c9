// One profile page, section by section in the source page's order, from its record in
// data/profiles.jsonl. Every piece of page text goes in through htl's html`…${text}…`, which
// makes text nodes: a responsibility that says <script> shows those characters and runs nothing.
import { html } from "htl";
import { count, money, percent } from "./format.js";

export function profileView(p, { compact = false } = {}) {
  return html`<article class="profile" data-profile-id=${p.profile_id}>
    <header>
      <h2 class="profile-title">${p.title}</h2>
      <p><code>${p.profile_id}</code> · <span class="tag">${p.level_code} — ${p.level_name}</span>
        <span class="tag">${p.confidence_label} ${p.confidence_score?.toFixed(2)}</span>
        <span class=${`tag ${p.status}`}>${p.status}</span> <span class="tag">${p.scope}</span> <span class="tag">${p.version}</span></p>
    </header>
    <p>${p.summary}</p>
    ${facts(p)}
    ${compact ? "" : descriptions(p)}
    ${section("Responsibilities by level", responsibilities(p, compact))}
    ${compact ? "" : section("Level guidelines", rubric(p))}
    ${section("Skills", skills(p))}
    ${section("Provenance", provenance(p))}
    ${compact ? "" : section(`Level — ${p.level_code} — ${p.level_name}`, definition(p))}
    ${compact ? "" : section("Adjacent roles (published on the page)", adjacent(p))}
    ${section("Nearest roles (computed by the warehouse)", neighbours(p, compact))}
    ${section("Title aliases", aliases(p))}
    ${compact ? "" : section("Classification mappings", classifications(p))}
    ${compact ? "" : section("Versions and source", versions(p))}
  </article>`;
}

const section = (title, body) => html`<section class="profile-section"><h3>${title}</h3>${body}</section>`;

function facts(p) {
  const years = p.years_max == null ? `${p.years_min}+ yrs` : `${p.years_min}–${p.years_max} yrs`;
  const page = `${money(p.pay_median, p.currency)} (${money(p.pay_min, p.currency)} – ${money(p.pay_max, p.currency)})`;
  const reporting = p.currency === p.reporting_currency ? "" : ` · ${money(p.pay_median_reporting, p.reporting_currency)} (${money(p.pay_min_reporting, p.reporting_currency)} – ${money(p.pay_max_reporting, p.reporting_currency)}) at ${p.fx_rate?.toFixed(4)} ${p.reporting_currency}/${p.currency}, ${p.fx_as_of}`;
  return html`<dl class="kv">
    <dt>Level</dt><dd>${p.level_code} · ${p.level_name} · ${years} · grade ${p.comparable_grade ?? "–"}</dd>
    <dt>Function · Focus</dt><dd>${p.function_name} · ${p.focus_name}</dd>
    <dt>Market pay (median)</dt><dd>${page}${reporting}${p.is_pay_range_consistent ? "" : html` <span class="warn">(the range does not contain the median)</span>`}</dd>
  </dl>`;
}

function descriptions(p) {
  return html`<div>
    <p>${p.function_description}</p>
    <h3>Focus — ${p.focus_name}</h3>
    <p>${p.focus_description}</p>
    ${p.pay_differential_material ? html`<p><strong>Material pay differential</strong> vs the function baseline.</p>` : ""}
  </div>`;
}

function responsibilities(p, compact) {
  const levels = compact ? p.responsibilities.filter((l) => l.is_own_level) : p.responsibilities;
  if (!levels.length) return html`<p class="muted">No responsibilities listed.</p>`;
  return html`<div>${levels.map((l) => html`<div class=${l.is_own_level ? "own-level" : ""}>
    <h4>${l.level_code}${l.is_own_level ? " (this profile)" : ""}</h4>
    <ul class="responsibilities">${l.items.map((text) => html`<li>${text}</li>`)}</ul>
  </div>`)}</div>`;
}

function rubric(p) {
  if (!p.rubric.length) return html`<p class="muted">No leveling rubric on the page.</p>`;
  return html`<table class="plain"><thead><tr><th>Level</th><th>Knowledge & Application</th><th>Complexity & Problem Solving</th><th>Collaboration & Interaction</th><th>Typical Degree & Years</th></tr></thead>
    <tbody>${p.rubric.map((r) => html`<tr class=${r.level_code === p.level_code ? "own-level" : ""}><td>${r.level_code}</td><td>${r.knowledge_application}</td><td>${r.complexity_problem_solving}</td><td>${r.collaboration_interaction}</td><td>${r.degree_years}</td></tr>`)}</tbody></table>`;
}

function skills(p) {
  const list = (items) => html`<ul>${items.map((s) => html`<li><strong>${s.name}</strong> — ${s.description}</li>`)}</ul>`;
  const tools = p.skills.filter((s) => s.is_tool);
  return html`<div>${list(p.skills.filter((s) => !s.is_tool))}${tools.length ? html`<p>Tools: ${tools.map((s) => s.name).join(", ")}</p>` : ""}</div>`;
}

function provenance(p) {
  return html`<div>
    <p>${count(p.source_count)} source${p.source_count === 1 ? "" : "s"} · lowest score ${p.quality_min} ·
      ${p.quality_passed ? "passes the bar (every dimension ≥ 4)" : html`<span class="warn">fails the bar on ${p.quality_failing_dimensions.join(", ")}</span>`}</p>
    <table class="plain"><tbody>${p.quality_scores.map((s) => html`<tr><td>${s.dimension}</td><td class=${s.is_passing ? "" : "warn"}>${s.score.toFixed(1)}</td></tr>`)}</tbody></table>
  </div>`;
}

function definition(p) {
  return html`<div><p>${p.level_summary}</p><dl class="kv">${p.level_definition.map((d) => html`<dt>${d.attribute}</dt><dd>${d.value}</dd>`)}</dl></div>`;
}

function adjacent(p) {
  if (!p.adjacent_roles.length) return html`<p class="muted">None published.</p>`;
  return html`<table class="plain"><thead><tr><th>Role</th><th>Distance</th><th>Band</th></tr></thead><tbody>${p.adjacent_roles.map((a) => html`<tr>
    <td>${a.is_present ? html`<a href=${`./profile?id=${encodeURIComponent(a.id)}`}>${a.title}</a>` : html`${a.title} <span class="muted">(not in the warehouse)</span>`} <code>${a.id}</code></td>
    <td>${a.distance?.toFixed(2)}</td><td>${a.band}</td></tr>`)}</tbody></table>`;
}

function neighbours(p, compact) {
  if (p.neighbours == null) return html`<p class="muted">Nearest roles appear here once the warehouse has marts.role_neighbours (the distances work); this warehouse does not yet.</p>`;
  if (!p.neighbours.length) return html`<p class="muted">No comparable roles (the level has no comparable grade).</p>`;
  if (compact) {
    return html`<table class="plain nearest-roles"><thead><tr><th>#</th><th>Role</th><th>Distance</th><th>Band</th></tr></thead>
      <tbody>${p.neighbours.map(([rank, id, title, , distance, band]) => html`<tr><td>${rank}</td><td><a href=${`./profile?id=${encodeURIComponent(id)}`}>${title}</a></td><td>${distance?.toFixed(2)}</td><td>${band}</td></tr>`)}</tbody></table>`;
  }
  return html`<div class="scroll-x"><table class="plain nearest-roles"><thead><tr><th>#</th><th>Role</th><th>Relation</th><th>Distance</th><th>Band</th><th>Skill similarity</th><th>Shared skills</th><th>On the page</th></tr></thead>
    <tbody>${p.neighbours.map(([rank, id, title, relation, distance, band, similarity, shared, published]) => html`<tr>
      <td>${rank}</td><td><a href=${`./profile?id=${encodeURIComponent(id)}`}>${title}</a> <code>${id}</code></td><td>${relation.replace("_", " ")}</td>
      <td>${distance?.toFixed(2)}</td><td>${band}</td><td>${similarity == null ? "–" : percent(similarity)}</td><td>${shared}</td><td>${published ? "yes" : ""}</td></tr>`)}</tbody></table></div>`;
}

function aliases(p) {
  return p.aliases.length ? html`<ul>${p.aliases.map((a) => html`<li>${a}</li>`)}</ul>` : html`<p class="muted">No title aliases recorded for this profile yet.</p>`;
}

function classifications(p) {
  if (!p.classifications.length) return html`<p class="muted">None.</p>`;
  return html`<table class="plain"><thead><tr><th>System</th><th>Code</th><th>Source</th><th>SOC major group</th></tr></thead><tbody>${p.classifications.map((c) => html`<tr>
    <td>${c.system}</td><td>${c.code}${c.is_valid_soc_code === false ? html` <span class="warn">(not a valid SOC code)</span>` : ""}</td><td>${c.source}</td><td>${c.soc_major_group_title ?? ""}</td></tr>`)}</tbody></table>`;
}

function versions(p) {
  return html`<div><p>Read from <code>${p.source_path}</code> (${p.rendering}).</p>
    <table class="plain"><thead><tr><th>Version</th><th>Status</th><th>Files</th></tr></thead><tbody>${p.versions.map((v) => html`<tr>
      <td>${v.version}${v.is_current ? " (current)" : ""}</td><td>${v.status}</td><td>${v.source_paths.join(", ")}${v.has_content_conflict ? html` <span class="warn">(files disagree)</span>` : ""}</td></tr>`)}</tbody></table></div>`;
}
