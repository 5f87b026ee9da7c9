-- grain: one row per skill or tool listed on each profile (from its chosen file)
-- about: Skills with a normalized key: the spelling folded (case, accents, spacing and punctuation; & as and, + as plus, # as sharp), then mapped through transform/reference/skill_synonyms.csv, so variants of one skill share a key.
-- profile_id: Profile the skill is listed on.
-- position: Order on the page, from 1.
-- skill_name: Skill name as printed.
-- spelling_key: The name folded: lower case, accents removed, &/+/# spelled out, every other run of non-alphanumerics as one space, trimmed.
-- skill_key: The skill's key: the canonical key skill_synonyms.csv maps spelling_key to, else spelling_key itself.
-- description: What the role does with the skill.
-- is_tool: A tool/technology (the site's fixed tool description) rather than a skill.
-- source_path: File the row was read from (the profile's chosen file).
with chosen_files as (
    select source_path from core.profile_files where is_chosen
),

synonyms as (
    select variant_key, canonical_key from raw.skill_synonyms
),

skills as (
    select
        raw_skills.*,
        trim(regexp_replace(
            replace(replace(replace(lower(strip_accents(raw_skills.skill_name)), '&', ' and '), '+', ' plus '), '#', ' sharp '),
            '[^a-z0-9]+', ' ', 'g'
        )) as spelling_key,
    from raw.skills as raw_skills
    inner join chosen_files on chosen_files.source_path = raw_skills.source_path
),

final as (
    select
        skills.profile_id,
        skills.position,
        skills.skill_name,
        skills.spelling_key,
        coalesce(synonyms.canonical_key, skills.spelling_key) as skill_key,
        skills.description,
        skills.is_tool,
        skills.source_path,
    from skills
    left join synonyms on synonyms.variant_key = skills.spelling_key
)

select * from final
