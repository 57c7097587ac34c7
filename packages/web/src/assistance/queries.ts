import type {
  ActionStatusChange,
  AdvocateInput,
  NeedsAssessmentInput,
  RiskAssessmentInput,
  SupportPlanInput,
} from '@opennrm/core';
import {
  type UseMutationResult,
  type UseQueryResult,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api, apiRequest } from '../api/client';
import { isApiProblem } from '../api/problem';
import type {
  AdvocateList,
  CaseSections,
  DirectoryService,
  NeedsAssessmentList,
  RiskAssessmentList,
  SafetyPlan,
  SupportPlan,
  SupportPlanList,
} from './types';

const id = encodeURIComponent;
const base = (caseId: string): string => `/api/cases/${id(caseId)}`;

/**
 * Assessments and plans hold what the person said, and every read is audited: fetched
 * when shown, not refetched behind the reader's back on window focus, not retried.
 */
const AUDITED = { staleTime: 60_000, refetchOnWindowFocus: false, retry: false } as const;

/** A part of the case file this organisation's purpose does not cover answers 404: nothing to show. */
export function isHidden(error: unknown): boolean {
  return isApiProblem(error) && (error.status === 404 || error.status === 403);
}

/** The parts of the case file the caller sees (cases module); undefined while unknown. */
export function useCaseSections(caseId: string): UseQueryResult<CaseSections> {
  return useQuery({
    queryKey: ['case-sections', caseId],
    queryFn: ({ signal }) => api.get<CaseSections>(`${base(caseId)}/sections`, undefined, signal),
    staleTime: 60_000,
    retry: false,
  });
}

export function useNeedsAssessments(caseId: string, enabled: boolean): UseQueryResult<NeedsAssessmentList> {
  return useQuery({
    queryKey: ['needs-assessments', caseId],
    queryFn: ({ signal }) =>
      api.get<NeedsAssessmentList>(`${base(caseId)}/needs-assessments`, undefined, signal),
    enabled,
    ...AUDITED,
  });
}

export function useRiskAssessments(caseId: string, enabled: boolean): UseQueryResult<RiskAssessmentList> {
  return useQuery({
    queryKey: ['risk-assessments', caseId],
    queryFn: ({ signal }) =>
      api.get<RiskAssessmentList>(`${base(caseId)}/risk-assessments`, undefined, signal),
    enabled,
    ...AUDITED,
  });
}

export function useSafetyPlan(caseId: string, enabled: boolean): UseQueryResult<SafetyPlan> {
  return useQuery({
    queryKey: ['safety-plan', caseId],
    queryFn: ({ signal }) =>
      api.get<SafetyPlan>(`${base(caseId)}/risk-assessments/safety-plan`, undefined, signal),
    enabled,
    ...AUDITED,
  });
}

export function useSupportPlans(caseId: string, enabled: boolean): UseQueryResult<SupportPlanList> {
  return useQuery({
    queryKey: ['support-plans', caseId],
    queryFn: ({ signal }) => api.get<SupportPlanList>(`${base(caseId)}/support-plans`, undefined, signal),
    enabled,
    ...AUDITED,
  });
}

export function useSupportPlan(caseId: string, planId: string): UseQueryResult<SupportPlan> {
  return useQuery({
    queryKey: ['support-plan', caseId, planId],
    queryFn: ({ signal }) =>
      api.get<SupportPlan>(`${base(caseId)}/support-plans/${id(planId)}`, undefined, signal),
    ...AUDITED,
  });
}

export function useAdvocates(caseId: string, enabled: boolean): UseQueryResult<AdvocateList> {
  return useQuery({
    queryKey: ['advocates', caseId],
    queryFn: ({ signal }) => api.get<AdvocateList>(`${base(caseId)}/advocates`, undefined, signal),
    enabled,
    staleTime: 60_000,
    retry: false,
  });
}

function asServices(value: unknown): DirectoryService[] {
  const items = (value as { items?: unknown } | null)?.items;
  if (!Array.isArray(items)) return [];
  return items.flatMap((item: unknown) => {
    const s = item as Partial<DirectoryService> | null;
    if (!s || typeof s.id !== 'string' || typeof s.name !== 'string' || typeof s.kind !== 'string') return [];
    const organisation =
      s.organisation && typeof s.organisation.id === 'string'
        ? { id: s.organisation.id, name: String(s.organisation.name ?? '') }
        : { id: '', name: '' };
    return [{ id: s.id, name: s.name, kind: s.kind, organisation }];
  });
}

/**
 * Active services of the directory, to link a plan action to one. The directory is its
 * own module: when it cannot be reached the plan is written without services.
 */
export function useDirectoryServices(enabled: boolean): UseQueryResult<DirectoryService[]> {
  return useQuery({
    queryKey: ['assistance-directory-services'],
    queryFn: async ({ signal }) =>
      asServices(await api.get<unknown>('/api/services', { pageSize: 200 }, signal)),
    enabled,
    staleTime: 5 * 60_000,
    retry: false,
  });
}

export type AssistanceChange =
  | { readonly kind: 'needs'; readonly input: NeedsAssessmentInput }
  | { readonly kind: 'risk'; readonly input: RiskAssessmentInput }
  | { readonly kind: 'plan'; readonly input: SupportPlanInput }
  | { readonly kind: 'action-status'; readonly actionId: string; readonly input: ActionStatusChange }
  | { readonly kind: 'assign-advocate'; readonly input: AdvocateInput }
  | { readonly kind: 'end-advocate'; readonly advocateId: string };

function send(caseId: string, change: AssistanceChange): Promise<unknown> {
  switch (change.kind) {
    case 'needs':
      return api.post(`${base(caseId)}/needs-assessments`, change.input);
    case 'risk':
      return api.post(`${base(caseId)}/risk-assessments`, change.input);
    case 'plan':
      return api.post(`${base(caseId)}/support-plans`, change.input);
    case 'action-status':
      return api.patch(`${base(caseId)}/support-plans/actions/${id(change.actionId)}`, change.input);
    case 'assign-advocate':
      return api.post(`${base(caseId)}/advocates`, change.input);
    case 'end-advocate':
      return apiRequest('DELETE', `${base(caseId)}/advocates/${id(change.advocateId)}`);
    default: {
      const unreachable: never = change;
      return unreachable;
    }
  }
}

/** Every change to a case's assistance; afterwards what it touched is read again. */
export function useAssistanceChange(caseId: string): UseMutationResult<unknown, Error, AssistanceChange> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: AssistanceChange) => send(caseId, change),
    onSuccess: async (_data, change) => {
      const keys: string[][] =
        change.kind === 'needs'
          ? [['needs-assessments', caseId]]
          : change.kind === 'risk'
            ? [
                ['risk-assessments', caseId],
                ['safety-plan', caseId],
              ]
            : change.kind === 'plan' || change.kind === 'action-status'
              ? [
                  ['support-plans', caseId],
                  ['support-plan', caseId],
                ]
              : [['advocates', caseId]];
      await Promise.all([
        ...keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })),
        queryClient.invalidateQueries({ queryKey: ['case-timeline', caseId] }),
      ]);
    },
  });
}
