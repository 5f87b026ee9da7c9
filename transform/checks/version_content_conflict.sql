-- severity: warning
-- check: the files of one profile id and version say the same thing (different bytes are fine, different records are not)
select
    versions.profile_id,
    versions.version_number,
    versions.record_count,
    versions.chosen_source_path,
    versions.source_paths,
    list(files.record_hash order by files.source_path) as record_hashes,
from core.profile_versions as versions
inner join core.profile_files as files
    on files.profile_id = versions.profile_id
    and files.version_number = versions.version_number
where versions.has_content_conflict
group by all
order by versions.profile_id, versions.version_number
