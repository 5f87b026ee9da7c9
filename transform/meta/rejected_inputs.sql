-- grain: one row per input file that is not a whole profile page
-- about: Files the ingest read but could not turn into a profile, with why; nothing in core comes from them.
-- source_path: The file, relative to the input folder.
-- kind: empty, binary, oversized, not-a-profile, truncated, malformed or unreadable.
-- reason: What is missing or wrong, in one line.
-- content_hash: SHA-256 of the file's bytes; null when it was not read.
-- size_bytes: File size in bytes.
-- run_id: Build that produced the row.
with rejects as (
    select * from raw.rejects
),

final as (
    select
        source_path,
        kind,
        reason,
        content_hash,
        size_bytes,
        getvariable('run_id') as run_id,
    from rejects
    order by source_path
)

select * from final
