-- grain: one row per parsed file (a profile version in one rendering)
-- about: Every parsed file with the identity of the profile it carries and the choice core makes among files: the highest version of a profile id wins, and among the files of one version the first by source_path.
-- source_path: File, relative to the input folder.
-- profile_id: Profile id of the page (FUNCTION.FOCUS.LEVEL).
-- function_code: Function part of the profile id.
-- focus_code: Focus part of the profile id.
-- id_level_code: Level part of the profile id.
-- is_id_well_formed: The profile id has the form FUNCTION.FOCUS.LEVEL (the parser's own pattern).
-- version: Version as printed, e.g. v2.
-- version_number: The version's number.
-- rendering: text or html.
-- content_hash: SHA-256 of the file's bytes.
-- size_bytes: File size in bytes.
-- record_hash: Fingerprint of the parsed record (core.record_hashes): equal for files that say the same thing.
-- file_rank: 1 for the file chosen among the files of this profile id and version (first by source_path), then 2, 3…
-- version_rank: 1 for the profile id's highest version, 2 for the one before…
-- is_chosen: This file is the one core.profiles and the core child tables are built from (highest version, first file).
with files as (
    select * from raw.profiles
),

hashes as (
    select * from core.record_hashes
),

final as (
    select
        files.source_path,
        files.profile_id,
        nullif(split_part(files.profile_id, '.', 1), '') as function_code,
        nullif(split_part(files.profile_id, '.', 2), '') as focus_code,
        nullif(split_part(files.profile_id, '.', 3), '') as id_level_code,
        regexp_full_match(files.profile_id, '[A-Z][A-Z0-9]{1,15}\.[A-Z][A-Z0-9]{1,23}\.[PM][1-9][0-9]?') as is_id_well_formed,
        files.version,
        files.version_number,
        files.rendering,
        files.content_hash,
        files.size_bytes,
        hashes.record_hash,
        row_number() over (partition by files.profile_id, files.version_number order by files.source_path) as file_rank,
        dense_rank() over (partition by files.profile_id order by files.version_number desc) as version_rank,
        file_rank = 1 and version_rank = 1 as is_chosen,
    from files
    left join hashes on hashes.source_path = files.source_path
)

select * from final
