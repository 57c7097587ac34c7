import { TIMELINE_KINDS, type TimelineKind } from '@opennrm/core';
import { expect, it, describe as suite } from 'vitest';
import en from '../i18n/messages/cases/en.json';
import type { TimelineEntry } from './case-file-types';
import { describe } from './timeline-text';

/** A sample entry of each kind, with the codes the server sends. */
const SAMPLE: Readonly<Record<TimelineKind, TimelineEntry['data']>> = {
  case_opened: {},
  screening_completed: { depth: 'short', mode: 'worker' },
  referral_made: { to: 'Authority', childStatus: 'adult' },
  consent_given: { purpose: 'share_with_provider', recipient: 'Shelter', method: 'verbal' },
  consent_revoked: { purpose: 'identification_referral', recipient: null, method: 'verbal' },
  guardian_requested: {},
  guardian_appointed: {},
  decision_made: { stage: 'reasonable_grounds', outcome: 'positive', positive: true },
  recovery_period_started: { endsOn: '2030-01-31', minimumDays: 30 },
  recovery_period_withheld: { ground: 'public_order' },
  recovery_period_extended: { days: 15 },
  reconsideration_requested: {},
  reconsideration_reviewed: { outcome: 'upheld' },
  team_member_added: { purpose: 'accommodation' },
  team_member_removed: { purpose: 'advocacy' },
  needs_assessed: { version: 1, domains: 3 },
  risk_assessed: { version: 2, overall: 'high' },
  plan_version: { version: 1, agreement: 'partly_agreed', reviewDueOn: '2030-03-01' },
  service_referral_sent: { needDomain: 'accommodation', provider: 'Shelter' },
  service_referral_answered: { provider: 'Shelter', answer: 'declined', declineReason: 'capacity' },
  service_started: { provider: 'Shelter' },
  service_ended: { provider: 'Shelter', outcome: 'completed' },
  note_written: { visibility: 'own_organisation' },
  account_recorded: { version: 2, language: 'ro' },
  account_shared: { recipient: 'Shelter' },
  account_share_revoked: { recipient: 'Shelter' },
  account_requested: {},
  account_request_answered: { status: 'refused' },
};

suite('timeline lines', () => {
  it('words every kind of entry with a message of the catalogue, never a raw code', () => {
    const missing: string[] = [];
    const words = {
      message: (id: string) => {
        if (!(id in en)) missing.push(id);
        return id;
      },
      date: (value: string) => value,
      purpose: (purpose: string) => purpose,
    };
    for (const kind of TIMELINE_KINDS)
      describe({ id: kind, kind, at: '2030-01-01T00:00:00Z', organisation: null, data: SAMPLE[kind] }, words);
    expect(missing).toEqual([]);
  });
});
