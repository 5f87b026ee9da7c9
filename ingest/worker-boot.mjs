// Worker threads do not inherit tsx's loader from the main thread on Node 20, so each worker
// registers it before importing the TypeScript entry point it was given.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.entry);
