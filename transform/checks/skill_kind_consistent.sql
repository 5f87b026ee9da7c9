-- severity: warning
-- check: a skill key is listed either as a tool or as a skill, not as both on different profiles
select skill_key, display_name, tool_use_count, skill_use_count, spellings
from core.dim_skills
where tool_use_count > 0 and skill_use_count > 0
order by skill_key
