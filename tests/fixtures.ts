// Paths to the real files the tests read.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const fixture = (...parts: string[]) => fileURLToPath(new URL(["fixtures", ...parts].join("/"), import.meta.url));
export const readFixture = (...parts: string[]) => new Uint8Array(readFileSync(fixture(...parts)));
export const readJson = <T>(...parts: string[]): T => JSON.parse(readFileSync(fixture(...parts), "utf8")) as T;
