-- grain: one row per number of sources a profile cites
-- about: How well sourced the profiles are, and whether better-sourced profiles score better: for each source count, the profiles citing that many, how many pass the quality bar, and their confidence.
-- source_count: Number of sources behind a profile.
-- profile_count: Profiles citing that many sources.
-- quality_passed_count: Of those, profiles passing the quality bar.
-- quality_pass_rate: quality_passed_count / profile_count.
-- quality_min_mean: Mean of their lowest review-panel scores.
-- confidence_score_mean: Mean confidence score, 0–1.
with profiles as (
    select * from core.profiles
),

final as (
    select
        source_count,
        count(*) as profile_count,
        count(*) filter (where quality_passed) as quality_passed_count,
        count(*) filter (where quality_passed) / count(*) as quality_pass_rate,
        avg(quality_min) as quality_min_mean,
        avg(confidence_score) as confidence_score_mean,
    from profiles
    group by source_count
    order by source_count
)

select * from final
