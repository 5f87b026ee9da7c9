-- severity: warning
-- check: SOC / O*NET-SOC codes are NN-NNNN or NN-NNNN.NN in one of the 23 SOC 2018 major groups
select profile_id, position, system, code, source
from core.classifications
where is_soc and not is_valid_soc_code
order by profile_id, position
