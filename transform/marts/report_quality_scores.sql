-- grain: one row per review-panel dimension and score given
-- about: The distribution of the review panel's scores on each dimension, for the Quality page: how many profiles got each score, and whether it passes the bar of 4.
-- dimension: Quality dimension.
-- position: The dimension's usual place on the page (marts.quality_summary).
-- score: Score, 1–5, as printed (tenths).
-- is_passing: The score is 4 or more.
-- profile_count: Profiles given this score on this dimension.
-- profile_share: profile_count / profiles scored on the dimension.
with scores as (
    select * from core.quality_scores
),

dimensions as (
    select dimension, position, profile_count from marts.quality_summary
),

final as (
    select
        scores.dimension,
        any_value(dimensions.position) as position,
        scores.score,
        bool_and(scores.is_passing) as is_passing,
        count(*) as profile_count,
        count(*) / any_value(dimensions.profile_count) as profile_share,
    from scores
    inner join dimensions on dimensions.dimension = scores.dimension
    group by scores.dimension, scores.score
    order by position, scores.dimension, scores.score
)

select * from final
