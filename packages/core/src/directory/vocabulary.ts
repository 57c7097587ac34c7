import { z } from 'zod';
import type { NeedDomain } from '../assistance/vocabulary.js';

/** Kinds of service in the directory. */
export const SERVICE_KINDS = [
  'shelter',
  'safe_house',
  'medical',
  'psychological',
  'legal_aid',
  'interpretation',
  'education',
  'employment',
  'financial_aid',
  'family_tracing',
  'material_aid',
  'counselling',
  'documents_support',
  'digital_safety',
] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];
export const ZServiceKind = z.enum(SERVICE_KINDS);

export function isServiceKind(value: unknown): value is ServiceKind {
  return typeof value === 'string' && (SERVICE_KINDS as readonly string[]).includes(value);
}

/** Which kinds of service answer a need domain (the first is the usual one). */
export const SERVICE_KINDS_FOR_NEED: Readonly<Record<NeedDomain, readonly ServiceKind[]>> = {
  safety: ['safe_house', 'shelter'],
  accommodation: ['shelter', 'safe_house'],
  subsistence: ['material_aid', 'financial_aid'],
  physical_health: ['medical'],
  mental_health: ['psychological', 'counselling'],
  interpretation: ['interpretation'],
  information_on_rights: ['counselling', 'legal_aid'],
  legal_assistance: ['legal_aid'],
  documents: ['documents_support', 'legal_aid'],
  residence_asylum: ['legal_aid'],
  education: ['education'],
  employment: ['employment'],
  family: ['family_tracing', 'counselling'],
  financial: ['financial_aid', 'counselling'],
  digital_safety: ['digital_safety', 'counselling'],
};

export const SERVICE_REFERRAL_STATUSES = [
  'sent',
  'accepted',
  'declined',
  'started',
  'ended',
  'withdrawn',
] as const;
export type ServiceReferralStatus = (typeof SERVICE_REFERRAL_STATUSES)[number];
export const ZServiceReferralStatus = z.enum(SERVICE_REFERRAL_STATUSES);

export function isServiceReferralStatus(value: unknown): value is ServiceReferralStatus {
  return typeof value === 'string' && (SERVICE_REFERRAL_STATUSES as readonly string[]).includes(value);
}

export const DECLINE_REASONS = ['capacity', 'eligibility', 'other'] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];
export const ZDeclineReason = z.enum(DECLINE_REASONS);

export const SERVICE_OUTCOMES = [
  'completed',
  'person_left',
  'no_longer_needed',
  'transferred',
  'other',
] as const;
export type ServiceOutcome = (typeof SERVICE_OUTCOMES)[number];
export const ZServiceOutcome = z.enum(SERVICE_OUTCOMES);

export const GAP_REASONS = ['no_fit', 'declined_capacity'] as const;
export type GapReason = (typeof GAP_REASONS)[number];
