-- grain: one row per skill key
-- about: The skill and tool dimension over the current profiles, keyed by the normalized skill_key of core.skills. Tools (the site's fixed tool description) are kept apart by is_tool.
-- skill_key: Normalized key (see core.skills): the spellings that fold or map to it are one skill.
-- display_name: The most common spelling; ties go to the first in byte order, so capitalized spellings win.
-- spellings: Every spelling seen, in byte order.
-- spelling_count: Number of distinct spellings.
-- is_tool: Listed as a tool on most of its uses (ties count as a tool).
-- kind: tool or skill, from is_tool.
-- tool_use_count: Number of listings as a tool.
-- skill_use_count: Number of listings as a skill.
-- profile_count: Number of profiles that list it.
-- function_count: Number of functions with a profile that lists it.
-- focus_count: Number of focuses with a profile that lists it.
with skills as (
    select
        skills.*,
        files.function_code,
        files.focus_code,
    from core.skills as skills
    inner join core.profile_files as files on files.source_path = skills.source_path
),

spellings as (
    select skill_key, skill_name, count(*) as uses
    from skills
    group by skill_key, skill_name
),

names as (
    select
        skill_key,
        min(skill_name) filter (where uses = max_uses) as display_name,
        list(skill_name order by skill_name) as spellings,
        count(*) as spelling_count,
    from (select *, max(uses) over (partition by skill_key) as max_uses from spellings)
    group by skill_key
),

usage as (
    select
        skill_key,
        count(*) filter (where is_tool) as tool_use_count,
        count(*) filter (where not is_tool) as skill_use_count,
        count(distinct profile_id) as profile_count,
        count(distinct function_code) as function_count,
        count(distinct function_code || '.' || focus_code) as focus_count,
    from skills
    group by skill_key
),

final as (
    select
        names.skill_key,
        names.display_name,
        names.spellings,
        names.spelling_count,
        usage.tool_use_count >= usage.skill_use_count as is_tool,
        case when usage.tool_use_count >= usage.skill_use_count then 'tool' else 'skill' end as kind,
        usage.tool_use_count,
        usage.skill_use_count,
        usage.profile_count,
        usage.function_count,
        usage.focus_count,
    from names
    inner join usage on usage.skill_key = names.skill_key
)

select * from final
