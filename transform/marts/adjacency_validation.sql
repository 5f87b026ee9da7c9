-- grain: one row per published adjacent role of each profile (core.published_adjacency)
-- about: The pages' own adjacency lists checked against the warehouse's distance: for every published pair, the computed distance and band beside the published ones. The target's coordinates are read from its id (FUNCTION.FOCUS.LEVEL), so a distance is computed even for a target the crawl lacks; agreement figures (meta.distance_validation, checks/adjacency_band_agreement) count only targets in the warehouse.
-- profile_id: Profile whose page publishes the pair.
-- position: Order on the page, from 1.
-- adjacent_profile_id: The adjacent role's id, as printed.
-- relation: same_focus, same_function or other_function, from the two ids; null for a malformed id.
-- level_code: The profile's level.
-- adjacent_level_code: The adjacent role's level, from its id.
-- levels_apart: Levels apart on the distance scale (core.role_level_distances); null when a level has no comparable grade.
-- is_cross_track: One is professional and the other management.
-- published_distance: Distance the page publishes, 0–1.
-- computed_distance: Distance the warehouse computes (transform/reference/distance_model.csv); null when it cannot (malformed id, or a level without a comparable grade).
-- distance_error: computed_distance − published_distance, rounded to 4 decimals.
-- absolute_error: |computed_distance − published_distance|, rounded to 4 decimals.
-- published_band: Band the page publishes: close, partial or distant.
-- computed_band: Band of computed_distance.
-- is_band_agreed: published_band = computed_band; null when there is no computed distance.
-- published_distance_band: The band the thresholds of distance_model.csv give the published distance itself.
-- is_published_band_consistent: The page's band is the one its own distance falls in (false: the page contradicts itself, whatever the warehouse computes).
-- is_target_well_formed: The adjacent id has the form FUNCTION.FOCUS.LEVEL.
-- is_target_present: The adjacent profile is in the warehouse.
-- content_similarity: Cosine similarity of the two profiles' idf-weighted skill keys (core.role_skill_weights); null when the target is absent or either has no weighted skill.
-- shared_skill_keys: Number of skill keys both list; null when the target is absent.
with adjacency as (
    select
        adjacency.*,
        profiles.function_code,
        profiles.focus_code,
        profiles.level_code,
        split_part(adjacency.adjacent_profile_id, '.', 1) as adjacent_function_code,
        split_part(adjacency.adjacent_profile_id, '.', 2) as adjacent_focus_code,
        split_part(adjacency.adjacent_profile_id, '.', 3) as adjacent_level_code,
    from core.published_adjacency as adjacency
    inner join core.profiles as profiles on profiles.profile_id = adjacency.profile_id
),

related as (
    select
        *,
        case
            when not is_target_well_formed then null
            when adjacent_function_code = function_code and adjacent_focus_code = focus_code then 'same_focus'
            when adjacent_function_code = function_code then 'same_function'
            else 'other_function'
        end as relation,
    from adjacency
),

thresholds as (
    select distinct close_below, partial_below from core.role_distance_model
),

shared_skills as (
    select
        related.profile_id,
        related.position,
        least(sum(one.idf_squared_nano) / 1e9 / nullif(any_value(one.profile_norm) * any_value(other.profile_norm), 0), 1) as content_similarity,
        count(*) as shared_skill_keys,
    from related
    inner join core.role_skill_weights as one on one.profile_id = related.profile_id
    inner join core.role_skill_weights as other on other.profile_id = related.adjacent_profile_id and other.skill_number = one.skill_number
    where related.is_target_present
    group by related.profile_id, related.position
),

norms as (
    select distinct profile_id, profile_norm from core.role_skill_weights
),

final as (
    select
        related.profile_id,
        related.position,
        related.adjacent_profile_id,
        related.relation,
        related.level_code,
        case when related.is_target_well_formed then related.adjacent_level_code end as adjacent_level_code,
        distances.levels_apart,
        distances.is_cross_track,
        related.distance as published_distance,
        distances.distance as computed_distance,
        round(distances.distance - related.distance, 4) as distance_error,
        round(abs(distances.distance - related.distance), 4) as absolute_error,
        related.band as published_band,
        distances.band as computed_band,
        related.band = distances.band as is_band_agreed,
        case
            when related.distance < thresholds.close_below then 'close'
            when related.distance < thresholds.partial_below then 'partial'
            when related.distance is not null then 'distant'
        end as published_distance_band,
        related.band = published_distance_band as is_published_band_consistent,
        related.is_target_well_formed,
        related.is_target_present,
        case
            when related.is_target_present and one.profile_norm > 0 and other.profile_norm > 0 then coalesce(shared_skills.content_similarity, 0)
        end as content_similarity,
        case when related.is_target_present then coalesce(shared_skills.shared_skill_keys, 0) end as shared_skill_keys,
    from related
    cross join thresholds
    left join core.role_level_distances as distances
        on distances.relation = related.relation
        and distances.level_code = related.level_code
        and distances.other_level_code = related.adjacent_level_code
    left join shared_skills on shared_skills.profile_id = related.profile_id and shared_skills.position = related.position
    left join norms as one on one.profile_id = related.profile_id
    left join norms as other on other.profile_id = related.adjacent_profile_id
    order by related.profile_id, related.position
)

select * from final
