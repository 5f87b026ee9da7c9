-- grain: one row per profile id and version
-- about: The history of every profile: each version found in the input, with its file(s). Two files of one version (the HTML and the text dump of one page) are one version; the first by source_path is the chosen file.
-- profile_id: Profile id (FUNCTION.FOCUS.LEVEL).
-- version_number: The version's number.
-- version: Version as printed, e.g. v2.
-- status: Status the chosen file gives (approved, in_review, draft or deprecated).
-- chosen_source_path: The file this version is read from: the first of its files by source_path.
-- source_paths: Every file carrying this version, by source_path.
-- file_count: Number of files carrying this version.
-- renderings: The renderings among those files (text, html).
-- content_hash_count: Number of distinct file contents (byte-level) among those files.
-- record_count: Number of distinct parsed records among those files; more than 1 means the files disagree.
-- has_content_conflict: The files of this version parse to different records (different bytes and different content).
-- is_current: This is the profile id's highest version, the one core.profiles holds.
-- next_version_number: The next version of the profile id in the input; null for the current version.
-- run_id: Build that produced the row.
with files as (
    select * from core.profile_files
),

statuses as (
    select source_path, status from raw.profiles
),

versions as (
    select
        files.profile_id,
        files.version_number,
        arg_min(files.version, files.file_rank) as version,
        arg_min(statuses.status, files.file_rank) as status,
        arg_min(files.source_path, files.file_rank) as chosen_source_path,
        list(files.source_path order by files.source_path) as source_paths,
        count(*) as file_count,
        list(distinct files.rendering order by files.rendering) as renderings,
        count(distinct files.content_hash) as content_hash_count,
        count(distinct files.record_hash) as record_count,
        min(files.version_rank) = 1 as is_current,
    from files
    inner join statuses on statuses.source_path = files.source_path
    group by files.profile_id, files.version_number
),

final as (
    select
        profile_id,
        version_number,
        version,
        status,
        chosen_source_path,
        source_paths,
        file_count,
        renderings,
        content_hash_count,
        record_count,
        record_count > 1 as has_content_conflict,
        is_current,
        lead(version_number) over (partition by profile_id order by version_number) as next_version_number,
        getvariable('run_id') as run_id,
    from versions
)

select * from final
