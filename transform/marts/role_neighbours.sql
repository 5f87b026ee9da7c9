-- grain: one row per profile and each of its k nearest other profiles by structural distance (k = the neighbour_k variable, npm run pipeline -- --neighbours k, default 10)
-- about: "What is nearest to this role", for every profile with a comparable grade: the k others with the smallest distance of core.role_level_distances, ties broken by neighbour_id, with the skill-based similarity beside it. Computed without comparing all pairs: a distance depends only on the relation and the two levels, so the profiles of one function and level are interchangeable but for their id, and only the first k of each by id (k + 1 in the own function, whose own focus is left out) can be among anyone's nearest. A bound per function and level (the distance by which the other focuses and functions surely hold k profiles) says which of those groups can reach anyone's k-th place; each profile's own focus, plus the first members of the groups within the bound, are its few candidates, and the k nearest of them are exactly the brute-force k nearest (tests/transform/distances-neighbours.test.ts).
-- profile_id: Profile whose neighbours these are.
-- neighbour_rank: 1 for the nearest; ranks follow distance, then neighbour_id, so there are no ties.
-- neighbour_id: The neighbouring profile.
-- neighbour_title: Its title (focus name — level).
-- relation: same_focus, same_function or other_function.
-- level_code: The profile's level.
-- neighbour_level_code: The neighbour's level.
-- levels_apart: Levels apart on the distance scale (core.role_level_distances).
-- is_cross_track: One is professional and the other management.
-- distance: Structural distance, 0–1 (transform/reference/distance_model.csv).
-- band: close, partial or distant, from distance.
-- content_similarity: Cosine similarity of the two profiles' idf-weighted skill keys (core.role_skill_weights), 0–1 (capped at 1 against rounding); null when either has no weighted skill.
-- shared_skill_keys: Number of skill keys (skills and tools) both list.
-- is_published: The profile's own page lists the neighbour among its adjacent roles.
-- published_distance: The distance the page publishes for it; null when not listed.
with settings as (
    select coalesce(getvariable('neighbour_k'), 10)::integer as k
),

-- Numbered in id order: the numbers break ties exactly as the ids do, and join faster.
profiles as (
    select
        profiles.profile_id,
        row_number() over (order by profiles.profile_id) as profile_number,
        profiles.title,
        profiles.function_code,
        profiles.focus_code,
        profiles.level_code,
        norms.profile_norm,
    from core.profiles as profiles
    left join (select distinct profile_id, profile_norm from core.role_skill_weights) as norms on norms.profile_id = profiles.profile_id
    where profiles.level_code in (select level_code from core.role_level_distances)
),

function_levels as (
    select function_code, level_code, count(*) as members from profiles group by function_code, level_code
),

levels as (
    select level_code, count(*) as members from profiles group by level_code
),

-- The first k + 1 of each function and level by id: a profile's own focus has at most one of them.
function_level_first as (
    select profiles.profile_number, profiles.function_code, profiles.focus_code, profiles.level_code
    from profiles
    cross join settings
    qualify row_number() over (partition by profiles.function_code, profiles.level_code order by profiles.profile_number) <= settings.k + 1
),

-- For each function, the first k by id at each level among the other functions.
other_function_first as (
    select functions.function_code as excluded_function_code, first.profile_number, first.level_code
    from (select distinct function_code from profiles) as functions
    inner join function_level_first as first on first.function_code <> functions.function_code
    cross join settings
    qualify row_number() over (partition by functions.function_code, first.level_code order by first.profile_number) <= settings.k
),

-- For each function and level, an upper bound on the distance of anyone's k-th nearest there: the
-- distance by which the other focuses of the function and the other functions hold k profiles even
-- when the own focus takes one from every level. Own-focus profiles only ever bring it nearer.
bound_groups as (
    select
        mine.function_code,
        mine.level_code,
        distances.relation,
        distances.other_level_code,
        distances.distance,
        case distances.relation
            when 'same_function' then greatest(coalesce(theirs.members, 0) - 1, 0)
            else levels.members - coalesce(theirs.members, 0)
        end as members,
    from function_levels as mine
    inner join core.role_level_distances as distances
        on distances.level_code = mine.level_code and distances.relation in ('same_function', 'other_function')
    inner join levels on levels.level_code = distances.other_level_code
    left join function_levels as theirs
        on theirs.function_code = mine.function_code and theirs.level_code = distances.other_level_code
),

bounds as (
    select function_code, level_code, min(distance) as distance_bound
    from (
        select
            bound_groups.*,
            sum(members) over (partition by function_code, level_code order by distance, relation, other_level_code) as members_so_far,
        from bound_groups
    )
    cross join settings
    where members_so_far >= settings.k
    group by function_code, level_code
),

-- The groups (relation × level) within the bound; every group when the warehouse has fewer than k others.
needed_groups as (
    select bound_groups.function_code, bound_groups.level_code, bound_groups.relation, bound_groups.other_level_code, bound_groups.distance
    from bound_groups
    left join bounds on bounds.function_code = bound_groups.function_code and bounds.level_code = bound_groups.level_code
    where bounds.distance_bound is null or bound_groups.distance <= bounds.distance_bound
),

candidates as (
    select profiles.profile_number, others.profile_number as neighbour_number, distances.distance
    from profiles
    inner join profiles as others
        on others.function_code = profiles.function_code
        and others.focus_code = profiles.focus_code
        and others.profile_number <> profiles.profile_number
    inner join core.role_level_distances as distances
        on distances.relation = 'same_focus'
        and distances.level_code = profiles.level_code
        and distances.other_level_code = others.level_code
    union all
    select profiles.profile_number, first.profile_number, needed.distance
    from profiles
    inner join needed_groups as needed
        on needed.function_code = profiles.function_code
        and needed.level_code = profiles.level_code
        and needed.relation = 'same_function'
    inner join function_level_first as first
        on first.function_code = profiles.function_code
        and first.level_code = needed.other_level_code
        and first.focus_code <> profiles.focus_code
    union all
    select profiles.profile_number, first.profile_number, needed.distance
    from profiles
    inner join needed_groups as needed
        on needed.function_code = profiles.function_code
        and needed.level_code = profiles.level_code
        and needed.relation = 'other_function'
    inner join other_function_first as first
        on first.excluded_function_code = profiles.function_code
        and first.level_code = needed.other_level_code
),

-- The k smallest of (distance, neighbour) per profile: the same as
-- qualify row_number() over (partition by profile order by distance, neighbour) <= k, three times
-- faster. The pair is packed into one integer, distance (4 decimals) in the high bits and the
-- neighbour's number in the low 32, so its order is theirs; min(x, k) lists the k smallest in order.
-- (k is read from the variable here, not from settings: min's count must be a constant.)
nearest as (
    select
        profile_number,
        min((round(distance * 10000)::bigint << 32) + neighbour_number, greatest(coalesce(getvariable('neighbour_k'), 10), 1)::integer) as order_keys,
    from candidates
    -- k = 0 (--neighbours 0) asks for none; min() needs a count of at least 1.
    where (select k from settings) > 0
    group by profile_number
),

ranked as (
    select
        profile_number,
        generate_subscripts(order_keys, 1) as neighbour_rank,
        unnest(order_keys) & 4294967295 as neighbour_number,
    from nearest
),

weights as (
    select profiles.profile_number, weights.skill_number, weights.idf_squared_nano
    from core.role_skill_weights as weights
    inner join profiles on profiles.profile_id = weights.profile_id
),

shared_skills as (
    select
        ranked.profile_number,
        ranked.neighbour_number,
        sum(one.idf_squared_nano) / 1e9 as dot_product,
        count(*) as shared_skill_keys,
    from ranked
    inner join weights as one on one.profile_number = ranked.profile_number
    inner join weights as other on other.profile_number = ranked.neighbour_number and other.skill_number = one.skill_number
    group by ranked.profile_number, ranked.neighbour_number
),

published as (
    select self.profile_number, neighbours.profile_number as neighbour_number, min(adjacency.distance) as published_distance
    from core.published_adjacency as adjacency
    inner join profiles as self on self.profile_id = adjacency.profile_id
    inner join profiles as neighbours on neighbours.profile_id = adjacency.adjacent_profile_id
    group by self.profile_number, neighbours.profile_number
),

pairs as (
    select
        ranked.profile_number,
        ranked.neighbour_rank,
        ranked.neighbour_number,
        self.profile_id,
        self.level_code,
        neighbours.profile_id as neighbour_id,
        neighbours.title as neighbour_title,
        neighbours.level_code as neighbour_level_code,
        case
            when neighbours.function_code = self.function_code and neighbours.focus_code = self.focus_code then 'same_focus'
            when neighbours.function_code = self.function_code then 'same_function'
            else 'other_function'
        end as relation,
        self.profile_norm * neighbours.profile_norm as norm_product,
    from ranked
    inner join profiles as self on self.profile_number = ranked.profile_number
    inner join profiles as neighbours on neighbours.profile_number = ranked.neighbour_number
),

final as (
    select
        pairs.profile_id,
        pairs.neighbour_rank,
        pairs.neighbour_id,
        pairs.neighbour_title,
        pairs.relation,
        pairs.level_code,
        pairs.neighbour_level_code,
        distances.levels_apart,
        distances.is_cross_track,
        distances.distance,
        distances.band,
        case when pairs.norm_product > 0 then least(coalesce(shared_skills.dot_product, 0) / pairs.norm_product, 1) end as content_similarity,
        coalesce(shared_skills.shared_skill_keys, 0) as shared_skill_keys,
        published.profile_number is not null as is_published,
        published.published_distance,
    from pairs
    inner join core.role_level_distances as distances
        on distances.relation = pairs.relation
        and distances.level_code = pairs.level_code
        and distances.other_level_code = pairs.neighbour_level_code
    left join shared_skills on shared_skills.profile_number = pairs.profile_number and shared_skills.neighbour_number = pairs.neighbour_number
    left join published on published.profile_number = pairs.profile_number and published.neighbour_number = pairs.neighbour_number
    order by pairs.profile_number, pairs.neighbour_rank
)

select * from final
