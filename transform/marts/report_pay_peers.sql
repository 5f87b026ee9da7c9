-- grain: one row per profile: its pay against its peers at the same level
-- about: Pay outliers, and the level-adjusted pay the skills notebook compares. A profile's peers are the profiles of its function, track and level; since region moves pay (a whole focus is in one scope), what its peers would pay in its scope is their median times the scope's factor. An outlier's median is more than 1.5 times, or less than 1/1.5 of, that, among at least 3 peers.
-- profile_id: The profile.
-- function_code: Function part of the profile id.
-- function_name: Function name as printed.
-- focus_code: Focus part of the profile id.
-- focus_name: Focus name as printed.
-- track: professional or management.
-- level_code: Level code.
-- level_rank: The level's rank on its track.
-- scope: global, americas, emea or apac.
-- status: approved, in_review, draft or deprecated.
-- currency: Currency the page prints its pay in.
-- reporting_currency: Currency of the pay columns.
-- pay_median: Pay median, reporting currency.
-- peer_count: Profiles of the function, track and level, this one included.
-- peer_pay_median: Median of their pay medians, reporting currency, in every scope.
-- scope_factor: How pay in the profile's scope compares with all scopes: the median, over every profile of the scope in the warehouse, of its pay_median / peer_pay_median.
-- expected_pay_median: peer_pay_median × scope_factor: what the peers pay, in this scope.
-- relative_pay: pay_median / expected_pay_median (1.1 is 10% above the peers).
-- is_outlier: relative_pay is above 1.5 or below 1/1.5, and peer_count is 3 or more.
-- outlier_direction: high or low for an outlier; null otherwise.
with pay as (
    select * from marts.pay_by_level
),

peered as (
    select
        *,
        count(*) over level_peers as peer_count,
        median(pay_median) over level_peers as peer_pay_median,
    from pay
    window level_peers as (partition by function_code, track, level_code)
),

scoped as (
    select
        *,
        median(pay_median / nullif(peer_pay_median, 0)) over (partition by scope) as scope_factor,
    from peered
),

relative as (
    select
        *,
        peer_pay_median * scope_factor as expected_pay_median,
        pay_median / nullif(peer_pay_median * scope_factor, 0) as relative_pay,
    from scoped
),

final as (
    select
        profile_id,
        function_code,
        function_name,
        focus_code,
        focus_name,
        track,
        level_code,
        level_rank,
        scope,
        status,
        currency,
        reporting_currency,
        pay_median,
        peer_count,
        peer_pay_median,
        scope_factor,
        expected_pay_median,
        relative_pay,
        coalesce(peer_count >= 3 and relative_pay not between 1 / 1.5 and 1.5, false) as is_outlier,
        case when peer_count < 3 then null when relative_pay > 1.5 then 'high' when relative_pay < 1 / 1.5 then 'low' end as outlier_direction,
    from relative
    order by function_code, focus_code, track desc, level_rank
)

select * from final
