-- grain: one row per function and skill key
-- about: Which skills and tools each function's profiles list, and how widely; kind keeps tools apart from skills.
-- function_code: Function part of the profile ids.
-- function_name: Function name.
-- skill_key: Normalized skill key (core.dim_skills).
-- display_name: The skill's most common spelling.
-- kind: tool or skill.
-- profile_count: Profiles of the function that list it.
-- function_profile_count: Profiles of the function.
-- profile_share: profile_count / function_profile_count.
-- usage_rank: Rank by profile_count among the function's skills of the same kind (1 = most listed; ties share a rank).
with skills as (
    select skills.skill_key, skills.profile_id, profiles.function_code, profiles.function_name
    from core.skills as skills
    inner join core.profiles as profiles on profiles.profile_id = skills.profile_id
),

function_sizes as (
    select function_code, mode(function_name) as function_name, count(*) as function_profile_count
    from core.profiles
    group by function_code
),

usage as (
    select function_code, skill_key, count(distinct profile_id) as profile_count
    from skills
    group by function_code, skill_key
),

final as (
    select
        usage.function_code,
        function_sizes.function_name,
        usage.skill_key,
        dim_skills.display_name,
        dim_skills.kind,
        usage.profile_count,
        function_sizes.function_profile_count,
        usage.profile_count / function_sizes.function_profile_count as profile_share,
        rank() over (partition by usage.function_code, dim_skills.kind order by usage.profile_count desc) as usage_rank,
    from usage
    inner join function_sizes on function_sizes.function_code = usage.function_code
    inner join core.dim_skills as dim_skills on dim_skills.skill_key = usage.skill_key
    order by usage.function_code, dim_skills.kind, usage_rank, usage.skill_key
)

select * from final
