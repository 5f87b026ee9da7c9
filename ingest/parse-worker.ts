// A parse worker: receives batches of files, answers with their IngestedFiles in the same order.
import { parentPort } from "node:worker_threads";
import type { InputFile } from "./list-files.ts";
import { readAndParse } from "./read-file.ts";

parentPort!.on("message", async (batch: InputFile[]) => {
  const out = [];
  for (const f of batch) out.push(await readAndParse(f.absolute, f.path));
  parentPort!.postMessage(out);
});
