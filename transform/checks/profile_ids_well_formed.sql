-- severity: error
-- check: every parsed profile id is FUNCTION.FOCUS.LEVEL, its level part is the page's level code, and the level's letter is the page's track
select
    files.source_path,
    files.profile_id,
    pages.level_code,
    pages.track,
from core.profile_files as files
inner join raw.profiles as pages on pages.source_path = files.source_path
where not files.is_id_well_formed
    or files.id_level_code is distinct from pages.level_code
    or left(pages.level_code, 1) is distinct from case pages.track when 'professional' then 'P' when 'management' then 'M' end
order by files.source_path
