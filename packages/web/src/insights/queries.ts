import {
  type UseMutationResult,
  type UseQueryResult,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api, buildUrl, getCsrfToken } from '../api/client';
import { problemFromResponse } from '../api/problem';
import { apiQuery, type Filters } from './filters';
import type {
  ImportDetail,
  ImportFrequencies,
  InsightsDashboard,
  MeasureDetail,
  ReleaseCreated,
  ReleaseDetail,
  ReleaseInput,
  ReleasesOverview,
  ReportRequest,
  ReportStatus,
  StatisticsImport,
  StatisticsImportList,
} from './types';

/** Aggregates only, already protected by the server: kept a minute, like any list. */
const AGGREGATES = { staleTime: 60_000, retry: false } as const;

export function useDashboard(filters: Filters, language: string): UseQueryResult<InsightsDashboard> {
  // `lang`: the language of the gap sentences the server writes.
  const query = { ...apiQuery(filters), lang: language };
  return useQuery({
    queryKey: ['insights-dashboard', query],
    queryFn: ({ signal }) => api.get<InsightsDashboard>('/api/insights/dashboard', query, signal),
    placeholderData: (previous) => previous,
    ...AGGREGATES,
  });
}

export function useMeasure(
  measure: string,
  filters: Filters,
  language: string,
  enabled: boolean,
): UseQueryResult<MeasureDetail> {
  const query = { ...apiQuery(filters), lang: language };
  return useQuery({
    enabled,
    queryKey: ['insights-measure', measure, query],
    queryFn: ({ signal }) =>
      api.get<MeasureDetail>(`/api/insights/measures/${encodeURIComponent(measure)}`, query, signal),
    placeholderData: (previous) => previous,
    ...AGGREGATES,
  });
}

export function useRequestReport(): UseMutationResult<ReportStatus, Error, ReportRequest> {
  return useMutation({
    mutationFn: (request: ReportRequest) => api.post<ReportStatus>('/api/insights/reports', request),
  });
}

/** A report's progress, asked every second until it is done or has failed. */
export function useReportStatus(reportId: string | null): UseQueryResult<ReportStatus> {
  return useQuery({
    queryKey: ['insights-report', reportId],
    queryFn: ({ signal }) =>
      api.get<ReportStatus>(`/api/insights/reports/${encodeURIComponent(reportId ?? '')}`, undefined, signal),
    enabled: reportId !== null,
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return status === 'done' || status === 'failed' ? false : 1000;
    },
    retry: 2,
  });
}

export function reportPdfUrl(report: Pick<ReportStatus, 'id' | 'downloadUrl'>): string {
  return report.downloadUrl ?? `/api/insights/reports/${encodeURIComponent(report.id)}.pdf`;
}

export function useReleases(): UseQueryResult<ReleasesOverview> {
  return useQuery({
    queryKey: ['insights-releases'],
    queryFn: ({ signal }) => api.get<ReleasesOverview>('/api/insights/releases', undefined, signal),
    retry: false,
  });
}

/** A published release with its (noised, suppressed) tables; frozen, so kept while the page lives. */
export function useRelease(releaseId: string | null): UseQueryResult<ReleaseDetail> {
  return useQuery({
    queryKey: ['insights-release', releaseId],
    queryFn: ({ signal }) =>
      api.get<ReleaseDetail>(
        `/api/insights/releases/${encodeURIComponent(releaseId ?? '')}`,
        undefined,
        signal,
      ),
    enabled: releaseId !== null,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}

export function useCreateRelease(): UseMutationResult<ReleaseCreated, Error, ReleaseInput> {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ReleaseInput) => api.post<ReleaseCreated>('/api/insights/releases', input),
    onSuccess: () => client.invalidateQueries({ queryKey: ['insights-releases'] }),
  });
}

export function useImports(): UseQueryResult<StatisticsImportList> {
  return useQuery({
    queryKey: ['insights-imports'],
    queryFn: ({ signal }) => api.get<StatisticsImportList>('/api/insights/imports', undefined, signal),
    retry: false,
  });
}

/** One import with its first rejected rows, asked every second while it runs. */
export function useImport(importId: string | null): UseQueryResult<ImportDetail> {
  return useQuery({
    queryKey: ['insights-import', importId],
    queryFn: ({ signal }) =>
      api.get<ImportDetail>(
        `/api/insights/imports/${encodeURIComponent(importId ?? '')}`,
        { rejectsLimit: 100 },
        signal,
      ),
    enabled: importId !== null,
    refetchInterval: (query) => (query.state.data?.status === 'running' ? 1000 : false),
    retry: false,
  });
}

/** CTDC's frequency tables reproduced from a finished import. */
export function useImportFrequencies(
  importId: string | null,
  ready: boolean,
): UseQueryResult<ImportFrequencies> {
  return useQuery({
    queryKey: ['insights-import-frequencies', importId],
    queryFn: ({ signal }) =>
      api.get<ImportFrequencies>(
        `/api/insights/imports/${encodeURIComponent(importId ?? '')}/frequencies`,
        undefined,
        signal,
      ),
    enabled: importId !== null && ready,
    retry: false,
  });
}

/**
 * Sends a CSV file as it is (text/csv; the server parses it as a stream). Not through
 * `api.post`, which sends JSON; same origin, the CSRF token like every change.
 */
export function useUploadImport(): UseMutationResult<StatisticsImport, Error, File> {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (file: File) => {
      const headers: Record<string, string> = {
        accept: 'application/json, application/problem+json',
        'content-type': 'text/csv',
      };
      const token = getCsrfToken();
      if (token !== null) headers['x-csrf-token'] = token;
      const response = await fetch(buildUrl('/api/insights/imports', { fileName: baseName(file.name) }), {
        method: 'POST',
        headers,
        body: file,
        credentials: 'same-origin',
        cache: 'no-store',
      });
      if (!response.ok) throw await problemFromResponse(response);
      return (await response.json()) as StatisticsImport;
    },
    onSuccess: () => client.invalidateQueries({ queryKey: ['insights-imports'] }),
  });
}

/** The file's own name, without any path a browser might add, cut to the length the server takes. */
function baseName(name: string): string | undefined {
  const last = name.split(/[\\/]/).pop() ?? '';
  // Control characters (below U+0020) are refused by the server: left out.
  const base = [...last]
    .filter((ch) => (ch.codePointAt(0) ?? 0) >= 0x20)
    .join('')
    .trim();
  return base.length > 0 ? base.slice(0, 200) : undefined;
}
