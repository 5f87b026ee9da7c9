-- grain: one row per attribute of the level definition of each profile (from its chosen file)
-- profile_id: Profile the level definition is printed on.
-- position: Order on the page, from 1.
-- attribute: Attribute, e.g. Scope, Autonomy or Typical experience.
-- value: The attribute's value.
-- source_path: File the row was read from (the profile's chosen file).
with chosen_files as (
    select source_path from core.profile_files where is_chosen
),

level_definition as (
    select * from raw.level_definition
),

final as (
    select
        level_definition.profile_id,
        level_definition.position,
        level_definition.attribute,
        level_definition.value,
        level_definition.source_path,
    from level_definition
    inner join chosen_files on chosen_files.source_path = level_definition.source_path
)

select * from final
