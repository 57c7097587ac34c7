import { ACTIONS as POLICY_ACTIONS, RESOURCES } from '@opennrm/core';
import { useMemo } from 'react';
import type { MessageId } from '../i18n/catalogues';
import { useT } from '../i18n/use-t';

/**
 * Audit actions are stable codes written by the server (`person.read`). Each code the
 * server writes has its own words; a refusal by the route policy is recorded as
 * `<resource>.<action>` and is put into words from its two parts; a code added later by
 * a new module, before it is named here, keeps a plain "other action" label beside its code.
 */
const ACTIONS: Readonly<Record<string, MessageId>> = {
  'auth.login': 'audit.action.auth.login',
  'auth.logout': 'audit.action.auth.logout',
  'auth.logout_everywhere': 'audit.action.auth.logout_everywhere',
  'auth.mfa.enrolled': 'audit.action.auth.mfa.enrolled',
  'auth.mfa.verify': 'audit.action.auth.mfa.verify',
  'auth.password.changed': 'audit.action.auth.password.changed',
  'audit.verify': 'audit.action.audit.verify',
  'case.create': 'audit.action.case.create',
  'case.read': 'audit.action.case.read',
  'case.list': 'audit.action.case.list',
  'person.read': 'audit.action.person.read',
  'organisation.create': 'audit.action.organisation.create',
  'organisation.update': 'audit.action.organisation.update',
  'user.create': 'audit.action.user.create',
  'user.update': 'audit.action.user.update',
  'user.locale.changed': 'audit.action.user.locale.changed',
  'user.reset_password': 'audit.action.user.reset_password',
  'user.reset_mfa': 'audit.action.user.reset_mfa',
  'user.unlock': 'audit.action.user.unlock',
  'user.list': 'audit.action.user.list',
  'audit_log.list': 'audit.action.audit_log.list',
  'crypto.rotate_key': 'audit.action.crypto.rotate_key',
  'demo.seed': 'audit.action.demo.seed',
  'draft.create': 'audit.action.draft.create',
  'draft.update': 'audit.action.draft.update',
  'draft.read': 'audit.action.draft.read',
  'draft.delete': 'audit.action.draft.delete',
  'draft.key_issued': 'audit.action.draft.key_issued',
  'decision.create': 'audit.action.decision.create',
  'decision.read': 'audit.action.decision.read',
  'reconsideration.create': 'audit.action.reconsideration.create',
  'reconsideration.review': 'audit.action.reconsideration.review',
  'recovery_period.extend': 'audit.action.recovery_period.extend',
  'recovery_period.withhold': 'audit.action.recovery_period.withhold',
  'recovery_period.end': 'audit.action.recovery_period.end',
  'screening.create': 'audit.action.screening.create',
  'screening.read': 'audit.action.screening.read',
  'screening.update': 'audit.action.screening.update',
  'screening.complete': 'audit.action.screening.complete',
  'person.create': 'audit.action.person.create',
  'referral.create': 'audit.action.referral.create',
  'referral.read': 'audit.action.referral.read',
  'referral.confirmation_letter': 'audit.action.referral.confirmation_letter',
  'anonymous_notification.create': 'audit.action.anonymous_notification.create',
  'case_team.add': 'audit.action.case_team.add',
  'case_team.remove': 'audit.action.case_team.remove',
  'consent.create': 'audit.action.consent.create',
  'consent.list': 'audit.action.consent.list',
  'consent.revoke': 'audit.action.consent.revoke',
  'guardian.request': 'audit.action.guardian.request',
  'possible_duplicate.flag': 'audit.action.possible_duplicate.flag',
  'possible_duplicate.list': 'audit.action.possible_duplicate.list',
  'possible_duplicate.review': 'audit.action.possible_duplicate.review',
  'decision.letter': 'audit.action.decision.letter',
  'country_profile.create': 'audit.action.country_profile.create',
  'country_profile.update': 'audit.action.country_profile.update',
  // Assistance, case file, directory, justice and redress, caseload, national stock-taking
  'account_request.create': 'audit.action.account_request.create',
  'account_request.list': 'audit.action.account_request.list',
  'account_request.grant': 'audit.action.account_request.grant',
  'account_request.refuse': 'audit.action.account_request.refuse',
  'account_share.create': 'audit.action.account_share.create',
  'account_share.revoke': 'audit.action.account_share.revoke',
  'case.timeline.read': 'audit.action.case.timeline.read',
  'case_account.create': 'audit.action.case_account.create',
  'case_account.read': 'audit.action.case_account.read',
  'case_note.create': 'audit.action.case_note.create',
  'case_note.list': 'audit.action.case_note.list',
  'person.special_needs.update': 'audit.action.person.special_needs.update',
  'person.update': 'audit.action.person.update',
  'advocate.create': 'audit.action.advocate.create',
  'advocate.end': 'audit.action.advocate.end',
  'needs_assessment.create': 'audit.action.needs_assessment.create',
  'needs_assessment.read': 'audit.action.needs_assessment.read',
  'risk_assessment.create': 'audit.action.risk_assessment.create',
  'risk_assessment.read': 'audit.action.risk_assessment.read',
  'risk_assessment.safety_plan.read': 'audit.action.risk_assessment.safety_plan.read',
  'support_plan.create': 'audit.action.support_plan.create',
  'support_plan.review': 'audit.action.support_plan.review',
  'support_plan.read': 'audit.action.support_plan.read',
  'support_plan.action.update': 'audit.action.support_plan.action.update',
  'capacity_gap.create': 'audit.action.capacity_gap.create',
  'service.create': 'audit.action.service.create',
  'service.update': 'audit.action.service.update',
  'service.capacity.update': 'audit.action.service.capacity.update',
  'service_match.read': 'audit.action.service_match.read',
  'service_referral.create': 'audit.action.service_referral.create',
  'service_referral.read': 'audit.action.service_referral.read',
  'service_referral.list': 'audit.action.service_referral.list',
  'service_referral.inbox.read': 'audit.action.service_referral.inbox.read',
  'service_referral.accept': 'audit.action.service_referral.accept',
  'service_referral.decline': 'audit.action.service_referral.decline',
  'service_referral.start': 'audit.action.service_referral.start',
  'service_referral.end': 'audit.action.service_referral.end',
  'service_referral.withdraw': 'audit.action.service_referral.withdraw',
  'cooperation.create': 'audit.action.cooperation.create',
  'cooperation.read': 'audit.action.cooperation.read',
  'legal_record.list': 'audit.action.legal_record.list',
  'legal_record.create': 'audit.action.legal_record.create',
  'legal_record.update': 'audit.action.legal_record.update',
  'case.case_worker.assign': 'audit.action.case.case_worker.assign',
  'person.own_data_export': 'audit.action.person.own_data_export',
  'statistics.export': 'audit.action.statistics.export',
  'statistics.report.request': 'audit.action.statistics.report.request',
  'statistics_import.create': 'audit.action.statistics_import.create',
  'statistics_release.htcds_export': 'audit.action.statistics_release.htcds_export',
  'statistics_release.publish': 'audit.action.statistics_release.publish',
};

/** What an entry is about: the policy's resources and the few other things the server records. */
const RESOURCE_NAMES: Readonly<Record<string, MessageId>> = {
  organisation: 'audit.resource.organisation',
  user: 'audit.resource.user',
  person: 'audit.resource.person',
  case: 'audit.resource.case',
  audit_log: 'audit.resource.audit_log',
  statistics: 'audit.resource.statistics',
  own_account: 'audit.resource.own_account',
  screening: 'audit.resource.screening',
  draft: 'audit.resource.draft',
  referral: 'audit.resource.referral',
  consent: 'audit.resource.consent',
  anonymous_notification: 'audit.resource.anonymous_notification',
  decision: 'audit.resource.decision',
  reconsideration: 'audit.resource.reconsideration',
  country_profile: 'audit.resource.country_profile',
  notice: 'audit.resource.notice',
  draft_key: 'audit.resource.draft_key',
  guardian_appointment: 'audit.resource.guardian_appointment',
  possible_duplicate: 'audit.resource.possible_duplicate',
  recovery_period: 'audit.resource.recovery_period',
  system: 'audit.resource.system',
  account_request: 'audit.resource.account_request',
  advocate: 'audit.resource.advocate',
  best_interests_procedure: 'audit.resource.best_interests_procedure',
  capacity_gap: 'audit.resource.capacity_gap',
  case_account: 'audit.resource.case_account',
  case_note: 'audit.resource.case_note',
  caseload: 'audit.resource.caseload',
  compensation_claim: 'audit.resource.compensation_claim',
  cooperation: 'audit.resource.cooperation',
  durable_solution: 'audit.resource.durable_solution',
  legal_aid: 'audit.resource.legal_aid',
  legal_record: 'audit.resource.legal_record',
  missing_episode: 'audit.resource.missing_episode',
  needs_assessment: 'audit.resource.needs_assessment',
  non_punishment_assessment: 'audit.resource.non_punishment_assessment',
  residence_permit: 'audit.resource.residence_permit',
  risk_assessment: 'audit.resource.risk_assessment',
  service: 'audit.resource.service',
  service_referral: 'audit.resource.service_referral',
  statistics_import: 'audit.resource.statistics_import',
  statistics_release: 'audit.resource.statistics_release',
  support_plan: 'audit.resource.support_plan',
};

const VERBS: Readonly<Record<string, MessageId>> = {
  list: 'audit.verb.list',
  read: 'audit.verb.read',
  create: 'audit.verb.create',
  update: 'audit.verb.update',
  manage: 'audit.verb.manage',
};

const OUTCOMES: Readonly<Record<string, MessageId>> = {
  success: 'audit.outcome.success',
  failure: 'audit.outcome.failure',
  denied: 'audit.outcome.denied',
};

const POLICY_RESOURCES: readonly string[] = RESOURCES;
const POLICY_VERBS: readonly string[] = POLICY_ACTIONS;

/** Whether an action code has words of its own (not the policy's two-part fallback). */
export function hasOwnWords(code: string): boolean {
  return Object.hasOwn(ACTIONS, code);
}

/** Whether a resource code (the policy's, or a `resourceType` the server writes) has a name. */
export function hasResourceName(code: string): boolean {
  return Object.hasOwn(RESOURCE_NAMES, code);
}

/** Whether a policy action (`list`, `read`…) has a verb for a refusal's words. */
export function hasVerb(action: string): boolean {
  return Object.hasOwn(VERBS, action);
}

export type AuditWords = {
  /** The action in words; a code not named yet is shown as it is, in a generic label. */
  readonly action: (code: string) => string;
  /** Whether `action` had words of its own for the code (and did not fall back). */
  readonly named: (code: string) => boolean;
  readonly resource: (code: string) => string;
  readonly outcome: (code: string) => string;
};

/** The message for an action code, with its arguments, or null when the code is not named. */
function actionMessage(code: string): { id: MessageId; target?: string; verb?: MessageId } | null {
  const id = ACTIONS[code];
  if (id) return { id };
  const dot = code.lastIndexOf('.');
  const target = code.slice(0, dot);
  const verb = VERBS[code.slice(dot + 1)];
  if (dot > 0 && verb && POLICY_RESOURCES.includes(target) && POLICY_VERBS.includes(code.slice(dot + 1))) {
    return { id: 'audit.action.resourceAction', target, verb };
  }
  return null;
}

export function useAuditWords(): AuditWords {
  const t = useT();
  return useMemo(() => {
    const resource = (code: string): string => {
      const id = RESOURCE_NAMES[code];
      return id ? t(id) : code;
    };
    return {
      action: (code) => {
        const message = actionMessage(code);
        if (!message) return t('audit.action.other', { code });
        return message.target && message.verb
          ? t(message.id, { resource: resource(message.target), action: t(message.verb) })
          : t(message.id);
      },
      named: (code) => actionMessage(code) !== null,
      resource,
      outcome: (code) => {
        const id = OUTCOMES[code];
        return id ? t(id) : code;
      },
    };
  }, [t]);
}
