// Parses many files, spread over worker threads when there are enough of them to pay for the
// workers' start-up. Each worker also turns its batch into Arrow tables and sends them back as
// IPC bytes (transferred, not copied), so the records never cross threads and the main thread
// only stitches batches together. Results come back in input order, whichever worker is faster.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { RecordBatch, Table, tableFromIPC } from "apache-arrow";
import { TABLES, type TableName } from "./arrow-schema.ts";
import type { InputFile } from "./list-files.ts";
import { readAndParse } from "./read-file.ts";
import { outcomeOf, type FileOutcome, type IngestedFile } from "./record.ts";
import { schemaOf, toArrowTables, type IngestTables } from "./to-arrow.ts";

export interface ParseOptions {
  /** Worker threads to use; 0 parses on the calling thread. Default: one per core for large inputs. */
  workers?: number;
  /** Files per message to a worker: large enough to amortise messaging, small enough to balance. */
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
}

/** Below this many files the workers' start-up (~0.5 s: tsx, cheerio) costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 1000;

/** Parses on this thread and keeps the records: for tools and tests that want them. */
export function parseFiles(files: InputFile[], options: Pick<ParseOptions, "onProgress"> = {}): IngestedFile[] {
  const out: IngestedFile[] = [];
  for (const f of files) {
    out.push(readAndParse(f.absolute, f.path));
    options.onProgress?.(out.length, files.length);
  }
  return out;
}

export interface ParsedToArrow {
  outcomes: FileOutcome[];
  tables: IngestTables;
}

export async function parseToArrow(files: InputFile[], options: ParseOptions = {}): Promise<ParsedToArrow> {
  const workers = options.workers ?? (files.length >= MIN_FILES_FOR_WORKERS ? availableParallelism() : 0);
  if (workers === 0) {
    const parsed = parseFiles(files, options);
    return { outcomes: parsed.map(outcomeOf), tables: toArrowTables(parsed) };
  }
  return parseInWorkers(files, workers, options.batchSize ?? 256, options.onProgress);
}

export interface WorkerReply {
  outcomes: FileOutcome[];
  ipc: Record<TableName, Uint8Array>;
}

function parseInWorkers(files: InputFile[], count: number, batchSize: number, onProgress?: ParseOptions["onProgress"]): Promise<ParsedToArrow> {
  const batches: { start: number; reply?: WorkerReply }[] = [];
  for (let start = 0; start < files.length; start += batchSize) batches.push({ start });
  let next = 0;
  let done = 0;
  const entry = new URL("./parse-worker.ts", import.meta.url).href;
  return new Promise<ParsedToArrow>((resolve, reject) => {
    const pool: Worker[] = [];
    let idle = 0;
    const stop = () => pool.forEach((w) => void w.terminate());
    const feed = (w: Worker, mine: { batch: number }) => {
      if (next >= batches.length) {
        if (++idle === pool.length) {
          stop();
          resolve(assemble(batches.map((b) => b.reply!)));
        }
        return;
      }
      mine.batch = next++;
      const start = batches[mine.batch]!.start;
      w.postMessage(files.slice(start, start + batchSize));
    };
    for (let i = 0; i < Math.min(count, batches.length); i++) {
      const w = new Worker(new URL("./worker-boot.mjs", import.meta.url), { workerData: { entry } });
      const mine = { batch: -1 };
      w.on("message", (reply: WorkerReply) => {
        batches[mine.batch]!.reply = reply;
        done += reply.outcomes.length;
        onProgress?.(done, files.length);
        feed(w, mine);
      });
      w.on("error", (e) => {
        stop();
        reject(e);
      });
      pool.push(w);
      feed(w, mine);
    }
    if (pool.length === 0) resolve(assemble([]));
  });
}

/** Batches in input order, each table's record batches concatenated (no copying). */
function assemble(replies: WorkerReply[]): ParsedToArrow {
  const tables = Object.fromEntries(
    TABLES.map((spec) => {
      const schema = schemaOf(spec);
      const parts: RecordBatch[] = replies.flatMap((r) => tableFromIPC(r.ipc[spec.name]).batches).filter((b) => b.numRows > 0);
      return [spec.name, parts.length ? new Table(schema, parts.map((b) => new RecordBatch(schema, b.data))) : new Table(schema)];
    }),
  ) as IngestTables;
  return { outcomes: replies.flatMap((r) => r.outcomes), tables };
}
