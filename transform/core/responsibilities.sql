-- grain: one row per responsibility bullet per level of each profile (from its chosen file)
-- profile_id: Profile the responsibility is listed on.
-- level_code: Level the responsibility belongs to (pages list every level of the focus's ladder).
-- position: Order within its level, from 1.
-- text: The responsibility, as text.
-- is_own_level: The page marks this level as the profile's own.
-- source_path: File the row was read from (the profile's chosen file; its content hash is in core.profiles).
with chosen_files as (
    select source_path from core.profile_files where is_chosen
),

responsibilities as (
    select * from raw.responsibilities
),

final as (
    select
        responsibilities.profile_id,
        responsibilities.level_code,
        responsibilities.position,
        responsibilities.text,
        responsibilities.is_own_level,
        responsibilities.source_path,
    from responsibilities
    inner join chosen_files on chosen_files.source_path = responsibilities.source_path
)

select * from final
