import { type CountryProfile, reasonableGroundsDue } from '@opennrm/core';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import { countryProfileVersion } from '../profiles/store.js';
import { addressee, type LetterLanguage, type OrgContact, writer } from './compose.js';
import { caseTeamNames, childProtectionOrgName, guardianAppointed, orgContact } from './load.js';
import type { LetterBlock, LetterModel } from './pdf.js';

type Handle = Kysely<DB> | Transaction<DB>;

/**
 * What the written confirmation of a referral says (domain.md, "Privacy": the person
 * gets written confirmation of each referral, in their language). Only what the person
 * needs: dates, who referred and how to reach them, what happens next, their rights.
 * Nothing about what happened to them: no narrative, no forms of exploitation.
 */
export type ReferralLetterData = {
  readonly referralId: string;
  readonly reference: string;
  readonly personId: string;
  readonly preferredLanguage: string | null;
  readonly referredAt: Date;
  readonly reasonableGroundsDueAt: Date;
  readonly isChild: boolean;
  readonly guardianAppointed: boolean;
  readonly childProtectionOrg: string | null;
  readonly interpreterLanguage: string | null;
  readonly referrer: OrgContact;
  readonly authority: OrgContact;
  /** Names of the organisations on the case team today: who can see the person's data. */
  readonly team: readonly string[];
  readonly profile: Pick<
    CountryProfile,
    'decisionStages' | 'recoveryPeriodDays' | 'reasonableGroundsDeadlineWorkingDays' | 'calendar'
  >;
};

/** Everything the letter needs, read in the caller's transaction; null when there is no such referral. */
export async function loadReferralLetter(db: Handle, referralId: string): Promise<ReferralLetterData | null> {
  const row = await db
    .selectFrom('referrals as r')
    .innerJoin('cases as c', 'c.id', 'r.case_id')
    .innerJoin('persons as p', 'p.id', 'c.person_id')
    .select([
      'r.id',
      'r.case_id',
      'r.referring_org_id',
      'r.competent_org_id',
      'r.profile_id',
      'r.profile_version',
      'r.referred_at',
      'r.reasonable_grounds_due_at',
      'r.interpreter_needed',
      'r.interpreter_language',
      'c.reference',
      'c.is_child',
      'c.person_id',
      'p.preferred_language',
    ])
    .where('r.id', '=', referralId)
    .executeTakeFirst();
  if (!row) return null;
  const profile = await countryProfileVersion(db, { id: row.profile_id, version: row.profile_version });
  const referredAt = new Date(row.referred_at);
  return {
    referralId: row.id,
    reference: row.reference,
    personId: row.person_id,
    preferredLanguage: row.preferred_language,
    referredAt,
    reasonableGroundsDueAt: row.reasonable_grounds_due_at
      ? new Date(row.reasonable_grounds_due_at)
      : reasonableGroundsDue(referredAt, profile),
    isChild: row.is_child,
    guardianAppointed: row.is_child ? await guardianAppointed(db, row.case_id) : false,
    childProtectionOrg: row.is_child ? await childProtectionOrgName(db, row.case_id) : null,
    interpreterLanguage: row.interpreter_needed ? row.interpreter_language : null,
    referrer: await orgContact(db, row.referring_org_id),
    authority: await orgContact(db, row.competent_org_id),
    team: await caseTeamNames(db, row.case_id),
    profile,
  };
}

/** The letter in `language`: for an adult to the person, for a child to the guardian. */
export function referralConfirmationLetter(data: ReferralLetterData, language: LetterLanguage): LetterModel {
  const w = writer(language, data.profile.calendar.timeZone);
  const child = data.isChild;
  const recoveryDays = data.profile.recoveryPeriodDays;
  const authority = data.authority.name;

  const next: LetterBlock[] =
    data.profile.decisionStages === 2
      ? [
          {
            kind: 'paragraph',
            spans: [
              {
                text: w.t(child ? 'rc_next_rg_child' : 'rc_next_rg', {
                  authority,
                  days: data.profile.reasonableGroundsDeadlineWorkingDays,
                  date: w.date(data.reasonableGroundsDueAt),
                }),
              },
            ],
          },
          {
            kind: 'paragraph',
            spans: [
              { text: w.t(child ? 'rc_next_recovery_child' : 'rc_next_recovery', { days: recoveryDays }) },
            ],
          },
          { kind: 'paragraph', spans: [{ text: w.t(child ? 'rc_next_final_child' : 'rc_next_final') }] },
        ]
      : [
          {
            kind: 'paragraph',
            spans: [{ text: w.t(child ? 'rc_next_one_stage_child' : 'rc_next_one_stage', { authority }) }],
          },
        ];

  const rights: LetterBlock[] = child
    ? [
        { kind: 'heading', text: w.t('child_heading') },
        {
          kind: 'list',
          items: [
            [{ text: w.t('child_safe') }],
            [{ text: w.t('child_police') }],
            [{ text: w.t('child_guardian') }],
            [{ text: w.t('child_recovery', { days: recoveryDays }) }],
            [{ text: w.t('child_lawyer') }],
            [{ text: w.t('child_age') }],
            [{ text: w.t('child_questions') }],
          ],
        },
      ]
    : [
        { kind: 'heading', text: w.t('rights_heading') },
        {
          kind: 'list',
          items: [
            [{ text: w.t('right_support') }],
            [{ text: w.t('right_recovery', { days: recoveryDays }) }],
            [{ text: w.t('right_legal_aid') }],
            [{ text: w.t('right_interpreter') }],
          ],
        },
      ];
  if (data.interpreterLanguage) {
    rights.push({
      kind: 'paragraph',
      spans: [
        {
          text: w.t(child ? 'interpreter_noted_child' : 'interpreter_noted', {
            language: w.languageName(data.interpreterLanguage),
          }),
        },
      ],
    });
  }

  const blocks: LetterBlock[] = [
    ...addressee(w, data),
    { kind: 'paragraph', spans: [{ text: w.t(child ? 'rc_intro_child' : 'rc_intro') }] },
    {
      kind: 'facts',
      rows: [
        { label: w.t('rc_date_label'), value: w.date(data.referredAt) },
        { label: w.t('reference_label'), value: data.reference },
        { label: w.t('rc_referrer_label'), value: data.referrer.name },
        { label: w.t('contact_label'), value: w.contact(data.referrer) },
        { label: w.t('rc_authority_label'), value: authority },
      ],
    },
    { kind: 'heading', text: w.t('next_heading') },
    ...next,
    ...rights,
    { kind: 'heading', text: w.t(child ? 'privacy_heading_child' : 'privacy_heading') },
    {
      kind: 'paragraph',
      spans: [{ text: w.t(child ? 'privacy_who_child' : 'privacy_who', { orgs: w.list(data.team) }) }],
    },
    {
      kind: 'paragraph',
      spans: [
        { text: w.t(child ? 'privacy_consent_child' : 'privacy_consent', { org: data.referrer.name }) },
      ],
    },
    { kind: 'paragraph', spans: [{ text: w.t(child ? 'privacy_log_child' : 'privacy_log') }] },
    {
      kind: 'notice',
      spans: [{ text: w.t(child ? 'keep_safe_child' : 'keep_safe', { reference: data.reference }) }],
    },
    { kind: 'paragraph', spans: [{ text: w.t('closing', { org: data.referrer.name }) }] },
  ];

  return {
    language: w.language,
    direction: w.direction,
    documentTitle: `${w.t(child ? 'rc_title_child' : 'rc_title')} ${data.reference}`,
    issuer: { name: data.referrer.name, lines: [w.contact(data.referrer)] },
    title: w.t(child ? 'rc_title_child' : 'rc_title'),
    blocks,
    footer: (page, pages) => `${data.reference}  ·  ${w.t('page', { page, pages })}`,
  };
}
