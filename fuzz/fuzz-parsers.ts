// Runs the parsers over mutated pages and collects every input that did not end as a record or
// a one-line rejection: a throw, a parser bug caught by the safety net, or a slow parse.
import { parsePage } from "../ingest/parse-page.ts";
import type { ParseResult } from "../ingest/record.ts";
import { mutate } from "./mutations.ts";

export interface FuzzFailure {
  seed: string;
  applied: string[];
  problem: string;
}

export interface FuzzReport {
  inputs: number;
  records: number;
  rejections: Record<string, number>;
  failures: FuzzFailure[];
  slowestMs: number;
}

/** A page takes well under a millisecond; anything near this is a hang in the making. */
const SLOW_MS = 2_000;

/** What went wrong with one input, or null when it ended as a record or a one-line rejection. */
export function checkOne(bytes: Uint8Array): { problem: string | null; result?: ParseResult; ms: number } {
  const started = performance.now();
  let result: ParseResult;
  try {
    result = parsePage(bytes).result;
  } catch (e) {
    return { problem: `threw: ${(e as Error).message.split("\n")[0]}`, ms: performance.now() - started };
  }
  const ms = performance.now() - started;
  if (ms > SLOW_MS) return { problem: `took ${Math.round(ms)} ms`, result, ms };
  if (!result.ok && (!result.reason || result.reason.includes("\n"))) return { problem: `rejection reason is not one line: ${JSON.stringify(result.reason)}`, result, ms };
  return { problem: null, result, ms };
}

export function fuzzParsers(pages: { name: string; bytes: Uint8Array }[], cases: number, seed: string): FuzzReport {
  const report: FuzzReport = { inputs: 0, records: 0, rejections: {}, failures: [], slowestMs: 0 };
  for (let i = 0; i < cases; i++) {
    const page = pages[i % pages.length]!;
    const caseSeed = `${seed}:${page.name}:${i}`;
    const { bytes, applied } = mutate(page.bytes, caseSeed);
    const { problem, result, ms } = checkOne(bytes);
    report.inputs++;
    report.slowestMs = Math.max(report.slowestMs, ms);
    if (problem || !result) report.failures.push({ seed: caseSeed, applied, problem: problem ?? "no result" });
    else if (result.ok) report.records++;
    else report.rejections[result.kind] = (report.rejections[result.kind] ?? 0) + 1;
  }
  return report;
}
