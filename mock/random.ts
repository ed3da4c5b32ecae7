/**
 * A small seeded PRNG and the draws the generator needs. Deterministic, so a
 * seed always yields the same feed (and so the same event ids and contents).
 */

/** A source of uniform numbers in [0, 1). */
export type Random = () => number;

/**
 * mulberry32: tiny, fast and good enough for demo data. Any safe integer seed
 * works; the high bits are folded in so seeds like `Date.now()` stay distinct.
 */
export function mulberry32(seed: number): Random {
  let state = (seed ^ Math.floor(seed / 2 ** 32)) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number in [min, max], both inclusive. */
export function intBetween(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** One item of a non-empty list, uniformly. */
export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** One item, with probability proportional to its weight. Weights must not all be 0. */
export function pickWeighted<T>(random: Random, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((sum, [, weight]) => sum + weight, 0);
  if (!(total > 0)) throw new Error('pickWeighted needs a positive total weight');
  let r = random() * total;
  for (const [item, weight] of items) {
    r -= weight;
    if (r < 0) return item;
  }
  // Floating-point rounding can leave r at ~0 after the last item.
  const last = items.filter(([, weight]) => weight > 0).at(-1);
  if (last === undefined) throw new Error('pickWeighted needs a positive weight');
  return last[0];
}
