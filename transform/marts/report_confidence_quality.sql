-- grain: one row per confidence score bin (0.05 wide), minimum quality score and confidence label
-- about: Confidence against quality without shipping one point per profile: the profiles counted by their confidence score (in bins of 0.05) and their lowest review-panel score.
-- confidence_bin: Lower edge of the confidence score bin, 0–1 (0.75 holds 0.75 up to 0.80).
-- confidence_label: high, medium or low.
-- quality_min: The profiles' lowest review-panel score.
-- quality_passed: That score is 4 or more: the profiles pass.
-- profile_count: Profiles in the cell.
with profiles as (
    select * from core.profiles
),

final as (
    select
        round(floor(confidence_score * 20) / 20, 2) as confidence_bin,
        confidence_label,
        quality_min,
        quality_passed,
        count(*) as profile_count,
    from profiles
    group by all
    order by confidence_bin, confidence_label, quality_min
)

select * from final
