// npm run inspect -- FILE…: what the ingest makes of each file, as JSON, or why it rejects it.
// The tool to reach for when one page looks wrong in the warehouse.
import { resolve } from "node:path";
import { Command } from "commander";
import { readAndParse } from "../read-file.ts";

const program = new Command("inspect")
  .description("Parse profile pages and print each record as JSON, or the reason a file is rejected")
  .argument("<files...>", "page files (text dump or HTML, any extension)")
  .option("--compact", "one JSON document per line")
  .showHelpAfterError()
  .action(async (files: string[], opts: { compact?: boolean }) => {
    let rejected = 0;
    for (const file of files) {
      const f = await readAndParse(resolve(file), file);
      if (f.result.ok) {
        const doc = { sourcePath: f.sourcePath, rendering: f.rendering, contentHash: f.contentHash, sizeBytes: f.sizeBytes, record: f.result.record };
        process.stdout.write(JSON.stringify(doc, null, opts.compact ? undefined : 2) + "\n");
      } else {
        rejected++;
        process.stderr.write(`${file}: rejected (${f.result.kind}): ${f.result.reason}\n`);
      }
    }
    // Non-zero when any file was rejected, so scripts can tell.
    process.exitCode = rejected ? 1 : 0;
  });

await program.parseAsync();
