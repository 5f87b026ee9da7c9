-- grain: one row per level code (the ladder of transform/reference/level_equivalence.csv plus any other code a page uses: its own level, its responsibilities or its rubric)
-- about: The level dimension: each level's track, rank on its track, name and typical experience as the pages give them, joined to the editable cross-track equivalence (comparable grade).
-- level_code: Level code, P1… (professional) or M1… (management).
-- track: professional or management (from the code's letter).
-- level_rank: The level's rank on its track: the number in its code (P3 is 3).
-- level_name: The level's name: the one most pages at this level print, else the ladder's standard name.
-- standard_level_name: The ladder's standard name from level_equivalence.csv; null for a code the CSV lacks.
-- years_min: Typical experience, lower bound in years: the range most pages at this level print; null when no page is at this level.
-- years_max: Typical experience, upper bound in years, from that same range; null when it is open-ended or no page is at this level.
-- comparable_grade: Cross-track grade from level_equivalence.csv: levels with equal grades are comparable; null for a code the CSV lacks.
-- comparable_professional_level: The professional level this level compares with; null above the top of the professional ladder.
-- equivalence_rationale: Why the level sits at its grade.
-- profile_count: Number of profiles (current versions) at this level.
-- is_in_equivalence: The level has a row in level_equivalence.csv.
with equivalence as (
    select
        level_code,
        level_name as standard_level_name,
        try_cast(comparable_grade as integer) as comparable_grade,
        comparable_professional_level,
        rationale as equivalence_rationale,
    from raw.level_equivalence
),

chosen as (
    select profiles.*
    from raw.profiles as profiles
    inner join core.profile_files as files on files.source_path = profiles.source_path
    where files.is_chosen
),

on_pages as (
    select
        level_code,
        mode(level_name) as level_name,
        -- The most common (min, max) pair, so an open-ended "15+ yrs" stays one.
        mode({'min': years_min, 'max': years_max}) as years,
        count(*) as profile_count,
    from chosen
    group by level_code
),

codes as (
    select level_code from equivalence
    union
    select level_code from chosen
    union
    select level_code from raw.responsibilities
    union
    select level_code from raw.rubric
),

final as (
    select
        codes.level_code,
        case left(codes.level_code, 1) when 'P' then 'professional' when 'M' then 'management' end as track,
        try_cast(substr(codes.level_code, 2) as integer) as level_rank,
        coalesce(on_pages.level_name, equivalence.standard_level_name) as level_name,
        equivalence.standard_level_name,
        on_pages.years.min as years_min,
        on_pages.years.max as years_max,
        equivalence.comparable_grade,
        equivalence.comparable_professional_level,
        equivalence.equivalence_rationale,
        coalesce(on_pages.profile_count, 0) as profile_count,
        equivalence.level_code is not null as is_in_equivalence,
    from codes
    left join equivalence on equivalence.level_code = codes.level_code
    left join on_pages on on_pages.level_code = codes.level_code
    order by track desc, level_rank
)

select * from final
