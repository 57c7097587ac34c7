import {
  ACTION_STATUSES,
  CASE_STAGES,
  CONSENT_PURPOSES,
  DISABILITY_TYPES,
  GENDERS,
  MIGRATION_STATUSES,
  NEED_DOMAINS,
  NEED_LEVELS,
  PLAN_AGREEMENTS,
  SCREENING_LANGUAGES,
  SERVICE_REFERRAL_STATUSES,
  URGENCIES,
  VULNERABILITIES,
} from '@opennrm/core';
import { describe, expect, it } from 'vitest';
import type { LetterBlock } from '../pdf.js';
import { ownDataLetter } from './letter.js';
import { accessKind, type OwnData } from './load.js';
import { OWN_DATA_EN } from './messages/en.js';
import { OWN_DATA_CATALOGUES, type OwnDataMessageKey } from './messages/index.js';

const KEYS = Object.keys(OWN_DATA_EN) as OwnDataMessageKey[];
const strip = (text: string): string => text.replace(/[\u2066-\u2069]/g, '');
const placeholders = (text: string): string[] =>
  [...new Set([...text.matchAll(/\{([a-z_]+)\}/g)].map((m) => m[1] ?? ''))].sort();

/** Every code the copy puts into words has a label (a new code must be translated). */
const LABELLED: readonly [string, readonly string[]][] = [
  ['gender', GENDERS],
  ['migration', MIGRATION_STATUSES],
  ['vulnerability', VULNERABILITIES],
  ['disability', DISABILITY_TYPES],
  ['stage', CASE_STAGES],
  ['consent', CONSENT_PURPOSES],
  ['need', NEED_DOMAINS],
  ['level', NEED_LEVELS],
  ['urgency', URGENCIES],
  ['agreement', PLAN_AGREEMENTS],
  ['action', ACTION_STATUSES],
  ['referral_status', SERVICE_REFERRAL_STATUSES],
];

describe('own-data catalogues', () => {
  it('has a complete catalogue in each of the ten letter languages', () => {
    expect(Object.keys(OWN_DATA_CATALOGUES).sort()).toEqual([...SCREENING_LANGUAGES].sort());
    for (const lang of SCREENING_LANGUAGES) {
      const catalogue = OWN_DATA_CATALOGUES[lang];
      expect(Object.keys(catalogue).sort(), lang).toEqual([...KEYS].sort());
      for (const key of KEYS) {
        expect(catalogue[key].trim().length, `${lang}.${key}`).toBeGreaterThan(0);
        expect(placeholders(catalogue[key]), `${lang}.${key}`).toEqual(placeholders(OWN_DATA_EN[key]));
      }
    }
  });

  it('is translated, not copied from English (names of the same form excepted)', () => {
    const same = new Set(['vulnerability_lgbti', 'od_plan_version', 'od_actions', 'section_decisions']);
    for (const lang of SCREENING_LANGUAGES.filter((l) => l !== 'en')) {
      const copied = KEYS.filter(
        (key) => !same.has(key) && OWN_DATA_CATALOGUES[lang][key] === OWN_DATA_EN[key],
      );
      // A handful of words are the same in some languages (e.g. "Version", "Actions" in French).
      expect(copied.length, `${lang}: ${copied.join(', ')}`).toBeLessThanOrEqual(3);
    }
  });

  it('labels every code of the vocabulary it writes', () => {
    for (const [prefix, codes] of LABELLED) {
      for (const code of codes) expect(KEYS, `${prefix}_${code}`).toContain(`${prefix}_${code}`);
    }
  });

  it('never writes blaming words about the person', () => {
    for (const catalogue of Object.values(OWN_DATA_CATALOGUES)) {
      for (const text of Object.values(catalogue)) expect(text).not.toMatch(/\b(illegal|subject|claims?)\b/i);
    }
  });
});

describe('accessKind', () => {
  it('puts audit actions into the words a person needs', () => {
    expect(accessKind('person.read', 'success')).toBe('viewed');
    expect(accessKind('consent.list', 'success')).toBe('viewed');
    expect(accessKind('decision.letter', 'success')).toBe('printed');
    expect(accessKind('referral.confirmation_letter', 'success')).toBe('printed');
    expect(accessKind('person.own_data_export', 'success')).toBe('printed');
    expect(accessKind('support_plan.create', 'success')).toBe('changed');
    expect(accessKind('person.read', 'denied')).toBe('refused');
  });
});

const DATA: OwnData = {
  personId: '11111111-1111-4111-8111-111111111111',
  preferredLanguage: 'ar',
  timeZone: 'Europe/Brussels',
  generatedAt: new Date('2026-03-10T09:00:00Z'),
  issuer: { name: 'Open Doors', email: 'help@open-doors.example', phone: null },
  isChild: false,
  guardianAppointed: false,
  childProtectionOrg: null,
  identity: { givenName: 'Amal', familyName: 'Synthetic', aliases: [], dateOfBirth: '1990-01-02' },
  demographics: {
    gender: 'female',
    birthYear: 1990,
    ageUncertain: false,
    nationality: 'SY',
    languages: ['ar'],
    preferredLanguage: 'ar',
    migrationStatus: 'asylum_seeker',
  },
  specialNeeds: { vulnerabilities: ['pregnancy'], disabilities: [], dependants: 1 },
  cases: [
    {
      reference: 'NRM-2026-000123',
      stage: 'recovery_period',
      firstContactAt: new Date('2026-02-01T09:00:00Z'),
      lead: 'Open Doors',
      consents: [
        {
          purpose: 'share_with_provider',
          recipient: 'Safe Shelter',
          givenAt: new Date('2026-02-02'),
          revokedAt: null,
        },
      ],
      referrals: null,
      decisions: null,
      recoveryPeriods: null,
      needs: {
        assessedAt: new Date('2026-02-05T10:00:00Z'),
        priorities: 'أريد مكانًا آمنًا',
        needs: [{ domain: 'accommodation', level: 'high', urgency: 'immediate' }],
      },
      plan: {
        version: 2,
        createdAt: new Date('2026-02-10T10:00:00Z'),
        agreement: 'agreed',
        agreedOn: '2026-02-10',
        reviewDueOn: '2026-04-10',
        goals: ['A safe place to live'],
        actions: [
          {
            domain: 'accommodation',
            description: 'Find a shelter place',
            owner: 'Safe Shelter',
            service: 'Women’s shelter',
            dueOn: '2026-03-01',
            status: 'in_progress',
            completedOn: null,
          },
        ],
      },
      serviceReferrals: [
        {
          service: 'Women’s shelter',
          provider: 'Safe Shelter',
          needDomain: 'accommodation',
          status: 'accepted',
          sentAt: new Date('2026-02-11'),
        },
      ],
      advocate: null,
    },
  ],
  accessLog: {
    entries: [{ at: new Date('2026-02-11T10:00:00Z'), organisation: 'Safe Shelter', what: 'viewed' }],
    total: 70,
  },
  omitted: ['referral', 'decisions'],
};

function text(blocks: readonly LetterBlock[]): string {
  return strip(
    blocks
      .map((b) => {
        switch (b.kind) {
          case 'heading':
            return b.text;
          case 'paragraph':
          case 'notice':
            return b.spans.map((s) => s.text).join('');
          case 'facts':
            return b.rows.map((r) => `${r.label}: ${r.value}`).join('\n');
          case 'list':
            return b.items.map((item) => item.map((s) => s.text).join('')).join('\n');
          default:
            return '';
        }
      })
      .join('\n'),
  );
}

describe('ownDataLetter', () => {
  it('writes the copy in Arabic, right to left, with the person’s data and rights', () => {
    const letter = ownDataLetter(DATA, 'ar');
    expect(letter.direction).toBe('rtl');
    expect(letter.language).toBe('ar');
    expect(letter.title).toBe('نسخة من معلوماتك');
    const body = text(letter.blocks);
    expect(body).toContain('Amal');
    expect(body).toContain('السكن'); // accommodation
    expect(body).toContain('أريد مكانًا آمنًا');
    expect(body).toContain('Find a shelter place');
    expect(body).toContain('حقوقك في هذه المعلومات');
    // The PDF's title is the kind of document and the reference, never the name.
    expect(letter.documentTitle).not.toContain('Amal');
  });

  it('says which parts are not in the copy, and how many earlier access entries there are', () => {
    const body = text(ownDataLetter(DATA, 'en').blocks);
    expect(body).toContain(
      'Not in this copy, because Open Doors does not work with this part of the file: referral and decisions.',
    );
    expect(body).toContain('Earlier entries not shown here: 69.');
  });

  it('writes to the guardian for a child', () => {
    const letter = ownDataLetter({ ...DATA, isChild: true, guardianAppointed: true }, 'uk');
    expect(letter.title).toBe('Копія інформації про дитину');
    expect(text(letter.blocks)).toContain('Справа дитини NRM-2026-000123');
  });
});
