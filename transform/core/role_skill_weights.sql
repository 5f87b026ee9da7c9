-- grain: one row per profile and skill key it lists (skills and tools alike; a key listed twice on one page counts once)
-- about: The content vector of each profile for the skill-based similarity of marts.role_neighbours and marts.adjacency_validation: each normalized skill key it lists, weighted by its inverse document frequency over the current profiles, idf = ln(profiles / profiles listing the key), so a skill every role lists weighs nothing and a rare one weighs most. Tools count like skills: a shared tool is shared content, and idf already discounts the ubiquitous ones. The similarity of two profiles is the cosine of their vectors: the sum of idf² over the keys they share, divided by the product of their norms (sums taken in whole units of 10⁻⁹, so a rebuild gives the same figures to the last bit).
-- profile_id: Profile (core.profiles).
-- skill_key: Normalized skill key (core.skills), mapped through skill_synonyms.csv.
-- skill_number: The key's number in key order, 1…: a compact join key for the pair similarities.
-- is_tool: The key is a tool on most of its uses (core.dim_skills).
-- profile_count: Profiles listing the key (its document frequency).
-- idf: ln(profiles in the warehouse / profile_count): the key's weight; 0 for a key every profile lists.
-- idf_squared_nano: idf² in units of 10⁻⁹, a whole number: similarities sum these, so their sums are exact and do not depend on the order parallel threads add them in.
-- profile_norm: Euclidean norm of the profile's vector, sqrt(sum of idf²) over its keys (summed as idf_squared_nano); 0 when every key it lists is on every profile.
with listed as (
    select distinct skills.profile_id, skills.skill_key
    from core.skills as skills
    inner join core.profiles as profiles on profiles.profile_id = skills.profile_id
),

totals as (
    select count(*) as profiles from core.profiles
),

frequencies as (
    select skill_key, count(*) as profile_count, row_number() over (order by skill_key) as skill_number
    from listed
    group by skill_key
),

weighted as (
    select
        listed.profile_id,
        listed.skill_key,
        frequencies.skill_number,
        frequencies.profile_count,
        ln(totals.profiles / frequencies.profile_count) as idf,
    from listed
    inner join frequencies on frequencies.skill_key = listed.skill_key
    cross join totals
),

final as (
    select
        weighted.profile_id,
        weighted.skill_key,
        weighted.skill_number,
        dim_skills.is_tool,
        weighted.profile_count,
        weighted.idf,
        round(weighted.idf * weighted.idf * 1e9)::bigint as idf_squared_nano,
        sqrt(sum(idf_squared_nano) over (partition by weighted.profile_id) / 1e9) as profile_norm,
    from weighted
    left join core.dim_skills as dim_skills on dim_skills.skill_key = weighted.skill_key
    order by weighted.profile_id, weighted.skill_key
)

select * from final
