-- severity: warning
-- check: scores and distances are within their published scales (confidence 0–1, review scores 1–5, adjacency distance 0–1, sources at least 1)
with measured as (
    select 'core.profiles' as table_name, 'confidence_score' as column_name, profile_id, confidence_score as value, 0 as low, 1 as high from core.profiles
    union all
    select 'core.profiles', 'source_count', profile_id, source_count, 1, null from core.profiles
    union all
    select 'core.quality_scores', dimension, profile_id, score, 1, 5 from core.quality_scores
    union all
    select 'core.published_adjacency', adjacent_profile_id, profile_id, distance, 0, 1 from core.published_adjacency
)

select table_name, column_name, profile_id, value, low, high
from measured
where value < low or value > high
order by table_name, profile_id, column_name
