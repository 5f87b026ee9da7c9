-- severity: warning
-- check: every level code in use has a row with a whole-number comparable grade in level_equivalence.csv, on the track its letter names
select
    levels.level_code,
    levels.track,
    levels.profile_count,
    levels.comparable_grade,
    equivalence.track as equivalence_track,
from core.levels as levels
left join raw.level_equivalence as equivalence on equivalence.level_code = levels.level_code
where not levels.is_in_equivalence
    or levels.comparable_grade is null
    or equivalence.track is distinct from levels.track
order by levels.track, levels.level_rank
