import { authorize } from '../access/evaluate.js';
import type { Actor, Relationship, Resource } from '../access/types.js';
import type { CaseSection } from './minimisation.js';

/**
 * What the case timeline tells, one kind per thing that happened. Entries carry codes,
 * dates and organisations, never free text about the person — except the notes the
 * reader may read.
 */
export const TIMELINE_KINDS = [
  'case_opened',
  'screening_completed',
  'referral_made',
  'consent_given',
  'consent_revoked',
  'guardian_requested',
  'guardian_appointed',
  'decision_made',
  'recovery_period_started',
  'recovery_period_withheld',
  'recovery_period_extended',
  'reconsideration_requested',
  'reconsideration_reviewed',
  'team_member_added',
  'team_member_removed',
  'needs_assessed',
  'risk_assessed',
  'plan_version',
  'service_referral_sent',
  'service_referral_answered',
  'service_started',
  'service_ended',
  'note_written',
  'account_recorded',
  'account_shared',
  'account_share_revoked',
  'account_requested',
  'account_request_answered',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/**
 * The section (null: the case itself, which every member sees) and the resource whose
 * role rule an entry of each kind needs. An entry shows only when both allow it.
 */
export const TIMELINE_RULES: Readonly<
  Record<TimelineKind, { readonly section: CaseSection | null; readonly resource: Resource }>
> = {
  case_opened: { section: null, resource: 'case' },
  screening_completed: { section: 'screening', resource: 'screening' },
  referral_made: { section: 'referral', resource: 'referral' },
  consent_given: { section: 'referral', resource: 'consent' },
  consent_revoked: { section: 'referral', resource: 'consent' },
  guardian_requested: { section: 'referral', resource: 'case' },
  guardian_appointed: { section: 'referral', resource: 'case' },
  decision_made: { section: 'decisions', resource: 'decision' },
  recovery_period_started: { section: 'decisions', resource: 'decision' },
  recovery_period_withheld: { section: 'decisions', resource: 'decision' },
  recovery_period_extended: { section: 'decisions', resource: 'decision' },
  reconsideration_requested: { section: 'decisions', resource: 'reconsideration' },
  reconsideration_reviewed: { section: 'decisions', resource: 'reconsideration' },
  team_member_added: { section: null, resource: 'case' },
  team_member_removed: { section: null, resource: 'case' },
  needs_assessed: { section: 'needs', resource: 'needs_assessment' },
  risk_assessed: { section: 'risk', resource: 'risk_assessment' },
  plan_version: { section: 'support_plan', resource: 'support_plan' },
  service_referral_sent: { section: 'service_referrals', resource: 'service_referral' },
  service_referral_answered: { section: 'service_referrals', resource: 'service_referral' },
  service_started: { section: 'service_referrals', resource: 'service_referral' },
  service_ended: { section: 'service_referrals', resource: 'service_referral' },
  note_written: { section: 'notes', resource: 'case_note' },
  // That an account exists is shown to whoever may ask for it; its text never is.
  account_recorded: { section: null, resource: 'case_account' },
  account_shared: { section: null, resource: 'case_account' },
  account_share_revoked: { section: null, resource: 'case_account' },
  account_requested: { section: null, resource: 'account_request' },
  account_request_answered: { section: null, resource: 'account_request' },
};

/**
 * The kinds of entry the actor may see on this case: its sections (purpose, already
 * narrowed by role) and the role rule of each kind's resource. Per-entry conditions
 * (a note's visibility, an own screening, the account's readers) come on top.
 */
export function visibleTimelineKinds(
  actor: Actor,
  sections: ReadonlySet<CaseSection>,
  relationships: ReadonlySet<Relationship>,
): ReadonlySet<TimelineKind> {
  const out = new Set<TimelineKind>();
  for (const kind of TIMELINE_KINDS) {
    const rule = TIMELINE_RULES[kind];
    if (rule.section !== null && !sections.has(rule.section)) continue;
    const held: ReadonlySet<Relationship> =
      rule.resource === 'screening' && relationships.size > 0
        ? new Set([...relationships, 'own_organisation'])
        : relationships;
    if (authorize(actor, rule.resource, 'read', held).allowed) out.add(kind);
  }
  return out;
}
