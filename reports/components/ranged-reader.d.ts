// Types of ranged-reader.js, for the tests that read ranged files in Node.
export interface RangedReader {
  meta: unknown;
  bytesRead: number;
  size(section: string): number;
  get(section: string, key: string): Promise<unknown>;
  scan(section: string, prefix: string): Promise<[string, unknown][]>;
  slice(section: string, start: number, end: number): Promise<[string, unknown][]>;
  record(extent: { offset: number; length: number }): Promise<unknown>;
}
export function openRanged(file: string | { href: string }): Promise<RangedReader>;
export function rowsOf(columns: Record<string, unknown[]>): Record<string, unknown>[];
