-- severity: error
-- check: the reporting currency and every currency a profile is paid in have one positive, dated rate in fx_rates.csv
with needed as (
    select distinct currency from core.profiles
    union
    select upper(coalesce(getvariable('reporting_currency'), 'USD'))
),

rates as (
    select currency, count(*) as rows, min(usd_per_unit) as usd_per_unit, min(as_of) as as_of
    from core.fx_rates
    group by currency
)

select
    needed.currency,
    coalesce(rates.rows, 0) as rate_rows,
    rates.usd_per_unit,
    rates.as_of,
from needed
left join rates on rates.currency = needed.currency
where needed.currency is not null
    and (rates.currency is null or rates.rows > 1 or rates.usd_per_unit is null or rates.usd_per_unit <= 0 or rates.as_of is null)
order by needed.currency
