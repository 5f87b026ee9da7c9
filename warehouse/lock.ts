// One pipeline at a time per warehouse file. proper-lockfile holds a lock directory beside the
// file and keeps its mtime fresh, so a lock left by a killed run goes stale and is taken over.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import lockfile from "proper-lockfile";

export class AlreadyRunning extends Error {}

export async function acquireLock(dbPath: string): Promise<() => Promise<void>> {
  mkdirSync(dirname(dbPath), { recursive: true });
  try {
    return await lockfile.lock(dbPath, {
      realpath: false,
      lockfilePath: `${dbPath}.lock`,
      stale: 15_000,
      update: 5_000,
      retries: 0,
      onCompromised: (e) => {
        // Another process took the lock over (ours had gone stale): stop rather than race it.
        process.stderr.write(`pipeline: lost the lock on ${dbPath} (${e.message}); stopping\n`);
        process.exit(3);
      },
    });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ELOCKED") {
      throw new AlreadyRunning(`another pipeline is already building ${dbPath} (lock ${dbPath}.lock); exiting`);
    }
    throw e;
  }
}
