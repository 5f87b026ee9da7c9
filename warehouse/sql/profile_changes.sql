-- grain: one row per profile that changed in this run
-- Compares core.profiles with previous_profiles (a temp table: the previous warehouse's
-- core.profiles, or empty on a first run).
insert into meta.profile_changes
with
  now_profiles as (
    select profile_id, version_number, currency, pay_median, pay_min, pay_max from core.profiles
  ),
  joined as (
    select
      coalesce(n.profile_id, o.profile_id) as profile_id,
      o.version_number as old_version_number,
      n.version_number as new_version_number,
      coalesce(n.currency, o.currency) as currency,
      o.currency as old_currency,
      o.pay_median as old_pay_median,
      n.pay_median as new_pay_median,
      o.pay_min as old_pay_min,
      n.pay_min as new_pay_min,
      o.pay_max as old_pay_max,
      n.pay_max as new_pay_max,
    from now_profiles as n
    full outer join previous_profiles as o on o.profile_id = n.profile_id
  ),
  classified as (
    select
      *,
      case
        when old_version_number is null then 'added'
        when new_version_number is null then 'removed'
        when old_version_number <> new_version_number then 're_versioned'
        when (old_currency, old_pay_median, old_pay_min, old_pay_max) <> (currency, new_pay_median, new_pay_min, new_pay_max) then 'pay_changed'
      end as change,
    from joined
  )
select
  getvariable('run_id') as run_id,
  profile_id,
  change,
  old_version_number,
  new_version_number,
  currency,
  old_pay_median,
  new_pay_median,
  old_pay_min,
  new_pay_min,
  old_pay_max,
  new_pay_max,
  case when old_currency = currency and old_pay_median > 0
    then round(100.0 * (new_pay_median - old_pay_median) / old_pay_median, 2) end as pay_median_change_pct,
from classified
where change is not null
order by profile_id;
