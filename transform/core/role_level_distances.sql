-- grain: one row per relation class and ordered pair of level codes with a comparable grade
-- about: The structural distance, computed once for every combination it can take: two roles' distance depends only on their relation (same focus, same function, other function) and their two levels. The one place the formula of transform/reference/distance_model.csv is written; every other model looks its distances up here. A level without a comparable grade (see checks/level_equivalence_complete) has no row, so its profiles get no computed distance.
-- relation: same_focus, same_function or other_function (core.role_distance_model).
-- level_code: Level of the first role.
-- other_level_code: Level of the second role.
-- level_position: Position of the first level on the distance scale: its comparable grade, plus management_grade_offset on the management track.
-- other_level_position: Position of the second level on the same scale.
-- levels_apart: |level_position − other_level_position|: 1 for neighbouring levels of one track; across tracks it can be a half (M1 and P4 are 0.5 apart).
-- is_cross_track: One level is professional and the other management.
-- raw_distance: base + per_level × levels_apart + cross_track (when the tracks differ), before the clamp.
-- distance: raw_distance clamped to [clamp_min, clamp_max] and rounded to 4 decimals (so equal distances compare equal and ties are broken by id, not by floating-point noise).
-- band: close below close_below, partial below partial_below, else distant.
with model as (
    select * from core.role_distance_model
),

levels as (
    select
        levels.level_code,
        levels.track,
        levels.comparable_grade
        + case when levels.track = 'management' then model.management_grade_offset else 0 end as level_position,
    from core.levels as levels
    cross join (select distinct management_grade_offset from model) as model
    where levels.comparable_grade is not null
),

pairs as (
    select
        model.*,
        one.level_code,
        other.level_code as other_level_code,
        one.level_position,
        other.level_position as other_level_position,
        abs(one.level_position - other.level_position) as levels_apart,
        one.track <> other.track as is_cross_track,
    from model
    cross join levels as one
    cross join levels as other
),

distances as (
    select
        *,
        base + per_level * levels_apart + case when is_cross_track then cross_track else 0 end as raw_distance,
        round(least(greatest(raw_distance, clamp_min), clamp_max), 4) as distance,
    from pairs
),

final as (
    select
        relation,
        level_code,
        other_level_code,
        level_position,
        other_level_position,
        levels_apart,
        is_cross_track,
        raw_distance,
        distance,
        case when distance < close_below then 'close' when distance < partial_below then 'partial' else 'distant' end as band,
    from distances
    order by relation_order, level_code, other_level_code
)

select * from final
