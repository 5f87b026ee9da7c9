-- severity: warning
-- check: inside a focus and track, each level's pay median (reporting currency) is above the previous level's
select
    function_code,
    focus_code,
    track,
    previous_level_code,
    level_code,
    previous_pay_median,
    pay_median,
    profile_id,
from marts.pay_by_level
where is_pay_not_rising
order by function_code, focus_code, track, level_rank
