-- grain: one row per function, comparable grade and track
-- about: Pay compared across tracks: professional and management profiles of one function side by side at each comparable grade (transform/reference/level_equivalence.csv), in the reporting currency.
-- function_code: Function part of the profile ids.
-- function_name: Function name (the most common spelling).
-- comparable_grade: Cross-track grade; equal grades are comparable.
-- track: professional or management.
-- level_codes: The level codes at this grade on this track.
-- profile_count: Number of profiles.
-- reporting_currency: Currency of the pay columns.
-- pay_median_median: Median of the profiles' pay medians.
-- pay_median_min: Lowest pay median.
-- pay_median_max: Highest pay median.
with profiles as (
    select * from core.profiles
),

final as (
    select
        function_code,
        mode(function_name) as function_name,
        comparable_grade,
        track,
        list(distinct level_code order by level_code) as level_codes,
        count(*) as profile_count,
        any_value(reporting_currency) as reporting_currency,
        median(pay_median_reporting) as pay_median_median,
        min(pay_median_reporting) as pay_median_min,
        max(pay_median_reporting) as pay_median_max,
    from profiles
    group by function_code, comparable_grade, track
    order by function_code, comparable_grade, track desc
)

select * from final
