-- severity: warning
-- check: published adjacent roles name well-formed profile ids, present in the warehouse wherever their function and focus are (real crawls do hold dangling ids)
select
    profile_id,
    position,
    adjacent_profile_id,
    adjacent_title,
    case when not is_target_well_formed then 'malformed id' else 'not in the warehouse, though its focus is' end as problem,
from core.published_adjacency
where not is_target_well_formed or (is_target_focus_present and not is_target_present)
order by profile_id, position
