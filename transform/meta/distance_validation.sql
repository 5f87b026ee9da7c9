-- grain: one row per build (this run)
-- about: How well the warehouse's structural distance reproduces the pages' adjacency lists this run (marts.adjacency_validation), and how it compares with the skill-based similarity. Agreement and error count pairs whose target is in the warehouse; the computable_ columns also count dangling targets, whose coordinates are read from their id.
-- run_id: Build id.
-- neighbour_k: Nearest roles kept per profile in marts.role_neighbours this run.
-- published_pairs: Published adjacent roles (core.published_adjacency).
-- target_present_pairs: Those whose target profile is in the warehouse.
-- computed_pairs: Target-present pairs with a computed distance (both levels have a comparable grade).
-- band_agreement_rate: Share of computed_pairs whose published band is the computed band.
-- band_disagreements: computed_pairs whose bands differ (checks/adjacency_band_agreement lists them).
-- mean_absolute_error: Mean |computed − published distance| over computed_pairs.
-- root_mean_squared_error: Root mean squared error over computed_pairs.
-- max_absolute_error: Largest |computed − published distance| over computed_pairs.
-- within_0_03_rate: Share of computed_pairs within 0.03 of the published distance (the site's own rounding and jitter).
-- computable_pairs: Published pairs with a computed distance, dangling targets included.
-- computable_band_agreement_rate: Band agreement over computable_pairs.
-- computable_mean_absolute_error: Mean absolute error over computable_pairs.
-- published_band_consistency_rate: Share of published pairs whose printed band is the one their own printed distance falls in under the CSV thresholds (the pages' self-consistency: the ceiling for band agreement).
-- neighbour_pairs: Rows of marts.role_neighbours.
-- neighbour_profiles: Profiles with at least one neighbour.
-- neighbour_similarity_correlation: Pearson correlation of structural distance and content similarity over the neighbour pairs (negative: nearer roles share more skills); null when either is constant.
-- published_similarity_correlation: The same over target-present published pairs; null when either is constant.
with validation as (
    select * from marts.adjacency_validation
),

published as (
    select
        count(*) as published_pairs,
        count(*) filter (where is_target_present) as target_present_pairs,
        count(*) filter (where is_target_present and computed_distance is not null) as computed_pairs,
        avg(is_band_agreed::integer) filter (where is_target_present) as band_agreement_rate,
        count(*) filter (where is_target_present and not is_band_agreed) as band_disagreements,
        avg(absolute_error) filter (where is_target_present) as mean_absolute_error,
        sqrt(avg(absolute_error * absolute_error) filter (where is_target_present)) as root_mean_squared_error,
        max(absolute_error) filter (where is_target_present) as max_absolute_error,
        avg((absolute_error <= 0.03)::integer) filter (where is_target_present) as within_0_03_rate,
        count(computed_distance) as computable_pairs,
        avg(is_band_agreed::integer) as computable_band_agreement_rate,
        avg(absolute_error) as computable_mean_absolute_error,
        avg(is_published_band_consistent::integer) as published_band_consistency_rate,
        case
            when var_pop(computed_distance) filter (where is_target_present and content_similarity is not null) > 0
                and var_pop(content_similarity) filter (where is_target_present) > 0
                then corr(computed_distance, content_similarity) filter (where is_target_present)
        end as published_similarity_correlation,
    from validation
),

neighbours as (
    select
        count(*) as neighbour_pairs,
        count(distinct profile_id) as neighbour_profiles,
        case
            when var_pop(distance) filter (where content_similarity is not null) > 0 and var_pop(content_similarity) > 0
                then corr(distance, content_similarity)
        end as neighbour_similarity_correlation,
    from marts.role_neighbours
),

final as (
    select
        getvariable('run_id') as run_id,
        coalesce(getvariable('neighbour_k'), 10)::integer as neighbour_k,
        published.published_pairs,
        published.target_present_pairs,
        published.computed_pairs,
        published.band_agreement_rate,
        published.band_disagreements,
        published.mean_absolute_error,
        published.root_mean_squared_error,
        published.max_absolute_error,
        published.within_0_03_rate,
        published.computable_pairs,
        published.computable_band_agreement_rate,
        published.computable_mean_absolute_error,
        published.published_band_consistency_rate,
        neighbours.neighbour_pairs,
        neighbours.neighbour_profiles,
        neighbours.neighbour_similarity_correlation,
        published.published_similarity_correlation,
    from published, neighbours
)

select * from final
