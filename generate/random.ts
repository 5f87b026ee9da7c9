// Seeded randomness. Every stream is keyed by the corpus seed and by what it decides
// ("focus", index, "profile", id, version…), never by how many numbers were drawn before it,
// so a profile's content does not shift when another part of the corpus changes size.
import seedrandom from "seedrandom";

export class Rng {
  private readonly next: () => number;
  constructor(key: string) {
    // Alea: fast to seed, which matters when a corpus opens a stream per page.
    this.next = seedrandom.alea(key);
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.next();
  }
  /** Uniform in [lo, hi). */
  between(lo: number, hi: number): number {
    return lo + (hi - lo) * this.next();
  }
  /** Integer in [lo, hi], both ends included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    if (xs.length === 0) throw new Error("pick from an empty list");
    return xs[Math.floor(this.next() * xs.length)]!;
  }
  /** One of `options`, chosen with probability proportional to its weight. */
  weighted<T>(options: readonly (readonly [T, number])[]): T {
    const total = options.reduce((s, [, w]) => s + w, 0);
    let x = this.next() * total;
    for (const [value, w] of options) {
      if ((x -= w) < 0) return value;
    }
    return options[options.length - 1]![0];
  }
  shuffle<T>(xs: readonly T[]): T[] {
    const out = [...xs];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }
  /**
   * Up to `k` distinct items that pass `accept`, found by drawing random indices (at most
   * `tries` draws): for picking a few items out of a long list without shuffling all of it.
   */
  pickSome<T>(xs: readonly T[], k: number, accept: (x: T) => boolean, tries = 4 * k): T[] {
    const out: T[] = [];
    for (let i = 0; i < tries && out.length < k && xs.length > 0; i++) {
      const x = xs[Math.floor(this.next() * xs.length)]!;
      if (accept(x) && !out.includes(x)) out.push(x);
    }
    return out;
  }
  /** `k` distinct items in random order (all of them when k ≥ length). */
  sample<T>(xs: readonly T[], k: number): T[] {
    return this.shuffle(xs).slice(0, Math.max(0, k));
  }
}

export const rngFor = (seed: string, ...keys: (string | number)[]) => new Rng([seed, ...keys].join("\u241f"));
