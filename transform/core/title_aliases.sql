-- grain: one row per title alias of each profile (from its chosen file)
-- profile_id: Profile the alias is listed on.
-- position: Order on the page, from 1.
-- alias: The title alias as printed.
-- alias_key: The alias folded for comparison: lower case, runs of spaces as one, trimmed.
-- source_path: File the row was read from (the profile's chosen file).
with chosen_files as (
    select source_path from core.profile_files where is_chosen
),

aliases as (
    select * from raw.aliases
),

final as (
    select
        aliases.profile_id,
        aliases.position,
        aliases.alias,
        trim(regexp_replace(lower(aliases.alias), '\s+', ' ', 'g')) as alias_key,
        aliases.source_path,
    from aliases
    inner join chosen_files on chosen_files.source_path = aliases.source_path
)

select * from final
