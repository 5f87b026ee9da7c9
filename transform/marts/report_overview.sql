-- grain: one row per build: the headline figures of the Overview page
-- about: What leadership sees first: how many profiles, functions and focuses, how much of the defined ladder has a profile, how many pass the quality bar, and the status mix. Rejected inputs and run facts are in meta.run_summary and meta.runs.
-- profile_count: Profiles (core.profiles).
-- function_count: Functions with at least one profile.
-- focus_count: Focuses with at least one profile.
-- defined_level_count: Focus levels that should have a profile: present or missing in marts.coverage.
-- present_level_count: Of those, levels with a profile.
-- missing_level_count: Of those, levels a focus defines but has no profile for.
-- coverage_share: present_level_count / defined_level_count.
-- quality_passed_count: Profiles passing the quality bar (every dimension 4 or more).
-- quality_pass_rate: quality_passed_count / profile_count.
-- approved_count: Profiles with status approved.
-- in_review_count: Profiles with status in_review.
-- draft_count: Profiles with status draft.
-- deprecated_count: Profiles with status deprecated.
-- reporting_currency: Currency of the pay columns of the marts.
with profiles as (
    select * from core.profiles
),

coverage as (
    select
        count(*) filter (where coverage_state in ('present', 'missing')) as defined_level_count,
        count(*) filter (where coverage_state = 'present') as present_level_count,
        count(*) filter (where coverage_state = 'missing') as missing_level_count,
    from marts.coverage
),

totals as (
    select
        count(*) as profile_count,
        count(distinct function_code) as function_count,
        count(distinct focus_code) as focus_count,
        count(*) filter (where quality_passed) as quality_passed_count,
        count(*) filter (where status = 'approved') as approved_count,
        count(*) filter (where status = 'in_review') as in_review_count,
        count(*) filter (where status = 'draft') as draft_count,
        count(*) filter (where status = 'deprecated') as deprecated_count,
        upper(coalesce(getvariable('reporting_currency'), 'USD')) as reporting_currency,
    from profiles
),

final as (
    select
        totals.profile_count,
        totals.function_count,
        totals.focus_count,
        coverage.defined_level_count,
        coverage.present_level_count,
        coverage.missing_level_count,
        coverage.present_level_count / nullif(coverage.defined_level_count, 0) as coverage_share,
        totals.quality_passed_count,
        totals.quality_passed_count / nullif(totals.profile_count, 0) as quality_pass_rate,
        totals.approved_count,
        totals.in_review_count,
        totals.draft_count,
        totals.deprecated_count,
        totals.reporting_currency,
    from totals, coverage
)

select * from final
