-- severity: error
-- check: every other core table is unique on its key (child rows per profile, versions, levels, skills, rates)
with keys as (
    select 'core.profile_versions' as table_name, profile_id || ' v' || version_number as key_value from core.profile_versions
    union all
    select 'core.responsibilities', profile_id || ' ' || level_code || ' #' || position from core.responsibilities
    union all
    select 'core.rubric', profile_id || ' ' || level_code from core.rubric
    union all
    select 'core.skills', profile_id || ' #' || position from core.skills
    union all
    select 'core.quality_scores', profile_id || ' ' || dimension from core.quality_scores
    union all
    select 'core.level_definition', profile_id || ' ' || attribute from core.level_definition
    union all
    select 'core.published_adjacency', profile_id || ' #' || position from core.published_adjacency
    union all
    select 'core.title_aliases', profile_id || ' #' || position from core.title_aliases
    union all
    select 'core.classifications', profile_id || ' #' || position from core.classifications
    union all
    select 'core.levels', level_code from core.levels
    union all
    select 'core.dim_skills', skill_key from core.dim_skills
    union all
    select 'core.fx_rates', currency from core.fx_rates
)

select table_name, key_value, count(*) as row_count
from keys
group by table_name, key_value
having count(*) > 1
order by table_name, key_value
