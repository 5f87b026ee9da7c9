// Publishing is a rename. The new warehouse is built in a file of its own beside the published
// one, checkpointed and closed, then renamed over it: a reader with the old file open keeps its
// consistent (old) view, a new reader sees the whole new one, and nobody ever sees half a build.
import { existsSync, renameSync, rmSync } from "node:fs";
import type { Database } from "./database.ts";

export const buildPath = (dbPath: string) => `${dbPath}.building`;
export const failedPath = (dbPath: string) => `${dbPath}.failed`;

/** Removes what an interrupted run left behind (never the published file). */
export function removeStaleBuild(dbPath: string): boolean {
  const stale = [buildPath(dbPath), `${buildPath(dbPath)}.wal`].filter((p) => existsSync(p));
  stale.forEach((p) => rmSync(p, { force: true }));
  return stale.length > 0;
}

export async function finishBuild(db: Database): Promise<void> {
  await db.connection.run("checkpoint");
  db.close();
}

export function publish(dbPath: string): void {
  renameSync(buildPath(dbPath), dbPath);
}

/** Keeps a build that failed its checks where an engineer can open it, out of the readers' way. */
export function setAsideFailedBuild(dbPath: string): string {
  rmSync(failedPath(dbPath), { force: true });
  renameSync(buildPath(dbPath), failedPath(dbPath));
  return failedPath(dbPath);
}
