// One pipeline at a time per warehouse file. proper-lockfile holds a lock directory beside the
// file and keeps its mtime fresh, so a lock left by a killed run goes stale and is taken over.
// The lock also names its owner's pid: a run killed a moment ago need not wait for staleness,
// since a dead owner on this machine is proof enough.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { dirname } from "node:path";
import lockfile from "proper-lockfile";

export class AlreadyRunning extends Error {}

const lockDir = (dbPath: string) => `${dbPath}.lock`;
// Beside the lock directory, not in it: proper-lockfile watches the directory's mtime, and a file
// written inside would change it and make the lock look taken over.
const ownerFile = (dbPath: string) => `${dbPath}.lock-owner.json`;

function ownerIsGone(dbPath: string): boolean {
  try {
    const owner = JSON.parse(readFileSync(ownerFile(dbPath), "utf8")) as { pid: number; host: string };
    if (owner.host !== hostname()) return false;
    process.kill(owner.pid, 0);
    return false;
  } catch (e) {
    // ESRCH: no such process. A missing or unreadable owner file proves nothing: wait for staleness.
    return (e as NodeJS.ErrnoException).code === "ESRCH";
  }
}

async function lockOnce(dbPath: string) {
  return lockfile.lock(dbPath, {
    realpath: false,
    lockfilePath: lockDir(dbPath),
    stale: 15_000,
    update: 5_000,
    retries: 0,
    onCompromised: (e) => {
      // Another process took the lock over (ours had gone stale): stop rather than race it.
      process.stderr.write(`pipeline: lost the lock on ${dbPath} (${e.message}); stopping\n`);
      process.exit(3);
    },
  });
}

export async function acquireLock(dbPath: string): Promise<() => Promise<void>> {
  mkdirSync(dirname(dbPath), { recursive: true });
  let release: () => Promise<void>;
  try {
    release = await lockOnce(dbPath);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ELOCKED") throw e;
    if (!ownerIsGone(dbPath)) throw new AlreadyRunning(`another pipeline is already building ${dbPath} (lock ${lockDir(dbPath)}); exiting`);
    rmSync(lockDir(dbPath), { recursive: true, force: true });
    release = await lockOnce(dbPath);
  }
  writeFileSync(ownerFile(dbPath), JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() }));
  return async () => {
    await release();
    rmSync(ownerFile(dbPath), { force: true });
  };
}
