/** Numbers in [0, 1) from a seed. */
export type Random = () => number;

/**
 * mulberry32: a small, fast, deterministic PRNG, so every fresh start shows the same demo community
 * and every benchmark run searches the same corpus. Not for anything secret.
 */
export function seededRandom(seed: number): Random {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
