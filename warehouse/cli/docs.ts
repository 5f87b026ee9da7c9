// npm run docs -- [--db FILE] [--out FILE]: writes the data dictionary from a built warehouse.
import { existsSync, writeFileSync } from "node:fs";
import { Command } from "commander";
import { queryRows, withDatabase } from "../database.ts";
import { dictionaryMarkdown, type DictionaryRow } from "../data-dictionary.ts";
import { DEFAULT_DB } from "../paths.ts";

const DICTIONARY_SQL = "select * from meta.data_dictionary order by schema_name, table_name, column_index";

export async function readDictionary(db: string): Promise<DictionaryRow[]> {
  return (await withDatabase(db, (d) => queryRows(d.connection, DICTIONARY_SQL), { readOnly: true })) as unknown as DictionaryRow[];
}

const program = new Command("docs")
  .description("Write docs/data-dictionary.md from the warehouse's own comments")
  .option("--db <file>", "warehouse file", DEFAULT_DB)
  .option("--out <file>", "Markdown file to write", "docs/data-dictionary.md")
  .action(async (opts: { db: string; out: string }) => {
    if (!existsSync(opts.db)) {
      process.stderr.write(`docs: ${opts.db} does not exist; run \`npm run pipeline\` first\n`);
      process.exit(2);
    }
    const rows = await readDictionary(opts.db);
    writeFileSync(opts.out, dictionaryMarkdown(rows));
    process.stderr.write(`docs: wrote ${opts.out} (${new Set(rows.map((r) => `${r.schema_name}.${r.table_name}`)).size} tables, ${rows.length} columns)\n`);
  });

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop()!)) await program.parseAsync();
