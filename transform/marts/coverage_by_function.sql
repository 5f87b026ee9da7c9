-- grain: one row per function and level code (of the tracks the function has profiles on)
-- about: Coverage rolled up from marts.coverage: how many of a function's focuses have a profile at each level, by status, and how many define the level without one.
-- function_code: Function part of the profile ids.
-- function_name: Function name.
-- track: professional or management.
-- level_code: Level code.
-- level_rank: The level's rank on its track.
-- focus_count: Focuses of the function on this track.
-- defined_count: Focuses whose ladder lists this level.
-- present_count: Focuses with a profile at this level.
-- missing_count: Focuses that define the level but have no profile at it.
-- approved_count: Profiles at this level with status approved.
-- in_review_count: Profiles at this level with status in_review.
-- draft_count: Profiles at this level with status draft.
-- deprecated_count: Profiles at this level with status deprecated.
-- present_share: present_count / focus_count.
with coverage as (
    select * from marts.coverage
),

final as (
    select
        function_code,
        mode(function_name) as function_name,
        track,
        level_code,
        any_value(level_rank) as level_rank,
        count(*) as focus_count,
        count(*) filter (where is_defined) as defined_count,
        count(*) filter (where is_present) as present_count,
        count(*) filter (where coverage_state = 'missing') as missing_count,
        count(*) filter (where status = 'approved') as approved_count,
        count(*) filter (where status = 'in_review') as in_review_count,
        count(*) filter (where status = 'draft') as draft_count,
        count(*) filter (where status = 'deprecated') as deprecated_count,
        count(*) filter (where is_present) / count(*) as present_share,
    from coverage
    group by function_code, track, level_code
    order by function_code, track desc, level_rank
)

select * from final
