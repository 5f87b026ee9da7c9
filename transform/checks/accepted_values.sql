-- severity: error
-- check: enumerated columns hold only their accepted values (track, status, scope, confidence label, currency, adjacency band)
with observed as (
    select 'core.profiles' as table_name, 'track' as column_name, profile_id, track as value from core.profiles
    union all
    select 'core.profiles', 'status', profile_id, status from core.profiles
    union all
    select 'core.profiles', 'scope', profile_id, scope from core.profiles
    union all
    select 'core.profiles', 'confidence_label', profile_id, confidence_label from core.profiles
    union all
    select 'core.profiles', 'currency', profile_id, currency from core.profiles
    union all
    select 'core.published_adjacency', 'band', profile_id, band from core.published_adjacency
),

accepted as (
    select unnest(values) as value, column_name
    from (values
        ('track', ['professional', 'management']),
        ('status', ['approved', 'in_review', 'draft', 'deprecated']),
        ('scope', ['global', 'americas', 'emea', 'apac']),
        ('confidence_label', ['high', 'medium', 'low']),
        ('currency', ['USD', 'EUR', 'GBP']),
        ('band', ['close', 'partial', 'distant'])
    ) as lists(column_name, values)
)

select observed.table_name, observed.column_name, observed.profile_id, observed.value
from observed
left join accepted on accepted.column_name = observed.column_name and accepted.value = observed.value
where observed.value is not null and accepted.value is null
order by observed.table_name, observed.column_name, observed.profile_id
