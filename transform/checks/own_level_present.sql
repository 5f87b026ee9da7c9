-- severity: warning
-- check: every profile's responsibilities list its own level, marked as its own, and mark no other level
with marks as (
    select
        profiles.profile_id,
        profiles.level_code,
        count(*) filter (where responsibilities.level_code = profiles.level_code) as own_level_rows,
        count(*) filter (where responsibilities.level_code = profiles.level_code and responsibilities.is_own_level) as marked_own_rows,
        list(distinct responsibilities.level_code order by responsibilities.level_code) filter (where responsibilities.is_own_level) as marked_levels,
    from core.profiles as profiles
    left join core.responsibilities as responsibilities on responsibilities.profile_id = profiles.profile_id
    group by profiles.profile_id, profiles.level_code
)

select profile_id, level_code, own_level_rows, marked_own_rows, marked_levels
from marks
where own_level_rows = 0
    or marked_own_rows < own_level_rows
    or len(coalesce(marked_levels, [])) <> 1
order by profile_id
