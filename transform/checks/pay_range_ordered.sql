-- severity: warning
-- check: pay_min ≤ pay_median ≤ pay_max on every profile (a page whose range does not contain its median is kept, flagged by is_pay_range_consistent)
select profile_id, currency, pay_min, pay_median, pay_max, source_path
from core.profiles
where not is_pay_range_consistent or pay_min <= 0
order by profile_id
