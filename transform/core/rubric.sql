-- grain: one row per level of the leveling rubric of each profile (from its chosen file)
-- profile_id: Profile the rubric is printed on.
-- level_code: Level of the rubric row.
-- knowledge_application: Knowledge & Application cell.
-- complexity_problem_solving: Complexity & Problem Solving cell.
-- collaboration_interaction: Collaboration & Interaction cell.
-- degree_years: Typical Degree & Years cell.
-- source_path: File the row was read from (the profile's chosen file).
with chosen_files as (
    select source_path from core.profile_files where is_chosen
),

rubric as (
    select * from raw.rubric
),

final as (
    select
        rubric.profile_id,
        rubric.level_code,
        rubric.knowledge_application,
        rubric.complexity_problem_solving,
        rubric.collaboration_interaction,
        rubric.degree_years,
        rubric.source_path,
    from rubric
    inner join chosen_files on chosen_files.source_path = rubric.source_path
)

select * from final
