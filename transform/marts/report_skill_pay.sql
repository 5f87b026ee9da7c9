-- grain: one row per skill key listed by at least one profile
-- about: Which skills go with higher pay at the same level: for the profiles listing a skill, their pay relative to their peers (same function, track, level and, where there are enough, scope; marts.report_pay_peers). 1.10 means those profiles earn 10% more than their peers. Correlation, not cause: a skill common in a better-paid focus shows up here too.
-- skill_key: Normalized skill key (core.dim_skills).
-- display_name: The skill's most common spelling.
-- kind: tool or skill.
-- profile_count: Profiles listing it.
-- function_count: Functions among them.
-- relative_pay_p25: 25th percentile of those profiles' relative pay.
-- relative_pay_median: Median relative pay.
-- relative_pay_p75: 75th percentile of relative pay.
-- above_peers_share: Share of those profiles paid above their peers' median.
with listed as (
    select distinct skills.skill_key, skills.profile_id
    from core.skills as skills
),

peers as (
    select profile_id, function_code, relative_pay from marts.report_pay_peers
),

final as (
    select
        listed.skill_key,
        any_value(dim_skills.display_name) as display_name,
        any_value(dim_skills.kind) as kind,
        count(*) as profile_count,
        count(distinct peers.function_code) as function_count,
        quantile_cont(peers.relative_pay, 0.25) as relative_pay_p25,
        median(peers.relative_pay) as relative_pay_median,
        quantile_cont(peers.relative_pay, 0.75) as relative_pay_p75,
        count(*) filter (where peers.relative_pay > 1) / count(*) as above_peers_share,
    from listed
    inner join peers on peers.profile_id = listed.profile_id
    inner join core.dim_skills as dim_skills on dim_skills.skill_key = listed.skill_key
    group by listed.skill_key
    order by listed.skill_key
)

select * from final
