-- grain: one row per currency of transform/reference/fx_rates.csv
-- about: The reference exchange rates, typed, with each currency's rate into the build's reporting currency (the DuckDB variable reporting_currency, upper-cased; USD when unset). Conversions go through USD.
-- currency: ISO 4217 currency code.
-- usd_per_unit: US dollars for one unit of the currency; null when the CSV value is not a number.
-- as_of: Date the rate was observed; null when the CSV value is not a date.
-- source: Where the rate comes from.
-- reporting_currency: The build's reporting currency.
-- rate_to_reporting: Units of the reporting currency for one unit of this currency (usd_per_unit ÷ the reporting currency's usd_per_unit); null when either rate is missing.
-- rate_to_reporting_as_of: As-of date of that rate: the older of the two USD rates it is made of.
with rates as (
    select
        upper(currency) as currency,
        try_cast(usd_per_unit as double) as usd_per_unit,
        try_cast(as_of as date) as as_of,
        source,
    from raw.fx_rates
),

settings as (
    select upper(coalesce(getvariable('reporting_currency'), 'USD')) as reporting_currency
),

reporting as (
    select rates.*
    from rates
    inner join settings on settings.reporting_currency = rates.currency
),

final as (
    select
        rates.currency,
        rates.usd_per_unit,
        rates.as_of,
        rates.source,
        settings.reporting_currency,
        rates.usd_per_unit / nullif(reporting.usd_per_unit, 0) as rate_to_reporting,
        least(rates.as_of, reporting.as_of) as rate_to_reporting_as_of,
    from rates
    cross join settings
    left join reporting on true
)

select * from final
