-- severity: error
-- check: the required columns of core.profiles have a value (identity, level, status, pay in both currencies, quality, provenance)
with profiles as (
    select * from core.profiles
),

missing as (
    select
        profile_id,
        source_path,
        [
            case when profile_id is null then 'profile_id' end,
            case when function_code is null then 'function_code' end,
            case when focus_code is null then 'focus_code' end,
            case when function_name is null then 'function_name' end,
            case when focus_name is null then 'focus_name' end,
            case when level_code is null then 'level_code' end,
            case when track is null then 'track' end,
            case when level_rank is null then 'level_rank' end,
            case when level_name is null then 'level_name' end,
            case when years_min is null then 'years_min' end,
            case when confidence_label is null then 'confidence_label' end,
            case when confidence_score is null then 'confidence_score' end,
            case when status is null then 'status' end,
            case when scope is null then 'scope' end,
            case when version_number is null then 'version_number' end,
            case when currency is null then 'currency' end,
            case when pay_median is null then 'pay_median' end,
            case when pay_min is null then 'pay_min' end,
            case when pay_max is null then 'pay_max' end,
            case when pay_median_reporting is null then 'pay_median_reporting' end,
            case when source_count is null then 'source_count' end,
            case when quality_min is null then 'quality_min' end,
            case when quality_passed is null then 'quality_passed' end,
            case when source_path is null then 'source_path' end,
            case when content_hash is null then 'content_hash' end,
            case when run_id is null then 'run_id' end,
        ] as columns,
    from profiles
)

select profile_id, source_path, list_filter(columns, c -> c is not null) as null_columns
from missing
where len(list_filter(columns, c -> c is not null)) > 0
