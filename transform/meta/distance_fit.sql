-- grain: one row per row of transform/reference/distance_model.csv (parameter and relation)
-- about: What this run's published adjacency says each distance constant should be, next to the value the CSV uses, so drift is visible. Coordinates come from both profiles, so only pairs whose target is in the warehouse are fitted (a dangling id may be a retired or renamed role). base and per_level: least squares of published distance on levels apart, per relation, over same-track pairs (regr_intercept, regr_slope); a relation whose pairs are all at one level apart has no slope, and its base is their mean. management_grade_offset and cross_track: over cross-track pairs, the residual after each relation's base and per_level (fitted, or the CSV's where not identifiable), for every offset from −1 to 1 in steps of 0.05; the offset whose residuals vary least, and their mean as cross_track. Band thresholds: over every published pair (a band and a distance on one page need no target), the pair of thresholds between consecutive published distances under which the most printed bands agree with their own distance; each threshold is the midpoint of its best range. The clamps define the scale and are not fitted.
-- parameter: Parameter name, as in the CSV.
-- relation: same_focus, same_function or other_function; null for a parameter of every relation.
-- csv_value: The value the warehouse uses (distance_model.csv).
-- source: The CSV's source for it: fitted, assumed or defined.
-- fitted_value: What this run's published pairs give, rounded to 4 decimals; null when they cannot give it.
-- difference: fitted_value − csv_value.
-- has_drifted: The fitted value is more than 0.02 from the CSV's: time to look at the CSV again.
-- status: fitted; not identifiable (no published pair varies what the parameter multiplies: every pair of the relation is at one level apart); no pairs; or defined (not fitted).
-- pairs: Published pairs the fit used.
-- r_squared: Share of the distance variance the per-relation regression explains (base and per_level rows of a relation with a slope).
-- residual_sd: Standard deviation of the published distances around the fit, in distance units (base, per_level, cross_track, management_grade_offset rows).
-- band_agreement_rate: Share of published pairs whose printed band is the one their own distance falls in under the fitted thresholds (close_below, partial_below rows).
-- method: How the value is fitted.
with parameters as (
    select parameter, relation, try_cast(value as double) as csv_value, source from raw.distance_model
),

model as (
    select * from core.role_distance_model
),

coordinates as (
    select profile_id, function_code, focus_code, track, comparable_grade from core.profiles where comparable_grade is not null
),

pairs as (
    select
        adjacency.distance,
        case
            when one.focus_code = other.focus_code and one.function_code = other.function_code then 'same_focus'
            when one.function_code = other.function_code then 'same_function'
            else 'other_function'
        end as relation,
        one.track <> other.track as is_cross_track,
        one.track as track,
        other.track as other_track,
        one.comparable_grade as grade,
        other.comparable_grade as other_grade,
    from core.published_adjacency as adjacency
    inner join coordinates as one on one.profile_id = adjacency.profile_id
    inner join coordinates as other on other.profile_id = adjacency.adjacent_profile_id
    where adjacency.is_target_present and adjacency.distance is not null
),

-- Same track: a level's position is its grade, whatever the offset.
relation_fit as (
    select
        relation,
        count(*) as pairs,
        var_pop(abs(grade - other_grade)) > 0 as has_slope,
        case when has_slope then regr_intercept(distance, abs(grade - other_grade)) else avg(distance) end as base,
        case when has_slope then regr_slope(distance, abs(grade - other_grade)) end as per_level,
        case when has_slope then regr_r2(distance, abs(grade - other_grade)) end as r_squared,
        case
            when has_slope then sqrt(regr_syy(distance, abs(grade - other_grade)) * (1 - regr_r2(distance, abs(grade - other_grade))) / count(*))
            else stddev_pop(distance)
        end as residual_sd,
    from pairs
    where not is_cross_track
    group by relation
),

offsets as (
    select range / 100 as management_grade_offset from range(-100, 101, 5)
),

cross_residuals as (
    select
        offsets.management_grade_offset,
        pairs.distance
        - coalesce(relation_fit.base, model.base)
        - coalesce(relation_fit.per_level, model.per_level) * abs(
            (pairs.grade + case when pairs.track = 'management' then offsets.management_grade_offset else 0 end)
            - (pairs.other_grade + case when pairs.other_track = 'management' then offsets.management_grade_offset else 0 end)
        ) as residual,
    from pairs
    inner join model on model.relation = pairs.relation
    left join relation_fit on relation_fit.relation = pairs.relation
    cross join offsets
    where pairs.is_cross_track
),

cross_fit as (
    select
        management_grade_offset,
        count(*) as pairs,
        avg(residual) as cross_track,
        stddev_pop(residual) as residual_sd,
    from cross_residuals
    group by management_grade_offset
    qualify row_number() over (order by var_pop(residual), abs(management_grade_offset), management_grade_offset) = 1
),

bands as (
    select distance, band, count(*) as pairs
    from core.published_adjacency
    where distance is not null and band is not null
    group by distance, band
),

cuts as (
    select (distance + next_distance) / 2 as threshold
    from (select distance, lead(distance) over (order by distance) as next_distance from (select distinct distance from bands))
    where next_distance is not null
),

threshold_scores as (
    select
        close_cuts.threshold as close_below,
        partial_cuts.threshold as partial_below,
        sum(bands.pairs) filter (
            where (bands.band = 'close' and bands.distance < close_cuts.threshold)
            or (bands.band = 'partial' and bands.distance >= close_cuts.threshold and bands.distance < partial_cuts.threshold)
            or (bands.band = 'distant' and bands.distance >= partial_cuts.threshold)
        ) as agreements,
        sum(bands.pairs) as pairs,
    from cuts as close_cuts
    inner join cuts as partial_cuts on partial_cuts.threshold > close_cuts.threshold
    cross join bands
    group by close_cuts.threshold, partial_cuts.threshold
),

threshold_fit as (
    select
        (min(close_below) + max(close_below)) / 2 as close_below,
        (min(partial_below) + max(partial_below)) / 2 as partial_below,
        any_value(pairs) as pairs,
        any_value(agreements) / any_value(pairs) as band_agreement_rate,
    from threshold_scores
    where agreements = (select max(agreements) from threshold_scores)
),

fitted as (
    select 'base' as parameter, relation, base as fitted_value, 'fitted' as status, pairs, r_squared, residual_sd, null::double as band_agreement_rate
    from relation_fit
    union all
    select 'per_level', relation, per_level, case when has_slope then 'fitted' else 'not identifiable' end, pairs, r_squared, residual_sd, null
    from relation_fit
    union all
    select 'cross_track', null, cross_track, 'fitted', pairs, null, residual_sd, null from cross_fit
    union all
    select 'management_grade_offset', null, management_grade_offset, 'fitted', pairs, null, residual_sd, null from cross_fit
    union all
    select 'close_below', null, close_below, 'fitted', pairs, null, null, band_agreement_rate from threshold_fit where pairs is not null
    union all
    select 'partial_below', null, partial_below, 'fitted', pairs, null, null, band_agreement_rate from threshold_fit where pairs is not null
),

methods as (
    select * from (
        values
            ('base', 'regr_intercept of distance on levels apart, same-track pairs of the relation (their mean when all are at one level apart)'),
            ('per_level', 'regr_slope of distance on levels apart, same-track pairs of the relation'),
            ('cross_track', 'mean residual of cross-track pairs after base and per_level, at the fitted management_grade_offset'),
            ('management_grade_offset', 'the offset in −1…1 (step 0.05) minimizing the variance of the cross-track residuals'),
            ('close_below', 'midpoint of the thresholds under which the most printed bands agree with their own distance'),
            ('partial_below', 'midpoint of the thresholds under which the most printed bands agree with their own distance'),
            ('clamp_min', 'not fitted: defines the scale'),
            ('clamp_max', 'not fitted: defines the scale')
    ) as methods(parameter, method)
),

final as (
    select
        parameters.parameter,
        parameters.relation,
        parameters.csv_value,
        parameters.source,
        round(fitted.fitted_value, 4) as fitted_value,
        round(fitted.fitted_value - parameters.csv_value, 4) as difference,
        abs(fitted.fitted_value - parameters.csv_value) > 0.02 as has_drifted,
        case
            when parameters.parameter in ('clamp_min', 'clamp_max') then 'defined'
            when fitted.parameter is null then 'no pairs'
            else fitted.status
        end as status,
        fitted.pairs,
        fitted.r_squared,
        fitted.residual_sd,
        fitted.band_agreement_rate,
        methods.method,
    from parameters
    left join fitted on fitted.parameter = parameters.parameter and fitted.relation is not distinct from parameters.relation
    left join methods on methods.parameter = parameters.parameter
)

select * from final
