-- severity: warning
-- check: years_min ≤ years_max on every profile (years_max null means open-ended, which is fine)
select profile_id, years_min, years_max, source_path
from core.profiles
where years_min > years_max or years_min < 0
order by profile_id
