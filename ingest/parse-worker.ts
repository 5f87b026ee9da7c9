// A parse worker: receives a batch of files, answers with their outcomes and the batch's Arrow
// tables as IPC bytes, transferred to the main thread without a copy.
import { parentPort } from "node:worker_threads";
import { tableToIPC } from "apache-arrow";
import type { InputFile } from "./list-files.ts";
import type { WorkerReply } from "./parse-files.ts";
import { readAndParse } from "./read-file.ts";
import { outcomeOf } from "./record.ts";
import { toArrowTables } from "./to-arrow.ts";

parentPort!.on("message", (batch: InputFile[]) => {
  const parsed = batch.map((f) => readAndParse(f.absolute, f.path));
  const tables = toArrowTables(parsed);
  const ipc = Object.fromEntries(Object.entries(tables).map(([name, t]) => [name, tableToIPC(t, "stream")])) as WorkerReply["ipc"];
  const reply: WorkerReply = { outcomes: parsed.map(outcomeOf), ipc };
  parentPort!.postMessage(reply, Object.values(ipc).map((b) => b.buffer as ArrayBuffer));
});
