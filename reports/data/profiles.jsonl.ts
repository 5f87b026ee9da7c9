// Every profile page, its search card and the search index, in one ranged file
// (ranged-writer.ts), so that the Profiles, profile and compare pages fetch one profile or one
// search term at a time and stay small at 100,000 profiles:
//   records   one profile page each, in profile id order: every section of the source page,
//             as core holds it (entities read as they are; no figure computed here), and its
//             nearest roles when the warehouse has marts.role_neighbours, each as [rank, id,
//             title, relation, distance, band, content similarity, shared skill keys, is published]
//   cards     profile id → [title, function name, level, status, scope, record offset, length]
//   titles    search term → the ordinals (positions in cards) of the profiles whose id or title
//             has it as a word, delta-encoded
//   terms     the same for the words of their title aliases and skills
// Pages are read and written BATCH at a time; only the cards and the postings (about 100 bytes a
// profile) are held until the end.
import { searchTerms } from "../components/search-terms.ts";
import { RangedWriter, emitRanged } from "./ranged-writer.ts";
import { hasTable, withWarehouse, type Query } from "./warehouse.ts";

const BATCH = 2000;

type Card = [title: string, functionName: string, levelCode: string, status: string, scope: string, offset: number, length: number];

await withWarehouse(async (q) => {
  const neighbours = await hasTable(q, "marts", "role_neighbours");
  const ids = (await q("select profile_id from core.profiles order by profile_id")).map((r) => String(r.profile_id)).sort();
  const cards: [string, Card][] = [];
  const titles = new Map<string, number[]>();
  const others = new Map<string, number[]>();
  await emitRanged(async (w: RangedWriter) => {
    for (let i = 0; i < ids.length; i += BATCH) {
      const batch = ids.slice(i, i + BATCH);
      const rows = await q(pagesSql(neighbours), [batch[0]!, batch.at(-1)!]);
      const byId = new Map(rows.map((r) => [String(r.profile_id), r]));
      for (const id of batch) {
        const row = byId.get(id)!;
        const extent = await w.recordJson(String(row.page));
        const ordinal = cards.length;
        cards.push([id, [String(row.title), String(row.function_name), String(row.level_code), String(row.status), String(row.scope), extent.offset, extent.length]]);
        post(titles, `${id} ${String(row.title)}`, ordinal);
        post(others, String(row.other_text), ordinal);
      }
    }
    await w.section("cards", cards, 24 * 1024);
    await w.section("titles", index(titles), 16 * 1024);
    await w.section("terms", index(others), 16 * 1024);
    return { profiles: cards.length, title_terms: titles.size, other_terms: others.size, neighbours, functions: await functions(q) };
  });
});

function post(postings: Map<string, number[]>, text: string, ordinal: number): void {
  for (const term of new Set(searchTerms(text))) {
    const list = postings.get(term);
    if (list) list.push(ordinal);
    else postings.set(term, [ordinal]);
  }
}

function index(postings: Map<string, number[]>): [string, number[]][] {
  return [...postings.keys()].sort().map((t) => [t, deltas(postings.get(t)!)]);
}

// Ordinals ascending, as the first and then the differences: most differences are one or two digits.
function deltas(ordinals: number[]): number[] {
  return ordinals.map((n, i) => (i === 0 ? n : n - ordinals[i - 1]!));
}

async function functions(q: Query) {
  return q("select function_code as code, mode(function_name) as name, count(*) as profiles from core.profiles group by all order by 1");
}

// One JSON page per profile, built by DuckDB (to_json), for the profiles whose id is in [$1, $2].
function pagesSql(withNeighbours: boolean): string {
  const neighboursCte = withNeighbours
    ? `neighbours as (
        select profile_id, list(json_array(neighbour_rank, neighbour_id, neighbour_title, relation, distance, band,
          content_similarity, shared_skill_keys, is_published) order by neighbour_rank) as items
        from marts.role_neighbours where profile_id between $1 and $2 group by profile_id
      ),`
    : `neighbours as (select null::varchar as profile_id, null::json[] as items where false),`;
  return `
    with profiles as (
        select * from core.profiles where profile_id between $1 and $2
    ),
    levels as (
        select level_code, level_rank, track from core.levels
    ),
    responsibility_levels as (
        select r.profile_id, r.level_code, any_value(levels.level_rank) as level_rank, bool_or(r.is_own_level) as is_own_level, list(r.text order by r.position) as items
        from core.responsibilities as r
        left join levels using (level_code)
        where r.profile_id between $1 and $2
        group by r.profile_id, r.level_code
    ),
    responsibilities as (
        select profile_id, list({'level_code': level_code, 'is_own_level': is_own_level, 'items': items} order by level_rank, level_code) as items
        from responsibility_levels group by profile_id
    ),
    rubric as (
        select r.profile_id, list({'level_code': r.level_code, 'knowledge_application': r.knowledge_application, 'complexity_problem_solving': r.complexity_problem_solving,
          'collaboration_interaction': r.collaboration_interaction, 'degree_years': r.degree_years} order by levels.level_rank, r.level_code) as items
        from core.rubric as r left join levels using (level_code)
        where r.profile_id between $1 and $2 group by r.profile_id
    ),
    skills as (
        select profile_id, list({'name': skill_name, 'description': description, 'is_tool': is_tool, 'skill_key': skill_key} order by position) as items,
          string_agg(skill_name, ' ') as names
        from core.skills where profile_id between $1 and $2 group by profile_id
    ),
    scores as (
        select profile_id, list({'dimension': dimension, 'score': score, 'is_passing': is_passing} order by position) as items
        from core.quality_scores where profile_id between $1 and $2 group by profile_id
    ),
    definition as (
        select profile_id, list({'attribute': attribute, 'value': value} order by position) as items
        from core.level_definition where profile_id between $1 and $2 group by profile_id
    ),
    adjacency as (
        select profile_id, list({'id': adjacent_profile_id, 'title': adjacent_title, 'distance': distance, 'band': band, 'is_present': is_target_present} order by position) as items
        from core.published_adjacency where profile_id between $1 and $2 group by profile_id
    ),
    aliases as (
        select profile_id, list(alias order by position) as items, string_agg(alias, ' ') as names
        from core.title_aliases where profile_id between $1 and $2 group by profile_id
    ),
    classifications as (
        select profile_id, list({'system': system, 'code': code, 'source': source, 'is_valid_soc_code': is_valid_soc_code, 'soc_major_group_title': soc_major_group_title} order by position) as items
        from core.classifications where profile_id between $1 and $2 group by profile_id
    ),
    versions as (
        select profile_id, list({'version': version, 'status': status, 'is_current': is_current, 'source_paths': source_paths, 'has_content_conflict': has_content_conflict} order by version_number) as items
        from core.profile_versions where profile_id between $1 and $2 group by profile_id
    ),
    ${neighboursCte}
    final as (
        select
            p.profile_id, p.title, p.function_name, p.level_code, p.status, p.scope,
            concat_ws(' ', aliases.names, skills.names) as other_text,
            to_json({
                'profile_id': p.profile_id, 'title': p.title,
                'function_code': p.function_code, 'function_name': p.function_name, 'function_description': p.function_description,
                'focus_code': p.focus_code, 'focus_name': p.focus_name, 'focus_description': p.focus_description,
                'level_code': p.level_code, 'level_name': p.level_name, 'track': p.track, 'comparable_grade': p.comparable_grade,
                'years_min': p.years_min, 'years_max': p.years_max, 'level_summary': p.level_summary,
                'confidence_label': p.confidence_label, 'confidence_score': p.confidence_score, 'status': p.status, 'scope': p.scope,
                'version': p.version, 'version_count': p.version_count, 'summary': p.summary,
                'currency': p.currency, 'pay_median': p.pay_median, 'pay_min': p.pay_min, 'pay_max': p.pay_max,
                'reporting_currency': p.reporting_currency, 'pay_median_reporting': p.pay_median_reporting, 'pay_min_reporting': p.pay_min_reporting,
                'pay_max_reporting': p.pay_max_reporting, 'fx_rate': p.fx_rate, 'fx_as_of': p.fx_as_of, 'is_pay_range_consistent': p.is_pay_range_consistent,
                'pay_differential_material': p.pay_differential_material,
                'source_count': p.source_count, 'quality_min': p.quality_min, 'quality_mean': p.quality_mean, 'quality_passed': p.quality_passed,
                'quality_failing_dimensions': p.quality_failing_dimensions,
                'source_path': p.source_path, 'rendering': p.rendering,
                'responsibilities': coalesce(responsibilities.items, []), 'rubric': coalesce(rubric.items, []), 'skills': coalesce(skills.items, []),
                'quality_scores': coalesce(scores.items, []), 'level_definition': coalesce(definition.items, []),
                'adjacent_roles': coalesce(adjacency.items, []), 'aliases': coalesce(aliases.items, []),
                'classifications': coalesce(classifications.items, []), 'versions': coalesce(versions.items, []),
                'neighbours': ${withNeighbours ? "coalesce(neighbours.items, [])" : "null"}
            })::varchar as page,
        from profiles as p
        left join responsibilities using (profile_id)
        left join rubric using (profile_id)
        left join skills using (profile_id)
        left join scores using (profile_id)
        left join definition using (profile_id)
        left join adjacency using (profile_id)
        left join aliases using (profile_id)
        left join classifications using (profile_id)
        left join versions using (profile_id)
        left join neighbours using (profile_id)
    )
    select * from final`;
}
