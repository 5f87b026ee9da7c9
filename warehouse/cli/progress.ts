// Parse progress: a bar with counts and rate on a terminal, a plain line every 10% elsewhere
// (a scheduled run's log should not fill with carriage returns).
import cliProgress from "cli-progress";

export function parseProgress() {
  const tty = process.stderr.isTTY;
  let bar: cliProgress.SingleBar | null = null;
  let lastDecile = -1;
  let started = 0;
  return {
    update(done: number, total: number) {
      if (tty) {
        if (!bar) {
          bar = new cliProgress.SingleBar(
            { format: "parse [{bar}] {value}/{total} files | {rate} files/s | eta {eta}s", stream: process.stderr, hideCursor: true, etaBuffer: 200 },
            cliProgress.Presets.shades_classic,
          );
          started = performance.now();
          bar.start(total, 0, { rate: 0 });
        }
        bar.update(done, { rate: Math.round(done / Math.max((performance.now() - started) / 1000, 1e-3)) });
      } else if (total >= 1000) {
        if (!started) started = performance.now();
        const decile = Math.floor((done / total) * 10);
        if (decile > lastDecile) {
          lastDecile = decile;
          const rate = Math.round(done / Math.max((performance.now() - started) / 1000, 1e-3));
          process.stderr.write(`parse: ${done}/${total} files (${decile * 10}%), ${rate} files/s\n`);
        }
      }
    },
    stop() {
      bar?.stop();
      bar = null;
    },
  };
}
