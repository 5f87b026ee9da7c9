-- grain: one row per pair set (neighbours: marts.role_neighbours; published: target-present pairs of marts.adjacency_validation), relation and computed band, plus the roll-ups over relations, over bands and over both (relation or band 'all')
-- about: The structural distance and the skill-based similarity side by side. Where both see the same structure, content similarity falls from close to distant and from same focus to other function, and the two correlate negatively. Where they part (two levels of one focus list the same skills, so content cannot tell levels apart), the rows by relation show it.
-- pair_set: neighbours (every profile's k nearest) or published (the pages' adjacent roles whose target is in the warehouse).
-- relation: same_focus, same_function, other_function, or all.
-- band: Computed band (close, partial, distant), or all.
-- relation_order: 1 same_focus, 2 same_function, 3 other_function, 4 all.
-- band_order: 1 close, 2 partial, 3 distant, 4 all.
-- pairs: Pairs in the row.
-- mean_distance: Mean structural distance.
-- mean_content_similarity: Mean cosine similarity of idf-weighted skill keys (pairs where both have weighted skills).
-- median_content_similarity: Median of the same.
-- zero_overlap_rate: Share of pairs with no skill key in common.
-- mean_shared_skill_keys: Mean number of skill keys in common.
-- correlation: Pearson correlation of distance and content similarity over the row's pairs; null when either is constant there (every close pair is at 0.20).
with pairs as (
    select 'neighbours' as pair_set, relation, band, distance, content_similarity, shared_skill_keys
    from marts.role_neighbours
    union all
    select 'published', relation, computed_band, computed_distance, content_similarity, shared_skill_keys
    from marts.adjacency_validation
    where is_target_present and computed_distance is not null
),

summary as (
    select
        pair_set,
        coalesce(relation, 'all') as relation,
        coalesce(band, 'all') as band,
        count(*) as pairs,
        avg(distance) as mean_distance,
        avg(content_similarity) as mean_content_similarity,
        median(content_similarity) as median_content_similarity,
        avg((shared_skill_keys = 0)::integer) as zero_overlap_rate,
        avg(shared_skill_keys) as mean_shared_skill_keys,
        case
            when var_pop(distance) filter (where content_similarity is not null) > 0 and var_pop(content_similarity) > 0
                then corr(distance, content_similarity)
        end as correlation,
    from pairs
    group by grouping sets ((pair_set, relation, band), (pair_set, relation), (pair_set, band), (pair_set))
),

final as (
    select
        pair_set,
        relation,
        band,
        case relation when 'same_focus' then 1 when 'same_function' then 2 when 'other_function' then 3 else 4 end as relation_order,
        case band when 'close' then 1 when 'partial' then 2 when 'distant' then 3 else 4 end as band_order,
        pairs,
        mean_distance,
        mean_content_similarity,
        median_content_similarity,
        zero_overlap_rate,
        mean_shared_skill_keys,
        correlation,
    from summary
    order by pair_set, relation_order, band_order
)

select * from final
