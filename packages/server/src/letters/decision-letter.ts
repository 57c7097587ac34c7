import { type CountryProfile, outcomesFor } from '@opennrm/core';
import type { Kysely, Transaction } from 'kysely';
import { type DataKey, decryptField, type FieldAad, type Keyring, openDataKey } from '../crypto/index.js';
import type { DB } from '../db/schema.js';
import { countryProfileVersion } from '../profiles/store.js';
import { addressee, isolate, type LetterLanguage, type OrgContact, type Writer, writer } from './compose.js';
import { childProtectionOrgName, guardianAppointed, orgContact } from './load.js';
import type { LetterMessageKey } from './messages/index.js';
import type { LetterBlock, LetterModel } from './pdf.js';

type Handle = Kysely<DB> | Transaction<DB>;
type Stage = 'reasonable_grounds' | 'conclusive_grounds';

/** The recovery and reflection period a positive reasonable-grounds decision started. */
export type RecoveryPeriodForLetter = {
  readonly startsAt: Date;
  readonly endsAt: Date;
  /** Set when the period was withheld (CoE art. 13(3): public order or improperly claimed status). */
  readonly withheld: { readonly ground: string; readonly reason: string | null } | null;
};

/**
 * What a decision letter says: the stage, the outcome, when and by whom, and the
 * reasons (they are written for the person). Positive reasonable grounds add the
 * recovery period and the protection from removal; a negative decision says how to
 * ask for reconsideration and that legal aid is free.
 */
export type DecisionLetterData = {
  readonly decisionId: string;
  readonly reference: string;
  readonly personId: string;
  readonly preferredLanguage: string | null;
  readonly stage: Stage;
  readonly outcome: string;
  readonly positive: boolean;
  readonly decidedAt: Date;
  readonly reasons: string;
  readonly replacesEarlier: boolean;
  readonly isChild: boolean;
  readonly guardianAppointed: boolean;
  readonly childProtectionOrg: string | null;
  readonly authority: OrgContact;
  /** Who referred the person: they (or a support provider) may ask for reconsideration. */
  readonly referrer: OrgContact | null;
  readonly recovery: RecoveryPeriodForLetter | null;
  readonly profile: Pick<
    CountryProfile,
    'decisionStages' | 'recoveryPeriodDays' | 'moveOnPeriodDays' | 'outcomeCategories' | 'calendar'
  >;
};

/**
 * Free text sealed with a record's data key (AAD `table:row:column`). A writer may have
 * sealed a JSON string rather than raw text; either reads the same.
 */
function openText(key: DataKey, aad: FieldAad, sealed: string): string {
  const text = decryptField(key, aad, sealed);
  if (text.startsWith('"')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed === 'string') return parsed;
    } catch {
      // Not JSON after all: the raw text is what was written.
    }
  }
  return text;
}

async function dataKey(db: Handle, keyring: Keyring, id: string): Promise<DataKey> {
  const row = await db.selectFrom('data_keys').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  return openDataKey(keyring, row);
}

/** Everything the letter needs, decrypting the reasons; null when there is no such decision. */
export async function loadDecisionLetter(
  db: Handle,
  keyring: Keyring,
  decisionId: string,
): Promise<DecisionLetterData | null> {
  const row = await db
    .selectFrom('decisions as d')
    .innerJoin('cases as c', 'c.id', 'd.case_id')
    .innerJoin('persons as p', 'p.id', 'c.person_id')
    .select([
      'd.id',
      'd.case_id',
      'd.stage',
      'd.outcome',
      'd.positive',
      'd.data_key_id',
      'd.reasons_enc',
      'd.decided_by_org_id',
      'd.decided_at',
      'd.profile_id',
      'd.profile_version',
      'd.supersedes_id',
      'c.reference',
      'c.is_child',
      'c.person_id',
      'p.preferred_language',
    ])
    .where('d.id', '=', decisionId)
    .executeTakeFirst();
  if (!row) return null;
  const stage: Stage = row.stage === 'reasonable_grounds' ? 'reasonable_grounds' : 'conclusive_grounds';
  const profile = await countryProfileVersion(db, { id: row.profile_id, version: row.profile_version });
  const reasons = openText(
    await dataKey(db, keyring, row.data_key_id),
    { table: 'decisions', rowId: row.id, field: 'reasons_enc' },
    row.reasons_enc,
  );

  const referral = await db
    .selectFrom('referrals')
    .select('referring_org_id')
    .where('case_id', '=', row.case_id)
    .orderBy('referred_at', 'desc')
    .executeTakeFirst();

  let recovery: RecoveryPeriodForLetter | null = null;
  if (stage === 'reasonable_grounds' && row.positive) {
    const period = await db
      .selectFrom('recovery_periods')
      .selectAll()
      .where('decision_id', '=', row.id)
      .orderBy('created_at', 'desc')
      .executeTakeFirst();
    if (period) {
      const withheld =
        period.status === 'withheld'
          ? {
              ground: period.withheld_ground ?? 'public_order',
              reason: period.withheld_reason_enc
                ? openText(
                    await dataKey(db, keyring, period.data_key_id),
                    { table: 'recovery_periods', rowId: period.id, field: 'withheld_reason_enc' },
                    period.withheld_reason_enc,
                  )
                : null,
            }
          : null;
      recovery = {
        startsAt: new Date(period.starts_at),
        endsAt: new Date(period.ends_at),
        withheld,
      };
    }
  }

  return {
    decisionId: row.id,
    reference: row.reference,
    personId: row.person_id,
    preferredLanguage: row.preferred_language,
    stage,
    outcome: row.outcome,
    positive: row.positive,
    decidedAt: new Date(row.decided_at),
    reasons,
    replacesEarlier: row.supersedes_id !== null,
    isChild: row.is_child,
    guardianAppointed: row.is_child ? await guardianAppointed(db, row.case_id) : false,
    childProtectionOrg: row.is_child ? await childProtectionOrgName(db, row.case_id) : null,
    authority: await orgContact(db, row.decided_by_org_id),
    referrer: referral ? await orgContact(db, referral.referring_org_id) : null,
    recovery,
    profile,
  };
}

const OUTCOME_KEYS: Readonly<Record<string, LetterMessageKey>> = {
  'profile.outcome.trafficking': 'outcome_trafficking',
  'profile.outcome.not_trafficking': 'outcome_not_trafficking',
  'profile.outcome.modern_slavery_trafficking': 'outcome_modern_slavery_trafficking',
  'profile.outcome.modern_slavery_slavery_servitude_forced_labour':
    'outcome_modern_slavery_slavery_servitude_forced_labour',
  'profile.outcome.not_modern_slavery': 'outcome_not_modern_slavery',
};

/** The outcome's label in the letter's language; an outcome a custom profile added reads as positive or negative. */
export function outcomeLabel(
  w: Writer,
  data: Pick<DecisionLetterData, 'stage' | 'outcome' | 'positive' | 'profile'>,
): string {
  if (data.stage === 'reasonable_grounds') {
    return w.t(data.positive ? 'outcome_rg_positive' : 'outcome_rg_negative');
  }
  const category = outcomesFor(data.profile as CountryProfile, data.stage).find((c) => c.id === data.outcome);
  const key = category ? OUTCOME_KEYS[category.labelKey] : undefined;
  if (key) return w.t(key);
  return w.t(data.positive ? 'outcome_positive_other' : 'outcome_negative_other');
}

function text(value: string, bold = false): LetterBlock {
  return { kind: 'paragraph', spans: [{ text: value, bold }] };
}

/** Text the decision maker wrote: its direction comes from its own first strong letter. */
function written(value: string): LetterBlock {
  return { kind: 'paragraph', spans: [{ text: value }], direction: 'auto' };
}

/** The letter in `language`: for an adult to the person, for a child to the guardian. */
export function decisionLetter(data: DecisionLetterData, language: LetterLanguage): LetterModel {
  const w = writer(language, data.profile.calendar.timeZone);
  const child = data.isChild;
  const rg = data.stage === 'reasonable_grounds';
  const pick = (adult: LetterMessageKey, forChild: LetterMessageKey): LetterMessageKey =>
    child ? forChild : adult;
  const title = w.t(rg ? 'dl_title_rg' : 'dl_title_cg');

  const meaning: LetterBlock[] = [];
  if (rg && data.positive) {
    meaning.push(text(w.t(pick('dl_rg_positive', 'dl_rg_positive_child'))));
    const period = data.recovery;
    if (period?.withheld) {
      const ground =
        period.withheld.ground === 'public_order' ? 'ground_public_order' : 'ground_improperly_claimed';
      meaning.push(text(w.t('dl_recovery_withheld', { ground: w.t(ground) })));
      if (period.withheld.reason) {
        meaning.push({
          kind: 'paragraph',
          spans: [
            { text: `${w.t('dl_withheld_reason_label')} `, bold: true },
            { text: isolate(period.withheld.reason) },
          ],
        });
      }
    } else {
      meaning.push(
        text(
          period
            ? w.t(pick('dl_recovery_dates', 'dl_recovery_dates_child'), {
                start: w.date(period.startsAt),
                end: w.date(period.endsAt),
              })
            : w.t(pick('dl_recovery_minimum', 'dl_recovery_minimum_child'), {
                days: data.profile.recoveryPeriodDays,
              }),
        ),
      );
      // CoE art. 10(2), 13(1): no removal while the period runs. The letter states what the
      // decision granted, even when printed again after the period has ended.
      meaning.push({
        kind: 'notice',
        spans: [{ text: w.t(pick('dl_no_removal', 'dl_no_removal_child')), bold: true }],
      });
      meaning.push(text(w.t(pick('dl_rg_positive_next', 'dl_rg_positive_next_child'))));
    }
  } else if (data.positive) {
    meaning.push(text(w.t(pick('dl_cg_positive', 'dl_cg_positive_child'))));
    meaning.push(text(w.t(pick('dl_cg_positive_support', 'dl_cg_positive_support_child'))));
    if (data.profile.moveOnPeriodDays > 0) {
      meaning.push(text(w.t('dl_move_on', { days: data.profile.moveOnPeriodDays })));
    }
  } else {
    meaning.push(
      text(
        w.t(
          rg
            ? pick('dl_rg_negative', 'dl_rg_negative_child')
            : pick('dl_cg_negative', 'dl_cg_negative_child'),
        ),
      ),
    );
    meaning.push(text(w.t(pick('dl_negative_help', 'dl_negative_help_child'))));
  }
  if (data.replacesEarlier) meaning.push(text(w.t('dl_replaces')));

  // Reconsideration: for a negative decision, and for a withheld recovery period.
  const disagree: LetterBlock[] =
    !data.positive || data.recovery?.withheld
      ? [
          { kind: 'heading', text: w.t('dl_reconsider_heading') },
          text(w.t(pick('dl_reconsider_how', 'dl_reconsider_how_child'))),
          ...(data.referrer
            ? [
                {
                  kind: 'facts' as const,
                  rows: [
                    { label: w.t('dl_reconsider_org_label'), value: data.referrer.name },
                    { label: w.t('contact_label'), value: w.contact(data.referrer) },
                  ],
                },
              ]
            : []),
          text(w.t(pick('dl_legal_aid', 'dl_legal_aid_child'))),
        ]
      : [];

  const reasons: LetterBlock[] = data.reasons
    .split(/\r?\n\s*\r?\n|\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0)
    .map(written);

  const rights: LetterBlock[] = child
    ? [
        { kind: 'heading', text: w.t('child_heading') },
        {
          kind: 'list',
          items: [
            [{ text: w.t('child_police') }],
            [{ text: w.t('child_guardian') }],
            [{ text: w.t('child_lawyer') }],
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
            [{ text: w.t('right_legal_aid') }],
            [{ text: w.t('right_interpreter') }],
          ],
        },
      ];

  const blocks: LetterBlock[] = [
    ...addressee(w, data),
    text(w.t(rg ? pick('dl_intro_rg', 'dl_intro_rg_child') : pick('dl_intro_cg', 'dl_intro_cg_child'))),
    {
      kind: 'facts',
      rows: [
        { label: w.t('dl_outcome_label'), value: outcomeLabel(w, data) },
        { label: w.t('dl_date_label'), value: w.date(data.decidedAt) },
        { label: w.t('reference_label'), value: data.reference },
        { label: w.t('dl_authority_label'), value: data.authority.name },
        { label: w.t('contact_label'), value: w.contact(data.authority) },
      ],
    },
    { kind: 'heading', text: w.t('dl_meaning_heading') },
    ...meaning,
    ...(reasons.length > 0
      ? [{ kind: 'heading' as const, text: w.t('dl_reasons_heading') }, ...reasons]
      : []),
    ...disagree,
    ...rights,
    {
      kind: 'notice',
      spans: [{ text: w.t(pick('keep_safe', 'keep_safe_child'), { reference: data.reference }) }],
    },
    text(w.t('closing', { org: data.authority.name })),
  ];

  return {
    language: w.language,
    direction: w.direction,
    documentTitle: `${title} ${data.reference}`,
    issuer: { name: data.authority.name, lines: [w.contact(data.authority)] },
    title,
    blocks,
    footer: (page, pages) => `${data.reference}  ·  ${w.t('page', { page, pages })}`,
  };
}
