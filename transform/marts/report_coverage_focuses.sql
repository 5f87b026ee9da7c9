-- grain: one row per focus and track (the tracks the focus has a profile on)
-- about: Each focus's ladder in one row, for the Coverage drill-down and the gaps notebook: which levels have a profile, which are missing, the status of each, and whether some levels are on an older version than the focus's newest.
-- function_code: Function part of the profile ids.
-- function_name: Function name.
-- focus_code: Focus part of the profile ids.
-- focus_name: Focus name.
-- track: professional or management.
-- ladder_level_count: Levels on the track's ladder.
-- defined_count: Levels the focus's pages list.
-- present_count: Levels with a profile.
-- missing_count: Levels the focus defines but has no profile for.
-- missing_levels: Those level codes, in ladder order.
-- approved_count: Profiles with status approved.
-- in_review_count: Profiles with status in_review.
-- draft_count: Profiles with status draft.
-- deprecated_count: Profiles with status deprecated.
-- version_min: Lowest current version number among the focus's profiles on the track.
-- version_max: Highest current version number among them.
-- behind_count: Profiles whose current version is below version_max: levels not brought up to the focus's newest version.
-- levels: Every ladder level as {level_code, coverage_state, status, version_number, profile_id}, in ladder order.
with coverage as (
    select
        *,
        max(version_number) over (partition by function_code, focus_code, track) as focus_version_max,
    from marts.coverage
),

final as (
    select
        function_code,
        any_value(function_name) as function_name,
        focus_code,
        any_value(focus_name) as focus_name,
        track,
        count(*) as ladder_level_count,
        count(*) filter (where is_defined) as defined_count,
        count(*) filter (where is_present) as present_count,
        count(*) filter (where coverage_state = 'missing') as missing_count,
        coalesce(list(level_code order by level_rank) filter (where coverage_state = 'missing'), []) as missing_levels,
        count(*) filter (where status = 'approved') as approved_count,
        count(*) filter (where status = 'in_review') as in_review_count,
        count(*) filter (where status = 'draft') as draft_count,
        count(*) filter (where status = 'deprecated') as deprecated_count,
        min(version_number) as version_min,
        max(version_number) as version_max,
        count(*) filter (where version_number < focus_version_max) as behind_count,
        list({'level_code': level_code, 'coverage_state': coverage_state, 'status': status, 'version_number': version_number, 'profile_id': profile_id} order by level_rank) as levels,
    from coverage
    group by function_code, focus_code, track
    order by function_code, focus_code, track desc
)

select * from final
