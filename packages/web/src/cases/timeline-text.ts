import type { TimelineEntry } from './case-file-types';
import type { CaseFileWords } from './case-file-words';

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const num = (value: unknown): number => (typeof value === 'number' ? value : 0);

/** One line per entry, from its kind and its codes; nothing but codes, dates and names. */
export function describe(
  entry: TimelineEntry,
  words: Pick<CaseFileWords, 'message' | 'date' | 'purpose'>,
): string {
  const d = entry.data;
  const m = words.message;
  switch (entry.kind) {
    case 'case_opened':
    case 'screening_completed':
    case 'guardian_requested':
    case 'guardian_appointed':
    case 'recovery_period_withheld':
    case 'reconsideration_requested':
    case 'reconsideration_reviewed':
    case 'account_requested':
      return m(`caseFile.timeline.${entry.kind}`);
    case 'referral_made':
      return m('caseFile.timeline.referral_made', { to: text(d.to) });
    case 'consent_given':
    case 'consent_revoked':
      return m(`caseFile.timeline.${entry.kind}.${text(d.purpose)}`, { recipient: text(d.recipient) });
    case 'decision_made':
      return m(`caseFile.timeline.decision_made.${d.positive === true ? 'positive' : 'negative'}`, {
        stage: m(`caseFile.timeline.stage.${text(d.stage)}`),
      });
    case 'recovery_period_started':
      return m('caseFile.timeline.recovery_period_started', { endsOn: words.date(text(d.endsOn)) });
    case 'recovery_period_extended':
      return m('caseFile.timeline.recovery_period_extended', { days: num(d.days) });
    case 'team_member_added':
    case 'team_member_removed':
      return m(`caseFile.timeline.${entry.kind}`, { purpose: words.purpose(text(d.purpose)) });
    case 'needs_assessed':
      return m('caseFile.timeline.needs_assessed', { version: num(d.version), domains: num(d.domains) });
    case 'risk_assessed':
      return m('caseFile.timeline.risk_assessed', {
        version: num(d.version),
        overall: m(`caseFile.risk.${text(d.overall)}`),
      });
    case 'plan_version':
      return m('caseFile.timeline.plan_version', {
        version: num(d.version),
        agreement: m(`caseFile.agreement.${text(d.agreement)}`),
      });
    case 'service_referral_sent':
    case 'service_started':
    case 'service_ended':
      return m(`caseFile.timeline.${entry.kind}`, { provider: text(d.provider) });
    case 'service_referral_answered':
      return d.answer === 'declined'
        ? m('caseFile.timeline.service_referral_answered.declined', {
            provider: text(d.provider),
            reason: m(`caseFile.decline.${text(d.declineReason) || 'other'}`),
          })
        : m('caseFile.timeline.service_referral_answered.accepted', { provider: text(d.provider) });
    case 'note_written':
      return m(`caseFile.timeline.note_written.${text(d.visibility)}`);
    case 'account_recorded':
      return m('caseFile.timeline.account_recorded', { version: num(d.version) });
    case 'account_shared':
    case 'account_share_revoked':
      return m(`caseFile.timeline.${entry.kind}`, { recipient: text(d.recipient) });
    case 'account_request_answered':
      return m(`caseFile.timeline.account_request_answered.${text(d.status)}`);
    default: {
      const unreachable: never = entry.kind;
      return unreachable;
    }
  }
}
