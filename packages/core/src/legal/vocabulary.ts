import { z } from 'zod';

/**
 * The person's free choice about contact with criminal justice. Recorded by the legal
 * module only; no assistance code, policy rule or plan rule reads it (CoE art. 12(6),
 * EU art. 11(3)) — assistance.invariant tests prove it.
 */
export const COOPERATION_STATUSES = [
  'not_discussed',
  'undecided',
  'declines_contact',
  'reported_no_further_contact',
  'cooperating',
  'withdrew',
] as const;
export type CooperationStatus = (typeof COOPERATION_STATUSES)[number];
export const ZCooperationStatus = z.enum(COOPERATION_STATUSES);

export const RESIDENCE_BASES = [
  'victim_situation',
  'cooperation',
  'international_protection',
  'other',
] as const;
export const RESIDENCE_STATUSES = ['pending', 'granted', 'refused', 'withdrawn'] as const;
export const LEGAL_AID_STATUSES = ['requested', 'granted', 'refused'] as const;
export const COMPENSATION_ROUTES = [
  'criminal_proceedings',
  'civil_claim',
  'labour_tribunal',
  'state_fund',
] as const;
export const COMPENSATION_STATUSES = ['pending', 'awarded', 'refused', 'paid', 'partly_paid'] as const;
export const NON_PUNISHMENT_OFFENCES = [
  'irregular_entry_or_stay',
  'false_documents',
  'prostitution_related',
  'drugs',
  'theft',
  'other',
] as const;
export const NON_PUNISHMENT_OUTCOMES = [
  'not_prosecuted',
  'discontinued',
  'acquitted',
  'convicted',
  'pending',
] as const;
export const BEST_INTERESTS_KINDS = ['assessment', 'determination'] as const;
export const DURABLE_SOLUTION_KINDS = ['integration', 'return', 'relocation'] as const;
export const DURABLE_SOLUTION_STATUSES = ['planned', 'in_progress', 'completed', 'abandoned'] as const;
