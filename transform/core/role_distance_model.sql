-- grain: one row per relation class between two roles: same_focus, same_function, other_function
-- about: The structural distance model of transform/reference/distance_model.csv, typed, one row per relation class with the parameters common to every class repeated on each row. A parameter missing from the CSV, or not a number, fails the build with its name.
-- relation: same_focus (same function and focus), same_function (another focus of the function) or other_function.
-- relation_order: 1 for same_focus, 2 for same_function, 3 for other_function: nearer relations first.
-- base: Distance at zero levels apart and the same track.
-- per_level: Distance added per level apart.
-- cross_track: Distance added when one role is professional and the other management.
-- management_grade_offset: Added to a management level's comparable grade to give its position on the distance scale.
-- close_below: A distance below this is in the close band.
-- partial_below: A distance below this and not close is partial; from it, distant.
-- clamp_min: Lowest distance: anything below is raised to it.
-- clamp_max: Highest distance: anything above is lowered to it.
with parameters as (
    select
        parameter,
        coalesce(relation, '') as relation,
        try_cast(value as double) as value,
    from raw.distance_model
),

relations as (
    select * from (values ('same_focus', 1), ('same_function', 2), ('other_function', 3)) as relations(relation, relation_order)
),

-- One value per parameter and relation; error() names what is missing, so a bad edit of the CSV stops the build here.
required as (
    select
        relations.relation,
        relations.relation_order,
        needed.parameter,
        needed.is_per_relation,
        max(parameters.value) as value,
        count(parameters.parameter) as row_count,
    from relations
    cross join (
        values
            ('base', true), ('per_level', true), ('cross_track', false), ('management_grade_offset', false),
            ('close_below', false), ('partial_below', false), ('clamp_min', false), ('clamp_max', false)
    ) as needed(parameter, is_per_relation)
    left join parameters
        on parameters.parameter = needed.parameter
        and parameters.relation = case when needed.is_per_relation then relations.relation else '' end
    group by all
),

checked as (
    select
        relation,
        relation_order,
        parameter,
        case
            when row_count <> 1 or value is null
                then error(
                    'transform/reference/distance_model.csv needs one row with a number for ' || parameter
                    || case when is_per_relation then ' of ' || relation else ' (relation blank)' end
                    || '; it has ' || row_count || ' such row(s)'
                )
            else value
        end as value,
    from required
),

final as (
    select
        relation,
        relation_order,
        max(value) filter (where parameter = 'base') as base,
        max(value) filter (where parameter = 'per_level') as per_level,
        max(value) filter (where parameter = 'cross_track') as cross_track,
        max(value) filter (where parameter = 'management_grade_offset') as management_grade_offset,
        max(value) filter (where parameter = 'close_below') as close_below,
        max(value) filter (where parameter = 'partial_below') as partial_below,
        max(value) filter (where parameter = 'clamp_min') as clamp_min,
        max(value) filter (where parameter = 'clamp_max') as clamp_max,
    from checked
    group by relation, relation_order
    order by relation_order
)

select * from final
