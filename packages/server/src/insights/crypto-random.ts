import { getRandomValues } from 'node:crypto';
import type { RandomSource } from '@opennrm/core';

/**
 * The random source of every release: 32-bit words from the operating system's
 * cryptographically secure generator (node:crypto), drawn a block at a time. F1's
 * samplers build every draw from these bits exactly; `Math.random` is never used.
 */
export function cryptoRandomSource(blockSize = 1024): RandomSource {
  const block = new Uint32Array(blockSize);
  let next = blockSize;
  return () => {
    if (next >= blockSize) {
      getRandomValues(block);
      next = 0;
    }
    const value = block[next] as number;
    next += 1;
    return value;
  };
}
