/** Small, fast, seeded randomness: the same seed gives the same province every time. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stateless hash of (index, salt) → [0, 2^32): details derived on demand, never stored. */
export function hash32(index: number, salt: number): number {
  let h = Math.imul(index ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(salt + 0x27d4eb2f, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Pick from weighted options with a uniform number in [0, 1). */
export function pickWeighted<T>(options: readonly (readonly [T, number])[], u: number): T {
  let total = 0;
  for (const [, w] of options) total += w;
  let x = u * total;
  for (const [value, w] of options) {
    x -= w;
    if (x < 0) return value;
  }
  return options[options.length - 1]![0];
}

/** Cumulative distribution of weights, for picking an index by weight with `pickIndex`. */
export function cumulative(weights: Float64Array): Float64Array {
  const out = new Float64Array(weights.length);
  let total = 0;
  for (let i = 0; i < weights.length; i++) total += weights[i]!;
  let acc = 0;
  for (let i = 0; i < weights.length; i++) {
    acc += weights[i]! / total;
    out[i] = acc;
  }
  return out;
}

/** The index whose share of a cumulative distribution holds a uniform number in [0, 1). */
export function pickIndex(cdf: Float64Array, u: number): number {
  let lo = 0;
  let hi = cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cdf[mid]! < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Keeps the logarithm of the normal draw finite. */
const SMALLEST_UNIFORM = 1e-9;

/** A standard normal draw (Box–Muller). */
export function normal(rnd: () => number): number {
  const u = Math.max(rnd(), SMALLEST_UNIFORM);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd());
}
