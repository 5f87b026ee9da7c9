-- grain: one row per published adjacent role of each profile (from its chosen file)
-- about: The page's own claims of near roles. Real crawls hold ids of pages not captured, so targets are checked only where their function and focus are in the warehouse.
-- profile_id: Profile that publishes the adjacency.
-- position: Order on the page, from 1.
-- adjacent_profile_id: Profile id of the adjacent role, as printed.
-- adjacent_title: Title of the adjacent role as printed.
-- distance: Published structural distance, 0–1.
-- band: Published match band: close, partial or distant.
-- is_target_well_formed: The adjacent id has the form FUNCTION.FOCUS.LEVEL (the parser's own pattern).
-- is_target_focus_present: Some profile of the target's function and focus is in the warehouse.
-- is_target_present: The adjacent profile id itself is in the warehouse.
-- source_path: File the row was read from (the profile's chosen file).
with chosen_files as (
    select source_path from core.profile_files where is_chosen
),

present_profiles as (
    select distinct profile_id, function_code, focus_code from core.profile_files
),

adjacency as (
    select
        raw_adjacency.*,
        split_part(raw_adjacency.adjacent_profile_id, '.', 1) as target_function_code,
        split_part(raw_adjacency.adjacent_profile_id, '.', 2) as target_focus_code,
    from raw.adjacency as raw_adjacency
    inner join chosen_files on chosen_files.source_path = raw_adjacency.source_path
),

final as (
    select
        adjacency.profile_id,
        adjacency.position,
        adjacency.adjacent_profile_id,
        adjacency.title as adjacent_title,
        adjacency.distance,
        adjacency.band,
        regexp_full_match(adjacency.adjacent_profile_id, '[A-Z][A-Z0-9]{1,15}\.[A-Z][A-Z0-9]{1,23}\.[PM][1-9][0-9]?') as is_target_well_formed,
        exists (
            select 1 from present_profiles
            where present_profiles.function_code = adjacency.target_function_code
            and present_profiles.focus_code = adjacency.target_focus_code
        ) as is_target_focus_present,
        exists (
            select 1 from present_profiles where present_profiles.profile_id = adjacency.adjacent_profile_id
        ) as is_target_present,
        adjacency.source_path,
    from adjacency
)

select * from final
