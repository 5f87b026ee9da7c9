-- grain: one row per focus, track and level of that track's ladder (for the tracks the focus has a profile on)
-- about: Which levels of each focus have a profile, in which status, and which are missing. A level is defined by the focus when its pages list it under "Responsibilities by level"; a defined level without a profile is a coverage gap.
-- function_code: Function part of the profile ids.
-- function_name: Function name (the most common spelling among the focus's profiles).
-- focus_code: Focus part of the profile ids.
-- focus_name: Focus name (the most common spelling).
-- track: professional or management.
-- level_code: Level code of the track's ladder (core.levels).
-- level_rank: The level's rank on its track.
-- level_name: The level's name.
-- is_defined: The focus's pages list this level in their responsibilities.
-- profile_id: The profile at this level; null when missing.
-- status: The profile's status; null when missing.
-- version_number: The profile's current version; null when missing.
-- quality_passed: The profile passes its quality bar; null when missing.
-- is_present: A profile at this level is in the warehouse.
-- coverage_state: present, missing (defined by the focus but no profile) or undefined (not on the focus's ladder, no profile).
with profiles as (
    select * from core.profiles
),

focus_tracks as (
    select function_code, mode(function_name) as function_name, focus_code, mode(focus_name) as focus_name, track
    from profiles
    group by function_code, focus_code, track
),

defined_levels as (
    select distinct profiles.function_code, profiles.focus_code, responsibilities.level_code
    from core.responsibilities as responsibilities
    inner join profiles on profiles.profile_id = responsibilities.profile_id
),

ladder as (
    select focus_tracks.*, levels.level_code, levels.level_rank, levels.level_name
    from focus_tracks
    inner join core.levels as levels on levels.track = focus_tracks.track
),

final as (
    select
        ladder.function_code,
        ladder.function_name,
        ladder.focus_code,
        ladder.focus_name,
        ladder.track,
        ladder.level_code,
        ladder.level_rank,
        ladder.level_name,
        defined_levels.level_code is not null as is_defined,
        profiles.profile_id,
        profiles.status,
        profiles.version_number,
        profiles.quality_passed,
        profiles.profile_id is not null as is_present,
        case when profiles.profile_id is not null then 'present' when defined_levels.level_code is not null then 'missing' else 'undefined' end as coverage_state,
    from ladder
    left join defined_levels
        on defined_levels.function_code = ladder.function_code
        and defined_levels.focus_code = ladder.focus_code
        and defined_levels.level_code = ladder.level_code
    left join profiles
        on profiles.function_code = ladder.function_code
        and profiles.focus_code = ladder.focus_code
        and profiles.level_code = ladder.level_code
    order by ladder.function_code, ladder.focus_code, ladder.track desc, ladder.level_rank
)

select * from final
