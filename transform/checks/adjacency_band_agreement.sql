-- severity: warning
-- check: a published adjacent role whose target is in the warehouse carries the band of the distance the warehouse computes for the pair (transform/reference/distance_model.csv)
select
    profile_id,
    position,
    adjacent_profile_id,
    relation,
    published_distance,
    published_band,
    computed_distance,
    computed_band,
    is_published_band_consistent,
from marts.adjacency_validation
where is_target_present and not is_band_agreed
order by profile_id, position
