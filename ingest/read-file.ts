// The I/O edge of the ingest: one file on disk to an IngestedFile. Nothing here throws for a
// bad file; whatever goes wrong becomes that file's rejection, and the run goes on.
import { createHash } from "node:crypto";
import { closeSync, fstatSync, openSync, readFileSync } from "node:fs";
import { MAX_PAGE_BYTES, oversizedReason, parsePage } from "./parse-page.ts";
import type { IngestedFile } from "./record.ts";

export const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/**
 * `path` is what the warehouse records (relative to the input folder); `absolute` is where to read.
 * The reads are synchronous on purpose: parsing is CPU-bound and runs in workers, where blocking
 * costs nothing and an await per file costs a scheduling round-trip.
 */
export function readAndParse(absolute: string, path: string): IngestedFile {
  let bytes: Uint8Array;
  try {
    const fd = openSync(absolute, "r");
    try {
      const { size } = fstatSync(fd);
      // An oversized file is judged by its size alone: no need to read a 2 GB log to reject it.
      if (size > MAX_PAGE_BYTES) {
        return { sourcePath: path, contentHash: "", sizeBytes: size, rendering: null, result: { ok: false, kind: "oversized", reason: oversizedReason(size) } };
      }
      bytes = readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "error";
    return { sourcePath: path, contentHash: "", sizeBytes: 0, rendering: null, result: { ok: false, kind: "unreadable", reason: `cannot read the file (${code})` } };
  }
  const contentHash = sha256(bytes);
  try {
    const { rendering, result } = parsePage(bytes);
    return { sourcePath: path, contentHash, sizeBytes: bytes.length, rendering, result };
  } catch (e) {
    // A parser bug must cost one file, not the run; the fuzz tests look for this reason.
    const reason = `unexpected parser error: ${(e as Error).message}`.split("\n")[0]!;
    return { sourcePath: path, contentHash, sizeBytes: bytes.length, rendering: null, result: { ok: false, kind: "malformed", reason } };
  }
}
