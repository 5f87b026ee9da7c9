-- grain: one row per kind of rejection seen in the run
-- about: The rejected inputs in one line per kind, for the Pipeline health page (each file and its reason are in meta.rejected_inputs).
-- kind: empty, binary, oversized, not-a-profile, truncated, malformed or unreadable.
-- file_count: Files rejected for it.
-- size_bytes: Their total size in bytes.
-- example_path: One of them (the first by path).
-- example_reason: Its reason.
with rejects as (
    select * from raw.rejects
),

final as (
    select
        kind,
        count(*) as file_count,
        coalesce(sum(size_bytes), 0) as size_bytes,
        min(source_path) as example_path,
        arg_min(reason, source_path) as example_reason,
    from rejects
    group by kind
    order by file_count desc, kind
)

select * from final
