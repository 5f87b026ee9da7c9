// Parses many files, spread over worker threads when there are enough of them to pay for the
// workers' start-up (~100 ms each, mostly loading cheerio). Results come back in input order,
// so a run's output does not depend on which worker was faster.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { InputFile } from "./list-files.ts";
import { readAndParse } from "./read-file.ts";
import type { IngestedFile } from "./record.ts";

export interface ParseOptions {
  /** Worker threads to use; 0 parses on the calling thread. Default: one per core. */
  workers?: number;
  /** Files per message to a worker: large enough to amortise messaging, small enough to balance. */
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
}

/** Below this many files the workers' start-up costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 400;

export async function parseFiles(files: InputFile[], options: ParseOptions = {}): Promise<IngestedFile[]> {
  const workers = options.workers ?? (files.length >= MIN_FILES_FOR_WORKERS ? availableParallelism() : 0);
  if (workers === 0) {
    const out: IngestedFile[] = [];
    for (const f of files) {
      out.push(await readAndParse(f.absolute, f.path));
      options.onProgress?.(out.length, files.length);
    }
    return out;
  }
  return parseInWorkers(files, workers, options.batchSize ?? 64, options.onProgress);
}

function parseInWorkers(files: InputFile[], count: number, batchSize: number, onProgress?: ParseOptions["onProgress"]) {
  const results: IngestedFile[] = new Array(files.length);
  let next = 0;
  let done = 0;
  const entry = new URL("./parse-worker.ts", import.meta.url).href;
  return new Promise<IngestedFile[]>((resolve, reject) => {
    const pool: Worker[] = [];
    let finished = 0;
    const stop = () => pool.forEach((w) => void w.terminate());
    const feed = (w: Worker, start: { at: number }) => {
      if (next >= files.length) {
        if (++finished === pool.length) {
          stop();
          resolve(results);
        }
        return;
      }
      start.at = next;
      const batch = files.slice(next, next + batchSize);
      next += batch.length;
      w.postMessage(batch);
    };
    for (let i = 0; i < Math.min(count, Math.ceil(files.length / batchSize)); i++) {
      const w = new Worker(new URL("./worker-boot.mjs", import.meta.url), { workerData: { entry } });
      const start = { at: 0 };
      w.on("message", (batch: IngestedFile[]) => {
        batch.forEach((r, j) => (results[start.at + j] = r));
        done += batch.length;
        onProgress?.(done, files.length);
        feed(w, start);
      });
      w.on("error", (e) => {
        stop();
        reject(e);
      });
      pool.push(w);
      feed(w, start);
    }
    if (pool.length === 0) resolve(results);
  });
}
