// The data dictionary as Markdown, from meta.data_dictionary: the warehouse documents itself
// (every COMMENT comes from a model's header or a raw spec), and this only lays it out.
export interface DictionaryRow {
  schema_name: string;
  table_name: string;
  table_comment: string | null;
  column_name: string;
  data_type: string;
  is_nullable: boolean;
  column_comment: string | null;
}

const LAYERS: Record<string, string> = {
  raw: "As ingested: one row per parsed file (or per item of its lists), and the reference documents.",
  core: "Normalized: one row per entity, current versions.",
  marts: "Dashboard-ready aggregates.",
  meta: "The pipeline's own records: runs, checks, rejects, changes, file states.",
};

const cell = (s: string | null) => (s ?? "").replace(/\|/g, "\\|").replace(/\n/g, " ");

export function dictionaryMarkdown(rows: DictionaryRow[]): string {
  const out = [
    "# Data dictionary",
    "",
    "Generated from the warehouse's own comments (`meta.data_dictionary`) by `npm run docs`; do not edit by hand.",
    "",
  ];
  const tables = new Map<string, DictionaryRow[]>();
  for (const r of rows) {
    const key = `${r.schema_name}.${r.table_name}`;
    tables.set(key, [...(tables.get(key) ?? []), r]);
  }
  for (const schema of Object.keys(LAYERS)) {
    const inLayer = [...tables.entries()].filter(([, cols]) => cols[0]!.schema_name === schema);
    if (!inLayer.length) continue;
    out.push(`## ${schema}`, "", LAYERS[schema]!, "");
    for (const [name, cols] of inLayer) {
      out.push(`### ${name}`, "", cell(cols[0]!.table_comment), "", "| column | type | meaning |", "| --- | --- | --- |");
      for (const c of cols) out.push(`| \`${c.column_name}\` | ${c.data_type}${c.is_nullable ? "" : " not null"} | ${cell(c.column_comment)} |`);
      out.push("");
    }
  }
  return out.join("\n");
}
