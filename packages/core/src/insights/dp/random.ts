/**
 * Randomness for the privacy mechanisms, injected: a source of uniformly random 32-bit
 * unsigned integers. The server passes a cryptographically secure one (node:crypto);
 * tests pass `seededRandomSource` so that statistical tests are reproducible. Everything
 * else (uniform integers, Bernoulli trials) is built from these bits by rejection, so no
 * floating-point number ever decides an outcome — `Math.random` is never used.
 */
export type RandomSource = () => number;

const TWO_32 = 0x1_0000_0000;

function next(rng: RandomSource): number {
  const x = rng();
  if (!Number.isInteger(x) || x < 0 || x >= TWO_32) {
    throw new RangeError('A random source must return integers in [0, 2^32)');
  }
  return x;
}

/** A uniformly random integer in [0, n) for 1 ≤ n ≤ 2^32 (rejection sampling, no modulo bias). */
export function uniformInt(rng: RandomSource, n: number): number {
  if (!Number.isInteger(n) || n < 1 || n > TWO_32) throw new RangeError('n must be an integer in [1, 2^32]');
  const limit = TWO_32 - (TWO_32 % n);
  for (;;) {
    const x = next(rng);
    if (x < limit) return x % n;
  }
}

function bitLength(n: bigint): number {
  return n.toString(2).length;
}

/** A uniformly random integer in [0, n) for any n ≥ 1 (rejection on the smallest power of two ≥ n). */
export function uniformBigInt(rng: RandomSource, n: bigint): bigint {
  if (n < 1n) throw new RangeError('n must be at least 1');
  if (n === 1n) return 0n;
  const bits = bitLength(n - 1n);
  const words = Math.ceil(bits / 32);
  const mask = (1n << BigInt(bits)) - 1n;
  for (;;) {
    let x = 0n;
    for (let i = 0; i < words; i++) x = (x << 32n) | BigInt(next(rng));
    x &= mask;
    if (x < n) return x;
  }
}

/**
 * A seeded generator (xoshiro128**, seeded through splitmix32) for TESTS and
 * reproducible examples only. It is not cryptographically secure: never use it for a
 * release.
 */
export function seededRandomSource(seed: number): RandomSource {
  let a = seed | 0;
  const splitmix32 = (): number => {
    a = (a + 0x9e3779b9) | 0;
    let t = a ^ (a >>> 16);
    t = Math.imul(t, 0x21f0aaad);
    t ^= t >>> 15;
    t = Math.imul(t, 0x735a2d97);
    return (t ^ (t >>> 15)) >>> 0;
  };
  let s0 = splitmix32();
  let s1 = splitmix32();
  let s2 = splitmix32();
  let s3 = splitmix32();
  const rotl = (x: number, k: number): number => ((x << k) | (x >>> (32 - k))) >>> 0;
  return () => {
    const result = Math.imul(rotl(Math.imul(s1, 5) >>> 0, 7), 9) >>> 0;
    const t = (s1 << 9) >>> 0;
    s2 = (s2 ^ s0) >>> 0;
    s3 = (s3 ^ s1) >>> 0;
    s1 = (s1 ^ s2) >>> 0;
    s0 = (s0 ^ s3) >>> 0;
    s2 = (s2 ^ t) >>> 0;
    s3 = rotl(s3, 11);
    return result;
  };
}
