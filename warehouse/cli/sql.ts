// npm run sql -- "select …" [--db FILE] [--csv | --json]: one read-only query against the
// published warehouse, printed as a table. The file is opened read-only, so this never blocks a
// pipeline run and cannot change what analysts see.
import { existsSync } from "node:fs";
import { Command } from "commander";
import Table from "cli-table3";
import Papa from "papaparse";
import { queryRows, withDatabase } from "../database.ts";
import { DEFAULT_DB } from "../paths.ts";

const program = new Command("sql")
  .description("Run a read-only SQL query against the published warehouse")
  .argument("<query>", "SQL to run, e.g. \"select * from core.profiles limit 5\"")
  .option("--db <file>", "warehouse file", DEFAULT_DB)
  .option("--csv", "print CSV")
  .option("--json", "print JSON (one array of row objects)")
  .option("--max-rows <n>", "rows to print as a table", "200")
  .showHelpAfterError()
  .action(async (query: string, opts: { db: string; csv?: boolean; json?: boolean; maxRows: string }) => {
    if (!existsSync(opts.db)) {
      process.stderr.write(`sql: ${opts.db} does not exist; run \`npm run pipeline\` first\n`);
      process.exit(2);
    }
    try {
      const rows = await withDatabase(opts.db, (db) => queryRows(db.connection, query), { readOnly: true });
      if (opts.json) process.stdout.write(JSON.stringify(rows, null, 2) + "\n");
      else if (opts.csv) process.stdout.write(Papa.unparse(rows.map(flatten), { newline: "\n" }) + "\n");
      else printTable(rows, Number(opts.maxRows));
    } catch (e) {
      process.stderr.write(`sql: ${(e as Error).message.split("\n")[0]}\n`);
      process.exit(1);
    }
  });

const text = (v: unknown) => (v instanceof Date ? v.toISOString() : typeof v === "object" ? JSON.stringify(v) : String(v));
const cell = (v: unknown) => (v === null || v === undefined ? "NULL" : text(v));
const flatten = (r: Record<string, unknown>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v !== null && typeof v === "object" ? text(v) : v]));

function printTable(rows: Record<string, unknown>[], max: number) {
  if (rows.length === 0) {
    process.stdout.write("(no rows)\n");
    return;
  }
  const head = Object.keys(rows[0]!);
  const numeric = head.map((h) => rows.every((r) => r[h] === null || typeof r[h] === "number"));
  const table = new Table({
    head,
    style: { head: [], border: [] },
    chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" },
    colAligns: numeric.map((n) => (n ? "right" : "left")),
  });
  for (const r of rows.slice(0, max)) table.push(head.map((h) => { const s = cell(r[h]); return s.length > 80 ? `${s.slice(0, 77)}...` : s; }));
  process.stdout.write(table.toString() + "\n");
  process.stdout.write(`${rows.length} row${rows.length === 1 ? "" : "s"}${rows.length > max ? ` (first ${max} shown; --csv or --json for all)` : ""}\n`);
}

await program.parseAsync();
