// The Data dictionary page: every table and column, as the warehouse documents itself
// (meta.data_dictionary, built from the COMMENTs each model's header sets), one entry per table.
import { emitJson } from "./warehouse.ts";

await emitJson(async (q) =>
  q(`select schema_name, table_name, any_value(table_comment) as table_comment,
         list({'name': column_name, 'type': data_type, 'nullable': is_nullable, 'comment': column_comment} order by column_index) as columns
     from meta.data_dictionary
     group by schema_name, table_name
     order by list_position(['raw', 'core', 'marts', 'meta'], schema_name), table_name`),
);
