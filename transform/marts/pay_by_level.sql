-- grain: one row per profile: a function, focus, track and level
-- about: Pay along each focus's ladder in the reporting currency, with the step from the previous level present on the same focus and track, and a flag where pay does not rise.
-- function_code: Function part of the profile id.
-- function_name: Function name as printed.
-- focus_code: Focus part of the profile id.
-- focus_name: Focus name as printed.
-- track: professional or management.
-- level_code: Level code.
-- level_rank: The level's rank on its track.
-- comparable_grade: Cross-track grade of the level.
-- profile_id: The profile at this level.
-- scope: global, americas, emea or apac.
-- status: approved, in_review, draft or deprecated.
-- currency: Currency the page prints its pay in.
-- reporting_currency: Currency of the pay columns below.
-- pay_median: Pay median, reporting currency.
-- pay_min: Pay range low end, reporting currency.
-- pay_max: Pay range high end, reporting currency.
-- pay_midpoint: Range midpoint, reporting currency.
-- pay_spread: (pay_max − pay_min) / pay_min.
-- pay_median_position: (pay_median − pay_min) / (pay_max − pay_min).
-- previous_level_code: The next lower level of the same focus and track present in the warehouse; null at the bottom.
-- levels_skipped: Ladder levels missing between the previous level and this one (0 when adjacent).
-- previous_pay_median: Pay median of the previous level, reporting currency.
-- pay_step: pay_median − previous_pay_median.
-- pay_step_ratio: pay_median / previous_pay_median − 1 (0.15 is 15% more than the level below).
-- is_pay_not_rising: The median is not above the previous level's (a flat or falling step).
with profiles as (
    select * from core.profiles
),

stepped as (
    select
        profiles.*,
        lag(level_code) over ladder as previous_level_code,
        lag(level_rank) over ladder as previous_level_rank,
        lag(pay_median_reporting) over ladder as previous_pay_median,
    from profiles
    window ladder as (partition by function_code, focus_code, track order by level_rank)
),

final as (
    select
        function_code,
        function_name,
        focus_code,
        focus_name,
        track,
        level_code,
        level_rank,
        comparable_grade,
        profile_id,
        scope,
        status,
        currency,
        reporting_currency,
        pay_median_reporting as pay_median,
        pay_min_reporting as pay_min,
        pay_max_reporting as pay_max,
        pay_midpoint_reporting as pay_midpoint,
        pay_spread,
        pay_median_position,
        previous_level_code,
        level_rank - previous_level_rank - 1 as levels_skipped,
        previous_pay_median,
        pay_median_reporting - previous_pay_median as pay_step,
        pay_median_reporting / nullif(previous_pay_median, 0) - 1 as pay_step_ratio,
        coalesce(pay_median_reporting <= previous_pay_median, false) as is_pay_not_rising,
    from stepped
    order by function_code, focus_code, track desc, level_rank
)

select * from final
