-- grain: one row per SOC 2018 major group (all 23, with or without profiles)
-- about: Which occupations the profiles map to, by SOC major group, from their valid SOC / O*NET-SOC codes.
-- major_group: Two-digit SOC major group.
-- title: Official SOC 2018 title.
-- profile_count: Profiles with at least one valid SOC code in the group.
-- function_count: Functions among those profiles.
-- code_count: Distinct codes in the group.
-- codes: Those codes, sorted.
with major_groups as (
    select major_group, title from raw.soc_major_groups
),

codes as (
    select classifications.*, profiles.function_code
    from core.classifications as classifications
    inner join core.profiles as profiles on profiles.profile_id = classifications.profile_id
    where classifications.is_valid_soc_code
),

final as (
    select
        major_groups.major_group,
        major_groups.title,
        count(distinct codes.profile_id) as profile_count,
        count(distinct codes.function_code) as function_count,
        count(distinct codes.code) as code_count,
        coalesce(list(distinct codes.code order by codes.code) filter (where codes.code is not null), []) as codes,
    from major_groups
    left join codes on codes.soc_major_group = major_groups.major_group
    group by major_groups.major_group, major_groups.title
    order by major_groups.major_group
)

select * from final
