-- grain: one row per function, track, level, scope and status, where scope and status may each be 'all'
-- about: The Pay page's function-wide ladder for every combination of its scope and status filters (a median cannot be re-aggregated in the browser, so every combination is computed here): the spread of the focuses' pay at each level, the step from the level below and whether pay rises.
-- function_code: Function part of the profile ids.
-- function_name: Function name (the most common spelling).
-- track: professional or management.
-- level_code: Level code.
-- level_rank: The level's rank on its track.
-- comparable_grade: Cross-track grade of the level.
-- scope: global, americas, emea, apac, or all.
-- status: approved, in_review, draft, deprecated, or all.
-- reporting_currency: Currency of the pay columns.
-- profile_count: Profiles in the group.
-- focus_count: Focuses among them.
-- pay_median_p25: 25th percentile of the profiles' pay medians.
-- pay_median_median: Median of the profiles' pay medians.
-- pay_median_p75: 75th percentile of the profiles' pay medians.
-- pay_min_median: Median of the range low ends.
-- pay_max_median: Median of the range high ends.
-- pay_min_min: Lowest range low end.
-- pay_max_max: Highest range high end.
-- pay_spread_median: Median of the ranges' relative widths, (pay_max − pay_min) / pay_min.
-- not_rising_count: Profiles whose median is not above the previous level of their own focus (marts.pay_by_level).
-- outlier_count: Profiles that are pay outliers against their peers (marts.report_pay_peers).
-- previous_level_code: The next lower level of the same function, track, scope and status with profiles; null at the bottom.
-- median_step_ratio: pay_median_median / the previous level's − 1.
-- is_median_not_rising: The level's median of medians is not above the previous level's.
with pay as (
    select pay_by_level.*, peers.is_outlier
    from marts.pay_by_level as pay_by_level
    inner join marts.report_pay_peers as peers using (profile_id)
),

grouped as (
    select
        function_code,
        mode(function_name) as function_name,
        track,
        level_code,
        any_value(level_rank) as level_rank,
        any_value(comparable_grade) as comparable_grade,
        coalesce(scope, 'all') as scope,
        coalesce(status, 'all') as status,
        any_value(reporting_currency) as reporting_currency,
        count(*) as profile_count,
        count(distinct focus_code) as focus_count,
        quantile_cont(pay_median, 0.25) as pay_median_p25,
        median(pay_median) as pay_median_median,
        quantile_cont(pay_median, 0.75) as pay_median_p75,
        median(pay_min) as pay_min_median,
        median(pay_max) as pay_max_median,
        min(pay_min) as pay_min_min,
        max(pay_max) as pay_max_max,
        median(pay_spread) as pay_spread_median,
        count(*) filter (where is_pay_not_rising) as not_rising_count,
        count(*) filter (where is_outlier) as outlier_count,
    from pay
    group by grouping sets (
        (function_code, track, level_code, scope, status),
        (function_code, track, level_code, scope),
        (function_code, track, level_code, status),
        (function_code, track, level_code)
    )
),

stepped as (
    select
        grouped.*,
        lag(level_code) over ladder as previous_level_code,
        lag(pay_median_median) over ladder as previous_median,
    from grouped
    window ladder as (partition by function_code, track, scope, status order by level_rank)
),

final as (
    select
        function_code,
        function_name,
        track,
        level_code,
        level_rank,
        comparable_grade,
        scope,
        status,
        reporting_currency,
        profile_count,
        focus_count,
        pay_median_p25,
        pay_median_median,
        pay_median_p75,
        pay_min_median,
        pay_max_median,
        pay_min_min,
        pay_max_max,
        pay_spread_median,
        not_rising_count,
        outlier_count,
        previous_level_code,
        pay_median_median / nullif(previous_median, 0) - 1 as median_step_ratio,
        coalesce(pay_median_median <= previous_median, false) as is_median_not_rising,
    from stepped
    order by function_code, track desc, scope, status, level_rank
)

select * from final
