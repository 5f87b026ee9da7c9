-- grain: one row per parsed file
-- about: A fingerprint of the record each file parsed to, so two files of one profile version (two renderings, or a re-capture) can be told apart by what they say rather than by their bytes: the HTML and the text dump of one page have different content hashes but the same record hash.
-- source_path: File the record was parsed from, relative to the input folder.
-- record_hash: MD5 over every parsed value of the file (profile fields and all child rows, in page order), leaving out only the file's path, bytes, hash and rendering.
-- row_count: Number of rows the file contributes across the raw tables (its profile row and its child rows).
with profile_rows as (
    select
        source_path,
        'profiles' as part,
        cast(row(*columns(* exclude (source_path, content_hash, rendering, size_bytes))) as varchar) as row_text,
    from raw.profiles
),

child_rows as (
    select source_path, 'responsibilities' as part, cast(row(*columns(* exclude (source_path))) as varchar) as row_text from raw.responsibilities
    union all
    select source_path, 'rubric' as part, cast(row(*columns(* exclude (source_path))) as varchar) as row_text from raw.rubric
    union all
    select source_path, 'skills' as part, cast(row(*columns(* exclude (source_path))) as varchar) as row_text from raw.skills
    union all
    select source_path, 'quality_scores' as part, cast(row(*columns(* exclude (source_path))) as varchar) as row_text from raw.quality_scores
    union all
    select source_path, 'level_definition' as part, cast(row(*columns(* exclude (source_path))) as varchar) as row_text from raw.level_definition
    union all
    select source_path, 'adjacency' as part, cast(row(*columns(* exclude (source_path))) as varchar) as row_text from raw.adjacency
    union all
    select source_path, 'aliases' as part, cast(row(*columns(* exclude (source_path))) as varchar) as row_text from raw.aliases
    union all
    select source_path, 'classifications' as part, cast(row(*columns(* exclude (source_path))) as varchar) as row_text from raw.classifications
),

parts as (
    -- Rows carry their page position, so sorting by the row text keeps page order significant.
    select
        source_path,
        part,
        md5(string_agg(row_text, '|' order by row_text)) as part_hash,
        count(*) as row_count,
    from (select * from profile_rows union all select * from child_rows) as all_rows
    group by source_path, part
),

final as (
    select
        source_path,
        md5(string_agg(part || '=' || part_hash, ';' order by part)) as record_hash,
        sum(row_count) as row_count,
    from parts
    group by source_path
)

select * from final
