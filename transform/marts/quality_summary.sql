-- grain: one row per review-panel dimension
-- about: How the current profiles score on each quality dimension, and which dimensions make profiles fail (a profile fails when its minimum dimension scores under 4).
-- dimension: Quality dimension.
-- position: The dimension's usual place on the page (its most common position).
-- profile_count: Profiles scored on the dimension.
-- score_mean: Mean score.
-- score_min: Lowest score.
-- score_max: Highest score.
-- passing_count: Profiles scoring 4 or more on the dimension.
-- failing_count: Profiles scoring under 4 on the dimension (each of them fails its quality bar).
-- at_minimum_count: Profiles for which this dimension is (one of) the lowest.
-- sole_failing_count: Failing profiles for which this is the only dimension under 4.
-- failing_share: failing_count / profile_count.
with scores as (
    select * from core.quality_scores
),

failing_per_profile as (
    select profile_id, count(*) filter (where not is_passing) as failing_dimensions
    from scores
    group by profile_id
),

final as (
    select
        scores.dimension,
        mode(scores.position) as position,
        count(*) as profile_count,
        avg(scores.score) as score_mean,
        min(scores.score) as score_min,
        max(scores.score) as score_max,
        count(*) filter (where scores.is_passing) as passing_count,
        count(*) filter (where not scores.is_passing) as failing_count,
        count(*) filter (where scores.is_minimum) as at_minimum_count,
        count(*) filter (where not scores.is_passing and failing_per_profile.failing_dimensions = 1) as sole_failing_count,
        count(*) filter (where not scores.is_passing) / count(*) as failing_share,
    from scores
    inner join failing_per_profile on failing_per_profile.profile_id = scores.profile_id
    group by scores.dimension
    order by position, dimension
)

select * from final
