-- grain: one row per function and review-panel dimension
-- about: Where the quality bar (every dimension 4 or more) fails: for each function, how many of its profiles fail on each dimension, and on that dimension alone.
-- function_code: Function part of the profile ids.
-- function_name: Function name (the most common spelling).
-- dimension: Quality dimension.
-- position: The dimension's usual place on the page.
-- profile_count: Profiles of the function scored on the dimension.
-- failing_count: Of those, profiles scoring under 4 on it.
-- sole_failing_count: Failing profiles for which it is the only dimension under 4.
-- failing_share: failing_count / profile_count.
with scores as (
    select scores.*, profiles.function_code, profiles.function_name, len(profiles.quality_failing_dimensions) as failing_dimensions
    from core.quality_scores as scores
    inner join core.profiles as profiles on profiles.profile_id = scores.profile_id
),

final as (
    select
        function_code,
        mode(function_name) as function_name,
        dimension,
        mode(position) as position,
        count(*) as profile_count,
        count(*) filter (where not is_passing) as failing_count,
        count(*) filter (where not is_passing and failing_dimensions = 1) as sole_failing_count,
        count(*) filter (where not is_passing) / count(*) as failing_share,
    from scores
    group by function_code, dimension
    order by function_code, position, dimension
)

select * from final
