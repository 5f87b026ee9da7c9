-- grain: one row per function, status and confidence label with at least one profile
-- about: The status and confidence mix of each function's profiles, for the Coverage page and the gaps notebook.
-- function_code: Function part of the profile ids.
-- function_name: Function name (the most common spelling).
-- status: approved, in_review, draft or deprecated.
-- confidence_label: high, medium or low.
-- profile_count: Profiles.
-- confidence_score_mean: Mean confidence score of those profiles, 0–1.
-- multi_version_count: Those with more than one version in the input.
with profiles as (
    select * from core.profiles
),

final as (
    select
        function_code,
        mode(function_name) as function_name,
        status,
        confidence_label,
        count(*) as profile_count,
        avg(confidence_score) as confidence_score_mean,
        count(*) filter (where version_count > 1) as multi_version_count,
    from profiles
    group by function_code, status, confidence_label
    order by function_code, status, confidence_label
)

select * from final
