-- grain: one row per column of every table in the raw, core, marts and meta schemas
-- about: The data dictionary, read from the database's own catalog: every table's comment (its grain) and every column's type and comment. Built as the last model, so it describes every model of the run; it leaves itself out (its comments are set only after it is built), and meta.check_results, which the checks create after the models, is not in it.
-- schema_name: Schema (layer): raw, core, marts or meta.
-- table_name: Table name.
-- table_comment: The table's comment: its grain and description.
-- column_index: The column's position in the table, from 1.
-- column_name: Column name.
-- data_type: DuckDB data type.
-- is_nullable: The column accepts nulls.
-- column_comment: The column's comment: what it means.
with tables as (
    select schema_name, table_name, comment as table_comment
    from duckdb_tables()
    where database_name = current_database() and schema_name in ('raw', 'core', 'marts', 'meta')
        and not (schema_name = 'meta' and table_name = 'data_dictionary')
),

columns as (
    select schema_name, table_name, column_index, column_name, data_type, is_nullable, comment as column_comment
    from duckdb_columns()
    where database_name = current_database() and schema_name in ('raw', 'core', 'marts', 'meta')
),

final as (
    select
        tables.schema_name,
        tables.table_name,
        tables.table_comment,
        columns.column_index,
        columns.column_name,
        columns.data_type,
        columns.is_nullable,
        columns.column_comment,
    from tables
    inner join columns on columns.schema_name = tables.schema_name and columns.table_name = tables.table_name
    order by list_position(['raw', 'core', 'marts', 'meta'], tables.schema_name), tables.table_name, columns.column_index
)

select * from final
