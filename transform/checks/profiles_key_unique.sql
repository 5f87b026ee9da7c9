-- severity: error
-- check: core.profiles has one row per profile_id
select
    profile_id,
    count(*) as row_count,
    list(source_path order by source_path) as source_paths,
from core.profiles
group by profile_id
having count(*) > 1
