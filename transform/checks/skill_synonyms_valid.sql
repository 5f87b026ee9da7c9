-- severity: warning
-- check: skill_synonyms.csv maps normalized keys (lower-case words of letters and digits), each variant once, to a different canonical key that is not itself a variant
with synonyms as (
    select variant_key, canonical_key, count(*) over (partition by variant_key) as variant_rows
    from raw.skill_synonyms
),

problems as (
    select
        synonyms.variant_key,
        synonyms.canonical_key,
        case
            when not regexp_full_match(coalesce(synonyms.variant_key, ''), '[a-z0-9]+( [a-z0-9]+)*') then 'variant_key is not a normalized key'
            when not regexp_full_match(coalesce(synonyms.canonical_key, ''), '[a-z0-9]+( [a-z0-9]+)*') then 'canonical_key is not a normalized key'
            when synonyms.variant_rows > 1 then 'variant_key listed more than once'
            when synonyms.variant_key = synonyms.canonical_key then 'maps a key to itself'
            when chained.variant_key is not null then 'canonical_key is itself a variant (a chain)'
        end as problem,
    from synonyms
    left join (select distinct variant_key from synonyms) as chained on chained.variant_key = synonyms.canonical_key
)

select variant_key, canonical_key, problem
from problems
where problem is not null
order by variant_key
