import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * List state (filters, sort, page) lives in the URL so it survives reload and can be
 * shared. Only non-identifying values go there (stage codes, kinds, page numbers);
 * free text that could name a person never does.
 */
export function useListParams<K extends string>(
  keys: readonly K[],
): [Readonly<Record<K, string | null>>, (changes: Partial<Record<K, string | number | null>>) => void] {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(keys.map((key) => [key, params.get(key)])) as Record<K, string | null>;
  const update = useCallback(
    (changes: Partial<Record<K, string | number | null>>) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(changes) as [K, string | number | null | undefined][]) {
            if (value === null || value === undefined || value === '') next.delete(key);
            else next.set(key, String(value));
          }
          return next;
        },
        { replace: false },
      );
    },
    [setParams],
  );
  return [values, update];
}

export function pageNumber(value: string | null): number {
  const parsed = Number.parseInt(value ?? '1', 10);
  return Number.isFinite(parsed) && parsed >= 1 ? parsed : 1;
}
