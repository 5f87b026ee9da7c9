// What the figures were measured on, kept beside them.
import { cpus, freemem, totalmem } from "node:os";
import { version as duckdbVersion } from "@duckdb/node-api";

export function describeMachine() {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model ?? "unknown",
    cores: cpu.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    freeMemoryGiB: Math.round(freemem() / 2 ** 30),
    node: process.version,
    duckdb: duckdbVersion(),
    platform: `${process.platform} ${process.arch}`,
  };
}
