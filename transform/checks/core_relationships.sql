-- severity: error
-- check: every core child row belongs to a profile in core.profiles, and every level code used is in core.levels
with used_keys as (
    select 'core.responsibilities' as table_name, profile_id, level_code from core.responsibilities
    union all
    select 'core.rubric', profile_id, level_code from core.rubric
    union all
    select 'core.skills', profile_id, null from core.skills
    union all
    select 'core.quality_scores', profile_id, null from core.quality_scores
    union all
    select 'core.level_definition', profile_id, null from core.level_definition
    union all
    select 'core.published_adjacency', profile_id, null from core.published_adjacency
    union all
    select 'core.title_aliases', profile_id, null from core.title_aliases
    union all
    select 'core.classifications', profile_id, null from core.classifications
    union all
    select 'core.profiles', profile_id, level_code from core.profiles
)

select used_keys.table_name, used_keys.profile_id, used_keys.level_code,
    profiles.profile_id is null as is_profile_missing,
    used_keys.level_code is not null and levels.level_code is null as is_level_missing,
from used_keys
left join core.profiles as profiles on profiles.profile_id = used_keys.profile_id
left join core.levels as levels on levels.level_code = used_keys.level_code
where profiles.profile_id is null or (used_keys.level_code is not null and levels.level_code is null)
order by used_keys.table_name, used_keys.profile_id
