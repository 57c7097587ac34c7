import { beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts.js';
import { generateDemoDataset } from './generate.js';
import type { DemoCase, DemoDataset, DemoPerson } from './types.js';
import { CASE_STAGES, ORGANISATION_KINDS, ROLES, SEXUAL_FORMS } from './vocabulary.js';

const NOW = new Date('2026-05-01T00:00:00.000Z');
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const CYRILLIC = /[\u0400-\u04ff]/;
const ARABIC = /[\u0600-\u06ff]/;

let data: DemoDataset;
let personById: Map<string, DemoPerson>;

/** Generating 2000 persons takes seconds, more on a busy machine. */
const SLOW = 120_000;
vi.setConfig({ testTimeout: SLOW });

beforeAll(() => {
  data = generateDemoDataset({ seed: 2026, now: NOW });
  personById = new Map(data.persons.map((p) => [p.id, p]));
}, SLOW);

function sexualShare(cases: readonly DemoCase[]): number {
  const sexual = cases.filter((c) => c.exploitationForms.some((f) => SEXUAL_FORMS.includes(f)));
  return sexual.length / cases.length;
}

function casesOfGender(gender: DemoPerson['gender']): DemoCase[] {
  return data.cases.filter((c) => personById.get(c.personId)?.gender === gender);
}

/** Every string anywhere in a value, for scanning e-mail addresses. */
function allStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) allStrings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) allStrings(v, out);
  return out;
}

describe('generateDemoDataset', () => {
  it(
    'gives a deep-equal dataset for the same seed and a different one for another seed',
    () => {
      const again = generateDemoDataset({ seed: 2026, now: NOW });
      expect(again).toEqual(data);
      const other = generateDemoDataset({ seed: 2027, now: NOW });
      expect(other.persons.map((p) => p.id)).not.toEqual(data.persons.map((p) => p.id));
      expect(other.persons.map((p) => p.familyName)).not.toEqual(data.persons.map((p) => p.familyName));
    },
    SLOW,
  );

  it(
    'never uses Math.random',
    () => {
      const spy = vi.spyOn(Math, 'random');
      try {
        generateDemoDataset({ seed: 5, persons: 200, now: NOW });
        expect(spy).not.toHaveBeenCalled();
      } finally {
        spy.mockRestore();
      }
    },
    SLOW,
  );

  it(
    'keeps organisations and users unchanged when only the number of persons changes',
    () => {
      const small = generateDemoDataset({ seed: 2026, persons: 50, now: NOW });
      expect(small.persons).toHaveLength(50);
      expect(small.organisations).toEqual(data.organisations);
      expect(small.users).toEqual(data.users);
    },
    SLOW,
  );

  it('creates about forty organisations covering every kind', () => {
    expect(data.organisations.length).toBeGreaterThanOrEqual(35);
    expect(data.organisations.length).toBeLessThanOrEqual(50);
    const kinds = new Set(data.organisations.map((o) => o.kind));
    for (const kind of ORGANISATION_KINDS) expect(kinds, kind).toContain(kind);
    expect(new Set(data.organisations.map((o) => o.region))).toEqual(new Set(data.regions));
    expect(data.organisations.every((o) => o.country === 'AT')).toBe(true);
    const shelters = data.organisations.filter((o) => o.kind === 'shelter');
    for (const audience of ['men', 'boys', 'lgbti'] as const) {
      expect(
        shelters.some((s) => s.audience.includes(audience)),
        audience,
      ).toBe(true);
    }
  });

  it('creates users for every role and every named demo account', () => {
    const roles = new Set(data.users.flatMap((u) => u.roles));
    for (const role of ROLES) expect(roles, role).toContain(role);
    expect(new Set(data.users.map((u) => u.email)).size).toBe(data.users.length);
    const orgById = new Map(data.organisations.map((o) => [o.id, o]));
    for (const account of DEMO_ACCOUNTS) {
      const user = data.users.find((u) => u.email === account.email);
      expect(user, account.email).toBeDefined();
      expect(user?.demo).toBe(true);
      expect(user?.roles).toEqual(account.roles);
      expect(orgById.get(user?.organisationId ?? '')?.name).toBe(account.organisationName);
    }
    expect(data.users.filter((u) => u.demo)).toHaveLength(DEMO_ACCOUNTS.length);
    expect(data.users.filter((u) => !u.demo).length).toBeGreaterThanOrEqual(50);
    expect(DEMO_PASSWORD).toBe('demo-password-2026');
  });

  it('places the named accounts in the organisations the README promises', () => {
    const kindOf = (email: string): string | undefined => {
      const user = data.users.find((u) => u.email === email);
      return data.organisations.find((o) => o.id === user?.organisationId)?.kind;
    };
    expect(kindOf('admin@opennrm.example')).toBe('national_coordinator');
    expect(kindOf('outreach@opennrm.example')).toBe('ngo');
    expect(kindOf('inspector@opennrm.example')).toBe('labour_inspectorate');
    expect(kindOf('decider@opennrm.example')).toBe('competent_authority');
    expect(kindOf('guardian@opennrm.example')).toBe('child_protection');
    expect(kindOf('lawyer@opennrm.example')).toBe('legal_aid_provider');
    expect(kindOf('shelter@opennrm.example')).toBe('shelter');
  });

  it('creates 2000 persons, each with at least one case, a few with two', () => {
    expect(data.persons).toHaveLength(2000);
    const casesPerPerson = new Map<string, number>();
    for (const c of data.cases) casesPerPerson.set(c.personId, (casesPerPerson.get(c.personId) ?? 0) + 1);
    expect(casesPerPerson.size).toBe(2000);
    const twice = [...casesPerPerson.values()].filter((n) => n === 2).length;
    expect(twice).toBeGreaterThan(0);
    expect(twice).toBeLessThan(100);
    expect(Math.max(...casesPerPerson.values())).toBe(2);
  });

  it('has about one third children', () => {
    const share = data.cases.filter((c) => c.isChild).length / data.cases.length;
    expect(share).toBeGreaterThanOrEqual(0.28);
    expect(share).toBeLessThanOrEqual(0.4);
  });

  it('carries the gender bias: women mostly sexual exploitation, men rarely', () => {
    expect(sexualShare(casesOfGender('male'))).toBeLessThan(0.1);
    expect(sexualShare(casesOfGender('female'))).toBeGreaterThan(0.4);
    const males = casesOfGender('male');
    const labour = males.filter((c) => c.exploitationForms.includes('forced_labour')).length / males.length;
    expect(labour).toBeGreaterThan(0.5);
  });

  it('keeps rare forms rare and records some gender-diverse and unknown genders', () => {
    const withForm = (form: string): number =>
      data.cases.filter((c) => c.exploitationForms.some((f) => f === form)).length / data.cases.length;
    expect(withForm('organ_removal')).toBeLessThan(0.02);
    expect(withForm('domestic_servitude')).toBeLessThan(0.1);
    const diverse = data.persons.filter(
      (p) => p.gender === 'transgender' || p.gender === 'gender_nonconforming',
    );
    expect(diverse.length / data.persons.length).toBeGreaterThan(0.005);
    expect(diverse.length / data.persons.length).toBeLessThan(0.04);
    expect(data.persons.some((p) => p.gender === 'unknown')).toBe(true);
  });

  it('draws diverse nationalities with about a quarter host nationals', () => {
    const host = data.persons.filter((p) => p.nationality === 'AT').length / data.persons.length;
    expect(host).toBeGreaterThan(0.2);
    expect(host).toBeLessThan(0.3);
    expect(new Set(data.persons.map((p) => p.nationality)).size).toBeGreaterThanOrEqual(20);
  });

  it('writes names in their own script with a Latin alias', () => {
    const cyrillic = data.persons.filter((p) => CYRILLIC.test(p.familyName));
    const arabic = data.persons.filter((p) => ARABIC.test(p.givenName));
    expect(cyrillic.length).toBeGreaterThan(50);
    expect(arabic.length).toBeGreaterThan(50);
    for (const p of [...cyrillic, ...arabic]) {
      expect(p.aliases[0], p.givenName).toMatch(/^[A-Za-z' -]+$/);
    }
    expect(
      data.persons.some((p) => p.nationality === 'VN' && /[ăâđêôơư]/i.test(p.givenName + p.familyName)),
    ).toBe(true);
  });

  it('links every case, team member and user to existing records', () => {
    const orgIds = new Set(data.organisations.map((o) => o.id));
    const caseIds = new Set(data.cases.map((c) => c.id));
    for (const c of data.cases) {
      expect(personById.has(c.personId)).toBe(true);
      expect(orgIds.has(c.referringOrgId)).toBe(true);
      expect(orgIds.has(c.leadOrgId)).toBe(true);
    }
    for (const p of data.persons) expect(orgIds.has(p.createdByOrgId)).toBe(true);
    for (const u of data.users) expect(orgIds.has(u.organisationId)).toBe(true);
    for (const t of data.caseTeam) {
      expect(caseIds.has(t.caseId)).toBe(true);
      expect(orgIds.has(t.organisationId)).toBe(true);
    }
    const teamKeys = data.caseTeam.map((t) => `${t.caseId}|${t.organisationId}|${t.purpose}`);
    expect(new Set(teamKeys).size).toBe(teamKeys.length);
  });

  it('puts the lead organisation on every case team and child protection on children past referral', () => {
    const teamByCase = new Map<string, typeof data.caseTeam>();
    for (const t of data.caseTeam) teamByCase.set(t.caseId, [...(teamByCase.get(t.caseId) ?? []), t]);
    const referred = new Set(data.referrals.map((r) => r.caseId));
    for (const c of data.cases) {
      const team = teamByCase.get(c.id) ?? [];
      expect(team.some((t) => t.organisationId === c.leadOrgId && t.removedAt === null)).toBe(true);
      if (c.isChild && referred.has(c.id)) {
        expect(team.some((t) => t.purpose === 'child_protection')).toBe(true);
      }
    }
  });

  it('uses unique, well-formed ids and references', () => {
    const ids = [
      ...data.persons,
      ...data.cases,
      ...data.organisations,
      ...data.users,
      ...data.screenings,
      ...data.referrals,
      ...data.consents,
      ...data.guardianAppointments,
      ...data.decisions,
      ...data.recoveryPeriods,
      ...data.recoveryExtensions,
      ...data.reconsiderations,
      ...data.possibleDuplicates,
      ...data.anonymousNotifications,
    ].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(UUID_V4);
    const references = data.cases.map((c) => c.reference);
    expect(new Set(references).size).toBe(references.length);
    for (const c of data.cases) {
      expect(c.reference).toMatch(/^NRM-\d{4}-\d{6}$/);
      expect(c.reference.slice(4, 8)).toBe(c.firstContactAt.slice(0, 4));
    }
  });

  it('spreads first contacts over three years, denser recently, and never after now', () => {
    const threeYearsAgo = NOW.getTime() - 3 * 366 * 86_400_000;
    const times = data.cases.map((c) => Date.parse(c.firstContactAt));
    for (const t of times) {
      expect(t).toBeLessThanOrEqual(NOW.getTime());
      expect(t).toBeGreaterThan(threeYearsAgo);
    }
    const lastYear = times.filter((t) => t > NOW.getTime() - 365 * 86_400_000).length;
    expect(lastYear / times.length).toBeGreaterThan(0.45);
    for (const t of data.caseTeam) expect(Date.parse(t.addedAt)).toBeLessThanOrEqual(NOW.getTime());
    const instants = [
      ...data.referrals.map((r) => r.referredAt),
      ...data.decisions.map((d) => d.decidedAt),
      ...data.consents.flatMap((c) => [c.givenAt, c.revokedAt ?? c.givenAt]),
      ...data.screenings.flatMap((s) => [s.startedAt, s.completedAt ?? s.startedAt]),
      ...data.recoveryExtensions.map((e) => e.grantedAt),
      ...data.reconsiderations.flatMap((r) => [r.requestedAt, r.reviewedAt ?? r.requestedAt]),
      ...data.guardianAppointments.flatMap((g) => [g.requestedAt, g.appointedAt ?? g.requestedAt]),
    ];
    for (const at of instants) expect(Date.parse(at)).toBeLessThanOrEqual(NOW.getTime());
  });

  it('spreads cases over the whole path, with recent ones in the early stages', () => {
    const stages = new Set(data.cases.map((c) => c.stage));
    // A referral puts a case straight into the reasonable-grounds queue (two-stage profile),
    // as the referral route does: no case rests in "referred".
    for (const stage of CASE_STAGES.filter((s) => s !== 'referred')) expect(stages, stage).toContain(stage);
    expect(stages).not.toContain('referred');
    // Not yet conclusively decided (the recovery period is the profile's 30 days).
    const early = new Set([
      'screening',
      'awaiting_reasonable_grounds',
      'recovery_period',
      'awaiting_conclusive_grounds',
    ]);
    const earlyShare = (cases: DemoCase[]): number =>
      cases.filter((c) => early.has(c.stage)).length / cases.length;
    const age = (c: DemoCase): number => (NOW.getTime() - Date.parse(c.firstContactAt)) / 86_400_000;
    expect(earlyShare(data.cases.filter((c) => age(c) < 60))).toBeGreaterThan(0.8);
    expect(earlyShare(data.cases.filter((c) => age(c) > 365))).toBeLessThan(0.1);
  });

  it('gives each case one to three distinct forms and a consistent place of exploitation', () => {
    for (const c of data.cases) {
      expect(c.exploitationForms.length).toBeGreaterThanOrEqual(1);
      expect(c.exploitationForms.length).toBeLessThanOrEqual(3);
      expect(new Set(c.exploitationForms).size).toBe(c.exploitationForms.length);
      if (c.exploitationPlace === 'in_country') expect(c.exploitationCountries).toEqual(['AT']);
      if (c.exploitationPlace === 'both') expect(c.exploitationCountries).toContain('AT');
      if (c.exploitationPlace === 'abroad') expect(c.exploitationCountries).not.toContain('AT');
    }
  });

  it('refers about 45 % through law enforcement and about a quarter through NGOs', () => {
    const kindById = new Map(data.organisations.map((o) => [o.id, o.kind]));
    const share = (kinds: readonly string[]): number =>
      data.cases.filter((c) => kinds.includes(kindById.get(c.referringOrgId) ?? '')).length /
      data.cases.length;
    expect(share(['police', 'border_guard', 'immigration_asylum'])).toBeGreaterThan(0.38);
    expect(share(['police', 'border_guard', 'immigration_asylum'])).toBeLessThan(0.52);
    expect(share(['ngo'])).toBeGreaterThan(0.19);
    expect(share(['ngo'])).toBeLessThan(0.31);
  });

  it("writes narratives in the person's language where a template exists", () => {
    const languages = new Set(data.cases.map((c) => c.narrativeLanguage));
    for (const lang of ['en', 'uk', 'ru', 'ro', 'ar', 'vi']) expect(languages, lang).toContain(lang);
    for (const c of data.cases) {
      const person = personById.get(c.personId);
      if (person?.preferredLanguage === 'uk') expect(c.narrativeLanguage).toBe('uk');
      if (c.narrativeLanguage === 'ar') expect(c.narrative).toMatch(ARABIC);
      expect(c.narrative.length).toBeGreaterThan(40);
    }
  });

  it('uses only reserved e-mail domains and unassignable phone numbers', () => {
    const emails = allStrings(data).filter((s) => s.includes('@'));
    expect(emails.length).toBeGreaterThan(100);
    for (const email of emails) expect(email).toMatch(/^[^@\s]+@[a-z0-9.-]+(\.example|\.example\.org)$/);
    for (const p of data.persons) {
      if (p.contact?.phone) expect(p.contact.phone).toMatch(/^\+000 /);
    }
    for (const o of data.organisations) expect(o.contactPhone).toMatch(/^\+000 /);
  });

  it(
    'uses the host country from the options',
    () => {
      const gb = generateDemoDataset({ seed: 1, persons: 400, now: NOW, country: 'gb' });
      expect(gb.hostCountry).toBe('GB');
      expect(gb.organisations.every((o) => o.country === 'GB')).toBe(true);
      const host = gb.persons.filter((p) => p.nationality === 'GB');
      expect(host.length / gb.persons.length).toBeGreaterThan(0.15);
      expect(host.every((p) => p.preferredLanguage === 'en')).toBe(true);
    },
    SLOW,
  );

  it('refuses invalid options', () => {
    expect(() => generateDemoDataset({ seed: 1, persons: -1, now: NOW })).toThrow();
    expect(() => generateDemoDataset({ seed: 1, persons: 1.5, now: NOW })).toThrow();
    expect(() => generateDemoDataset({ seed: 1, country: 'Austria', now: NOW })).toThrow();
  });
});
