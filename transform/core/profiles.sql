-- grain: one row per profile id (its highest version, read from that version's first file by source_path)
-- about: The profile entity: identity, level, status, pay in the page's and the reporting currency, and provenance quality. Earlier versions are in core.profile_versions.
-- profile_id: Profile id, FUNCTION.FOCUS.LEVEL; the key.
-- title: Page title: focus name — level code.
-- function_code: Function part of the profile id, e.g. SALESS.
-- function_name: Function name as printed.
-- focus_code: Focus part of the profile id, e.g. SALESSUP0118.
-- focus_name: Focus name as printed.
-- level_code: Level code, P1… (professional) or M1… (management).
-- track: professional or management.
-- level_rank: The level's rank on its track (P3 is 3).
-- level_name: Level name as printed, e.g. Mid-Level Professional.
-- comparable_grade: Cross-track grade of the level (transform/reference/level_equivalence.csv): equal grades are comparable across tracks.
-- years_min: Typical experience, lower bound in years.
-- years_max: Typical experience, upper bound in years; null when open-ended (15+ yrs).
-- confidence_label: high, medium or low.
-- confidence_score: Confidence score, 0–1.
-- status: approved, in_review, draft or deprecated.
-- scope: global, americas, emea or apac.
-- version: Version as printed, e.g. v2.
-- version_number: The version's number: the highest found for the profile id.
-- version_count: Number of versions of the profile id found (see core.profile_versions).
-- file_count: Number of files carrying this version (both renderings of one page count 2).
-- summary: The hero summary paragraph.
-- function_description: The paragraph before the focus heading.
-- focus_description: The paragraph under the focus heading.
-- level_summary: One-line summary of the level definition.
-- currency: ISO 4217 code of the page's pay figures: USD, EUR or GBP.
-- pay_median: Market pay median, whole units of the page's currency.
-- pay_min: Market pay range, low end, page currency.
-- pay_max: Market pay range, high end, page currency.
-- pay_midpoint: Middle of the pay range, page currency.
-- pay_spread: Width of the range relative to its low end, (pay_max − pay_min) / pay_min.
-- pay_median_position: Where the median sits in its range, (pay_median − pay_min) / (pay_max − pay_min); null for a zero-width range.
-- is_pay_range_consistent: pay_min ≤ pay_median ≤ pay_max.
-- reporting_currency: The build's reporting currency.
-- fx_rate: Units of the reporting currency for one unit of the page's currency (through USD).
-- fx_as_of: As-of date of fx_rate.
-- pay_median_reporting: Pay median in the reporting currency.
-- pay_min_reporting: Pay range low end in the reporting currency.
-- pay_max_reporting: Pay range high end in the reporting currency.
-- pay_midpoint_reporting: Range midpoint in the reporting currency.
-- pay_differential_material: The page says: material pay differential vs the function baseline.
-- source_count: Number of sources behind the profile.
-- quality_min: The lowest review-panel score.
-- quality_min_dimensions: The dimension(s) at the lowest score, in page order.
-- quality_failing_dimensions: The dimensions scoring under 4, in page order.
-- quality_mean: Mean review-panel score.
-- quality_passed: Passes by the page's own rule: 4 or more on the minimum dimension.
-- rendering: Rendering of the chosen file: text or html.
-- source_path: The chosen file, relative to the input folder.
-- content_hash: SHA-256 of the chosen file's bytes.
-- run_id: Build that produced the row.
with chosen_files as (
    select * from core.profile_files where is_chosen
),

pages as (
    select * from raw.profiles
),

versions as (
    select
        profile_id,
        count(*) as version_count,
        max(file_count) filter (where is_current) as file_count,
    from core.profile_versions
    group by profile_id
),

final as (
    select
        pages.profile_id,
        pages.title,
        chosen_files.function_code,
        pages.function_name,
        chosen_files.focus_code,
        pages.focus_name,
        pages.level_code,
        pages.track,
        levels.level_rank,
        pages.level_name,
        levels.comparable_grade,
        pages.years_min,
        pages.years_max,
        pages.confidence_label,
        pages.confidence_score,
        pages.status,
        pages.scope,
        pages.version,
        pages.version_number,
        versions.version_count,
        versions.file_count,
        pages.summary,
        pages.function_description,
        pages.focus_description,
        pages.level_summary,
        pages.currency,
        pages.pay_median,
        pages.pay_min,
        pages.pay_max,
        pay.* exclude (profile_id, currency),
        pages.pay_differential_material,
        pages.source_count,
        quality.* exclude (profile_id, quality_dimension_count),
        pages.rendering,
        pages.source_path,
        pages.content_hash,
        getvariable('run_id') as run_id,
    from chosen_files
    inner join pages on pages.source_path = chosen_files.source_path
    left join core.levels as levels on levels.level_code = pages.level_code
    left join versions on versions.profile_id = pages.profile_id
    left join core.profile_pay as pay on pay.profile_id = pages.profile_id
    left join core.profile_quality as quality on quality.profile_id = pages.profile_id
)

select * from final
