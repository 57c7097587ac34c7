import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { FILTER_KEYS, type Filters, filterParams, readFilters } from './filters';
import type { StatTable } from './types';

/** The dashboard filters read from, and written to, the URL's search parameters. */
export function useFilters(): [Filters, (next: Filters) => void] {
  const [params, setParams] = useSearchParams();
  const key = FILTER_KEYS.map((name) => params.get(name) ?? '').join('|');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the filter parameters.
  const filters = useMemo(() => {
    const values = Object.fromEntries(FILTER_KEYS.map((name) => [name, params.get(name)])) as Record<
      (typeof FILTER_KEYS)[number],
      string | null
    >;
    return readFilters(values, new Date());
  }, [key]);
  const update = useCallback(
    (next: Filters) => {
      setParams(
        (current) => {
          const out = new URLSearchParams(current);
          for (const [name, value] of Object.entries(filterParams(next))) {
            if (value === null) out.delete(name);
            else out.set(name, value);
          }
          return out;
        },
        { replace: false },
      );
    },
    [setParams],
  );
  return [filters, update];
}

/**
 * Regions to filter by: those the tables break down by region. Once seen they stay on
 * offer, so that choosing one region (whose tables then hold it alone) still lets one
 * pick another.
 */
export function useKnownRegions(tables: readonly StatTable[] | undefined): string[] {
  const [known, setKnown] = useState<readonly string[]>([]);
  const found = (tables ?? [])
    .filter((table) => table.dimensions.length === 1 && table.dimensions[0] === 'region')
    .flatMap((table) => table.rows.map((row) => row.key[0] ?? ''))
    .filter((code) => code !== '' && code !== 'unknown' && code !== 'all');
  const missing = [...new Set(found)].filter((code) => !known.includes(code));
  if (missing.length > 0) setKnown([...known, ...missing].sort());
  return [...known];
}
