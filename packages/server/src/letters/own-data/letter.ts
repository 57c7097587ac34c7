import type { CaseSection } from '@opennrm/core';
import { addressee, isolate, type LetterLanguage, writer } from '../compose.js';
import type { LetterBlock, LetterModel } from '../pdf.js';
import type { Span } from '../text-layout.js';
import type { AccessEntry, OwnCase, OwnData } from './load.js';
import { OWN_DATA_CATALOGUES, type OwnDataMessageKey } from './messages/index.js';

type Values = Readonly<Record<string, string | number>>;

/** The own-data texts of one language, with `{name}` values isolated like the letters' own. */
function ownWriter(language: LetterLanguage, timeZone: string) {
  const catalogue = OWN_DATA_CATALOGUES[language];
  const shared = writer(language, timeZone);
  const intlLocale = language === 'en' ? 'en-GB' : language;
  const regions = new Intl.DisplayNames([intlLocale], { type: 'region', fallback: 'code' });
  const t = (key: OwnDataMessageKey, values: Values = {}): string =>
    catalogue[key]
      .replace(/\{([a-z_]+)\}/g, (whole, name: string) => {
        const value = values[name];
        return value === undefined ? whole : isolate(String(value));
      })
      .replace(/\.\u2069\./g, '.\u2069');
  /** A code's label (`need_accommodation`), or the code itself if a later version added it. */
  const label = (prefix: string, code: string): string => {
    const key = `${prefix}_${code}`;
    return key in catalogue ? catalogue[key as OwnDataMessageKey] : code;
  };
  /** A calendar date 'YYYY-MM-DD', written as the letters write dates. */
  const day = (date: string): string => shared.date(new Date(`${date}T12:00:00Z`));
  return {
    shared,
    t,
    label,
    day,
    country: (code: string) => regions.of(code) ?? code,
  };
}

type Words = ReturnType<typeof ownWriter>;

const para = (text: string, bold = false): LetterBlock => ({ kind: 'paragraph', spans: [{ text, bold }] });
/** Text someone wrote (the person's priorities, a plan's goals): its direction is its own. */
const written = (text: string): LetterBlock => ({ kind: 'paragraph', spans: [{ text }], direction: 'auto' });

function identityBlocks(w: Words, data: OwnData): LetterBlock[] {
  const id = data.identity;
  if (!id) return [];
  const or = (value: string | null | undefined): string => (value?.trim() ? value : w.t('od_not_recorded'));
  const rows: { label: string; value: string }[] = [];
  if ('givenName' in id) rows.push({ label: w.t('od_given_name'), value: or(id.givenName) });
  if ('familyName' in id) rows.push({ label: w.t('od_family_name'), value: or(id.familyName) });
  if ('aliases' in id) {
    rows.push({
      label: w.t('od_aliases'),
      value: id.aliases && id.aliases.length > 0 ? w.shared.list(id.aliases) : w.t('od_not_recorded'),
    });
  }
  if ('dateOfBirth' in id) {
    rows.push({
      label: w.t('od_date_of_birth'),
      value: id.dateOfBirth ? w.day(id.dateOfBirth) : w.t('od_not_recorded'),
    });
  }
  if ('identityDocuments' in id) {
    const docs = (id.identityDocuments ?? []).map((d) => `${d.type} ${d.number} (${w.country(d.country)})`);
    rows.push({
      label: w.t('od_documents'),
      value: docs.length > 0 ? w.shared.list(docs) : w.t('od_not_recorded'),
    });
  }
  if ('contact' in id) {
    const ways = [id.contact?.phone, id.contact?.email].filter((v): v is string => Boolean(v?.trim()));
    rows.push({
      label: w.t('od_contact'),
      value: ways.length > 0 ? ways.map(isolate).join('  ·  ') : w.t('od_not_recorded'),
    });
  }
  if ('address' in id) rows.push({ label: w.t('od_address'), value: or(id.address) });
  const heading = data.isChild ? w.t('od_identity_heading_child') : w.t('od_identity_heading');
  return [
    { kind: 'heading', text: heading },
    { kind: 'facts', rows },
  ];
}

function aboutBlocks(w: Words, data: OwnData): LetterBlock[] {
  const blocks: LetterBlock[] = [];
  const d = data.demographics;
  if (d) {
    blocks.push({
      kind: 'heading',
      text: data.isChild ? w.t('od_about_heading_child') : w.t('od_about_heading'),
    });
    blocks.push({
      kind: 'facts',
      rows: [
        { label: w.t('od_gender'), value: w.label('gender', d.gender) },
        {
          label: w.t('od_birth_year'),
          value: d.birthYear === null ? w.t('od_not_recorded') : String(d.birthYear),
        },
        { label: w.t('od_age_uncertain'), value: d.ageUncertain ? w.t('od_yes') : w.t('od_no') },
        {
          label: w.t('od_nationality'),
          value: d.nationality ? w.country(d.nationality) : w.t('od_not_recorded'),
        },
        {
          label: w.t('od_languages'),
          value:
            d.languages.length > 0
              ? w.shared.list(d.languages.map((l) => w.shared.languageName(l)))
              : w.t('od_not_recorded'),
        },
        {
          label: w.t('od_preferred_language'),
          value: d.preferredLanguage ? w.shared.languageName(d.preferredLanguage) : w.t('od_not_recorded'),
        },
        {
          label: w.t('od_migration_status'),
          value: d.migrationStatus ? w.label('migration', d.migrationStatus) : w.t('od_not_recorded'),
        },
      ],
    });
  }
  const s = data.specialNeeds;
  if (s) {
    const listed = (values: readonly string[], prefix: string): string =>
      values.length > 0 ? w.shared.list(values.map((v) => w.label(prefix, v))) : w.t('od_none');
    blocks.push({ kind: 'heading', text: w.t('od_special_heading') });
    blocks.push({
      kind: 'facts',
      rows: [
        { label: w.t('od_vulnerabilities'), value: listed(s.vulnerabilities, 'vulnerability') },
        { label: w.t('od_disabilities'), value: listed(s.disabilities, 'disability') },
        {
          label: w.t('od_dependants'),
          value: s.dependants === null ? w.t('od_not_recorded') : String(s.dependants),
        },
      ],
    });
  }
  return blocks;
}

function caseBlocks(w: Words, data: OwnData, item: OwnCase): LetterBlock[] {
  const child = data.isChild;
  const date = (value: Date): string => w.shared.date(value);
  const blocks: LetterBlock[] = [
    {
      kind: 'heading',
      text: w.t(child ? 'od_case_heading_child' : 'od_case_heading', { reference: item.reference }),
    },
    {
      kind: 'facts',
      rows: [
        { label: w.t('od_stage'), value: w.label('stage', item.stage) },
        { label: w.t('od_first_contact'), value: date(item.firstContactAt) },
        { label: w.t('od_lead'), value: item.lead },
      ],
    },
  ];

  if (item.consents && item.consents.length > 0) {
    blocks.push({ kind: 'heading', text: w.t(child ? 'od_consents_heading_child' : 'od_consents_heading') });
    blocks.push({
      kind: 'list',
      items: item.consents.map((k): Span[] => [
        { text: w.label('consent', k.purpose), bold: true },
        { text: k.recipient ? ` — ${isolate(k.recipient)}` : '' },
        { text: `: ${w.t('od_consent_given', { date: date(k.givenAt) })}` },
        { text: k.revokedAt ? `; ${w.t('od_consent_withdrawn', { date: date(k.revokedAt) })}` : '' },
      ]),
    });
  }

  if (item.referrals && item.referrals.length > 0) {
    blocks.push({ kind: 'heading', text: w.t('od_referral_heading') });
    for (const r of item.referrals) {
      blocks.push({
        kind: 'facts',
        rows: [
          { label: w.t('od_referred_on'), value: date(r.referredAt) },
          { label: w.t('od_referred_by'), value: r.referrer },
          { label: w.t('od_authority'), value: r.authority },
        ],
      });
    }
  }

  if (item.decisions && item.decisions.length > 0) {
    blocks.push({ kind: 'heading', text: w.t('od_decisions_heading') });
    blocks.push({
      kind: 'list',
      items: item.decisions.map((d): Span[] => {
        const rg = d.stage === 'reasonable_grounds';
        const key: OwnDataMessageKey = rg
          ? d.positive
            ? 'od_decision_rg_positive'
            : 'od_decision_rg_negative'
          : d.positive
            ? 'od_decision_cg_positive'
            : 'od_decision_cg_negative';
        return [
          { text: w.t(key), bold: true },
          { text: ` — ${date(d.decidedAt)} — ${isolate(d.authority)}` },
        ];
      }),
    });
  }
  if (item.recoveryPeriods && item.recoveryPeriods.length > 0) {
    blocks.push({ kind: 'heading', text: w.t('od_recovery_heading') });
    blocks.push({
      kind: 'list',
      items: item.recoveryPeriods.map((p): Span[] => [
        { text: w.t('od_recovery_dates', { start: date(p.startsAt), end: date(p.endsAt) }) },
        { text: ` (${w.label('recovery', p.status)})` },
      ]),
    });
  }

  if (item.needs) {
    blocks.push({ kind: 'heading', text: w.t('od_needs_heading') });
    blocks.push(para(w.t('od_needs_assessed', { date: date(item.needs.assessedAt) })));
    if (item.needs.priorities) {
      blocks.push(para(w.t(child ? 'od_priorities_child' : 'od_priorities'), true));
      for (const line of paragraphs(item.needs.priorities)) blocks.push(written(line));
    }
    if (item.needs.needs.length > 0) {
      blocks.push({
        kind: 'list',
        items: item.needs.needs.map((n): Span[] => [
          { text: `${w.label('need', n.domain)}: `, bold: true },
          {
            text:
              n.level === 'none'
                ? w.label('level', n.level)
                : `${w.label('level', n.level)}, ${w.label('urgency', n.urgency)}`,
          },
        ]),
      });
    }
  }

  if (item.plan) {
    const plan = item.plan;
    blocks.push({ kind: 'heading', text: w.t('od_plan_heading') });
    blocks.push({
      kind: 'facts',
      rows: [
        { label: w.t('od_plan_version'), value: String(plan.version) },
        { label: w.t('od_plan_agreement'), value: w.label('agreement', plan.agreement) },
        ...(plan.agreedOn ? [{ label: w.t('od_agreed_on'), value: w.day(plan.agreedOn) }] : []),
        ...(plan.reviewDueOn ? [{ label: w.t('od_review_due'), value: w.day(plan.reviewDueOn) }] : []),
      ],
    });
    if (plan.goals.length > 0) {
      blocks.push(para(w.t('od_goals'), true));
      blocks.push({ kind: 'list', items: plan.goals.map((goal): Span[] => [{ text: isolate(goal) }]) });
    }
    if (plan.actions.length > 0) {
      blocks.push(para(w.t('od_actions'), true));
      blocks.push({
        kind: 'list',
        items: plan.actions.map((a): Span[] => {
          const details = [
            w.label('action', a.status),
            ...(a.owner ? [w.t('od_action_owner', { org: a.owner })] : []),
            ...(a.service ? [w.t('od_action_service', { service: a.service })] : []),
            ...(a.status === 'done' && a.completedOn
              ? [w.t('od_action_done_on', { date: w.day(a.completedOn) })]
              : a.dueOn
                ? [w.t('od_action_due', { date: w.day(a.dueOn) })]
                : []),
          ];
          return [
            { text: `${w.label('need', a.domain)}: `, bold: true },
            { text: isolate(a.description) },
            { text: ` (${details.join('; ')})` },
          ];
        }),
      });
    }
  }

  if (item.serviceReferrals && item.serviceReferrals.length > 0) {
    blocks.push({
      kind: 'heading',
      text: w.t(child ? 'od_services_heading_child' : 'od_services_heading'),
    });
    blocks.push({
      kind: 'list',
      items: item.serviceReferrals.map((r): Span[] => [
        { text: isolate(r.service), bold: true },
        { text: ` (${isolate(r.provider)}) — ${w.label('need', r.needDomain)}: ` },
        { text: `${w.label('referral_status', r.status)}; ${w.t('od_sent_on', { date: date(r.sentAt) })}` },
      ]),
    });
  }

  if (item.advocate) {
    blocks.push({ kind: 'heading', text: w.t('od_advocate_heading') });
    blocks.push(para(`${isolate(item.advocate.name)}, ${isolate(item.advocate.organisation)}`));
  }
  return blocks;
}

const ACCESS_WORDS: Readonly<Record<AccessEntry['what'], OwnDataMessageKey>> = {
  viewed: 'od_access_viewed',
  printed: 'od_access_printed',
  changed: 'od_access_changed',
  refused: 'od_access_refused',
};

function accessBlocks(w: Words, data: OwnData): LetterBlock[] {
  const { entries, total } = data.accessLog;
  const blocks: LetterBlock[] = [{ kind: 'heading', text: w.t('od_access_heading') }];
  if (entries.length === 0) return [...blocks, para(w.t('od_access_none'))];
  blocks.push(para(w.t('od_access_intro')));
  blocks.push({
    kind: 'list',
    items: entries.map((e): Span[] => [
      { text: `${w.shared.date(e.at)}  ·  ` },
      { text: e.organisation ? isolate(e.organisation) : w.t('od_access_system'), bold: true },
      { text: `  ·  ${w.t(ACCESS_WORDS[e.what])}` },
    ]),
  });
  if (total > entries.length) {
    blocks.push(para(w.t('od_access_more', { count: total - entries.length, org: data.issuer.name })));
  }
  return blocks;
}

function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/**
 * The person's own data as a letter to them (or, for a child, to the guardian), in
 * `language`: who they are, what they agreed to share, their referral and decisions,
 * needs, plan, services, advocate, and who looked at their file — and their rights.
 */
export function ownDataLetter(data: OwnData, language: LetterLanguage): LetterModel {
  const w = ownWriter(language, data.timeZone);
  const child = data.isChild;
  const title = w.t(child ? 'od_title_child' : 'od_title');
  const references = data.cases.map((c) => c.reference);
  const omitted: readonly CaseSection[] = data.omitted;

  const blocks: LetterBlock[] = [
    ...addressee(w.shared, data),
    para(w.t(child ? 'od_intro_child' : 'od_intro', { date: w.shared.date(data.generatedAt) })),
    {
      kind: 'facts',
      rows: [
        { label: w.t('od_date_label'), value: w.shared.date(data.generatedAt) },
        { label: w.t('od_printed_by'), value: data.issuer.name },
        { label: w.shared.t('contact_label'), value: w.shared.contact(data.issuer) },
        ...(references.length > 0
          ? [{ label: w.shared.t('reference_label'), value: w.shared.list(references) }]
          : []),
      ],
    },
    ...identityBlocks(w, data),
    ...aboutBlocks(w, data),
    ...data.cases.flatMap((item) => caseBlocks(w, data, item)),
    ...accessBlocks(w, data),
    ...(omitted.length > 0
      ? [
          para(
            w.t('od_omitted', {
              org: data.issuer.name,
              parts: w.shared.list(omitted.map((s) => w.label('section', s))),
            }),
          ),
        ]
      : []),
    { kind: 'heading', text: w.t(child ? 'od_rights_heading_child' : 'od_rights_heading') },
    {
      kind: 'list',
      items: [
        [{ text: w.t('od_right_copy') }],
        [{ text: w.t('od_right_correct', { org: data.issuer.name }) }],
        [{ text: w.t('od_right_withdraw') }],
        [{ text: w.t('od_right_complain') }],
      ],
    },
    { kind: 'notice', spans: [{ text: w.t('od_keep_safe') }] },
    para(w.shared.t('closing', { org: data.issuer.name })),
  ];

  const footerReference = references[0] ?? '';
  return {
    language: w.shared.language,
    direction: w.shared.direction,
    // PDF metadata: the kind of document and the case reference, never a name.
    documentTitle: `${w.t('od_document_title')} ${footerReference}`.trim(),
    issuer: { name: data.issuer.name, lines: [w.shared.contact(data.issuer)] },
    title,
    blocks,
    footer: (page, pages) =>
      `${footerReference ? `${footerReference}  ·  ` : ''}${w.shared.t('page', { page, pages })}`,
  };
}
