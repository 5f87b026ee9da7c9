-- grain: one row per classification mapping of each profile (from its chosen file)
-- about: Occupation codes with SOC codes validated (NN-NNNN or NN-NNNN.NN) and mapped to their SOC 2018 major group (transform/reference/soc_major_groups.csv).
-- profile_id: Profile the mapping is listed on.
-- position: Order on the page, from 1.
-- system: Classification system heading as printed, e.g. O*NET / SOC or ESCO.
-- code: Code as printed.
-- source: Where the mapping came from.
-- is_soc: The system is SOC or O*NET-SOC, whose codes are validated here.
-- is_valid_soc_code: For a SOC system: the code is NN-NNNN or NN-NNNN.NN and its first two digits are a SOC 2018 major group; null for other systems.
-- soc_major_group: Two-digit SOC major group of a valid SOC code, e.g. 43.
-- soc_major_group_title: Official SOC 2018 title of that major group.
-- source_path: File the row was read from (the profile's chosen file).
with chosen_files as (
    select source_path from core.profile_files where is_chosen
),

major_groups as (
    select major_group, title from raw.soc_major_groups
),

classifications as (
    select
        raw_classifications.*,
        regexp_matches(raw_classifications.system, '(?i)(^|[^a-z])(soc|o\*net)([^a-z]|$)') as is_soc,
        regexp_full_match(raw_classifications.code, '[0-9]{2}-[0-9]{4}(\.[0-9]{2})?') as is_soc_shaped,
    from raw.classifications as raw_classifications
    inner join chosen_files on chosen_files.source_path = raw_classifications.source_path
),

final as (
    select
        classifications.profile_id,
        classifications.position,
        classifications.system,
        classifications.code,
        classifications.source,
        classifications.is_soc,
        case when classifications.is_soc then classifications.is_soc_shaped and major_groups.major_group is not null end as is_valid_soc_code,
        major_groups.major_group as soc_major_group,
        major_groups.title as soc_major_group_title,
        classifications.source_path,
    from classifications
    left join major_groups
        on classifications.is_soc
        and classifications.is_soc_shaped
        and major_groups.major_group = left(classifications.code, 2)
)

select * from final
