-- grain: one row per profile (from its chosen file)
-- about: Pay figures in the page's currency and in the build's reporting currency, converted through USD with the rates of transform/reference/fx_rates.csv, with the shape of the range.
-- profile_id: Profile id.
-- currency: ISO 4217 code of the page's pay figures.
-- pay_midpoint: Middle of the pay range, (pay_min + pay_max) / 2, page currency.
-- pay_spread: Width of the range relative to its low end, (pay_max − pay_min) / pay_min.
-- pay_median_position: Where the median sits in its range, (pay_median − pay_min) / (pay_max − pay_min): 0 at the low end, 1 at the high end, outside 0–1 when the range does not contain the median; null for a zero-width range.
-- is_pay_range_consistent: pay_min ≤ pay_median ≤ pay_max.
-- reporting_currency: The build's reporting currency.
-- fx_rate: Units of the reporting currency for one unit of the page's currency; null when fx_rates.csv lacks either currency.
-- fx_as_of: As-of date of fx_rate (the older of the two USD rates it is made of).
-- pay_median_reporting: Pay median in the reporting currency, rounded to cents.
-- pay_min_reporting: Pay range low end in the reporting currency, rounded to cents.
-- pay_max_reporting: Pay range high end in the reporting currency, rounded to cents.
-- pay_midpoint_reporting: Range midpoint in the reporting currency, rounded to cents.
with chosen as (
    select profiles.*
    from raw.profiles as profiles
    inner join core.profile_files as files on files.source_path = profiles.source_path
    where files.is_chosen
),

rates as (
    select * from core.fx_rates
),

settings as (
    select upper(coalesce(getvariable('reporting_currency'), 'USD')) as reporting_currency
),

final as (
    select
        chosen.profile_id,
        chosen.currency,
        (chosen.pay_min + chosen.pay_max) / 2 as pay_midpoint,
        (chosen.pay_max - chosen.pay_min) / nullif(chosen.pay_min, 0) as pay_spread,
        (chosen.pay_median - chosen.pay_min) / nullif(chosen.pay_max - chosen.pay_min, 0) as pay_median_position,
        chosen.pay_min <= chosen.pay_median and chosen.pay_median <= chosen.pay_max as is_pay_range_consistent,
        settings.reporting_currency,
        rates.rate_to_reporting as fx_rate,
        rates.rate_to_reporting_as_of as fx_as_of,
        round(chosen.pay_median * rates.rate_to_reporting, 2) as pay_median_reporting,
        round(chosen.pay_min * rates.rate_to_reporting, 2) as pay_min_reporting,
        round(chosen.pay_max * rates.rate_to_reporting, 2) as pay_max_reporting,
        round(pay_midpoint * rates.rate_to_reporting, 2) as pay_midpoint_reporting,
    from chosen
    cross join settings
    left join rates on rates.currency = chosen.currency
)

select * from final
