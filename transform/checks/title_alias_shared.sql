-- severity: warning
-- check: no title alias (compared ignoring case and spacing) is claimed by two different profiles
select
    alias_key,
    count(distinct profile_id) as profile_count,
    list(distinct profile_id order by profile_id) as profile_ids,
    list(distinct alias order by alias) as spellings,
from core.title_aliases
group by alias_key
having count(distinct profile_id) > 1
order by alias_key
