-- grain: one row per profile with review-panel scores
-- about: Provenance quality by the page's own rule: a profile passes when its minimum dimension scores 4 or more.
-- profile_id: Profile id.
-- quality_min: The lowest review-panel score of the profile.
-- quality_min_dimensions: The dimension(s) at that lowest score, in page order.
-- quality_failing_dimensions: The dimensions scoring under 4, in page order (empty when the profile passes).
-- quality_mean: Mean of the profile's scores.
-- quality_dimension_count: Number of dimensions scored.
-- quality_passed: The profile passes: every dimension, so the minimum, scores 4 or more.
with scores as (
    select * from core.quality_scores
),

final as (
    select
        profile_id,
        min(score) as quality_min,
        list(dimension order by position) filter (where is_minimum) as quality_min_dimensions,
        coalesce(list(dimension order by position) filter (where not is_passing), []) as quality_failing_dimensions,
        avg(score) as quality_mean,
        count(*) as quality_dimension_count,
        bool_and(is_passing) as quality_passed,
    from scores
    group by profile_id
)

select * from final
