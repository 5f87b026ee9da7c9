-- grain: one row per build (this run)
-- about: What went into the build and what came out, for the run log.
-- run_id: Build id.
-- reporting_currency: Currency the reporting pay columns are in.
-- built_at: When the models ran (UTC).
-- input_files: Files read: parsed plus rejected.
-- parsed_files: Files parsed into a profile record.
-- rejected_files: Files rejected (meta.rejected_inputs).
-- profile_versions: Distinct profile id and version pairs (core.profile_versions).
-- profiles: Distinct profile ids (core.profiles).
-- content_conflicts: Versions whose files parse to different records.
-- fx_as_of_oldest: The oldest as-of date among the exchange rates used.
with files as (
    select count(*) as parsed_files from core.profile_files
),

rejects as (
    select count(*) as rejected_files from meta.rejected_inputs
),

versions as (
    select count(*) as profile_versions, count(*) filter (where has_content_conflict) as content_conflicts from core.profile_versions
),

profiles as (
    select count(*) as profiles, min(fx_as_of) as fx_as_of_oldest from core.profiles
),

final as (
    select
        getvariable('run_id') as run_id,
        upper(coalesce(getvariable('reporting_currency'), 'USD')) as reporting_currency,
        current_timestamp as built_at,
        files.parsed_files + rejects.rejected_files as input_files,
        files.parsed_files,
        rejects.rejected_files,
        versions.profile_versions,
        profiles.profiles,
        versions.content_conflicts,
        profiles.fx_as_of_oldest,
    from files, rejects, versions, profiles
)

select * from final
