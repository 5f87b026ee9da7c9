-- grain: one row per review-panel dimension of each profile (from its chosen file)
-- profile_id: Profile the score is printed on.
-- position: Order on the page, from 1.
-- dimension: Quality dimension, e.g. Factual accuracy.
-- score: Review-panel score, 1–5.
-- is_passing: The score meets the page's own bar (passes at 4 or more).
-- is_minimum: The score is the profile's lowest (ties: every dimension at the minimum).
-- source_path: File the row was read from (the profile's chosen file).
with chosen_files as (
    select source_path from core.profile_files where is_chosen
),

scores as (
    select * from raw.quality_scores
),

final as (
    select
        scores.profile_id,
        scores.position,
        scores.dimension,
        scores.score,
        -- The provenance section says: "passes at ≥4 on the minimum dimension".
        scores.score >= 4 as is_passing,
        scores.score = min(scores.score) over (partition by scores.profile_id) as is_minimum,
        scores.source_path,
    from scores
    inner join chosen_files on chosen_files.source_path = scores.source_path
)

select * from final
