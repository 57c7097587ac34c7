import { beforeAll, describe, expect, it, vi } from 'vitest';
import { generateDemoDataset } from './generate.js';
import { PLANTED_SHELTER_SEARCHES, SHELTER_SEARCH_LEAD, SHELTER_SEARCH_SHELTER } from './journeys.js';
import type { DemoDataset } from './types.js';
import { SEXUAL_FORMS } from './vocabulary.js';

const NOW = new Date('2026-05-01T00:00:00.000Z');
const SLOW = 120_000;
vi.setConfig({ testTimeout: SLOW });

const ASSISTED = ['recovery_period', 'awaiting_conclusive_grounds', 'identified'];

/** The cases the issue 4 journey can use: open, adult men, sexual exploitation, led by the NGO, shelter untouched. */
function shelterSearches(data: DemoDataset) {
  const orgId = (key: string): string => data.organisations.find((o) => o.key === key)?.id ?? '';
  const lead = orgId(SHELTER_SEARCH_LEAD);
  const shelter = orgId(SHELTER_SEARCH_SHELTER);
  const personById = new Map(data.persons.map((p) => [p.id, p]));
  return data.cases.filter(
    (c) =>
      c.leadOrgId === lead &&
      c.closedAt === null &&
      !c.isChild &&
      ASSISTED.includes(c.stage) &&
      personById.get(c.personId)?.gender === 'male' &&
      c.exploitationForms.some((f) => SEXUAL_FORMS.includes(f)) &&
      !data.consents.some(
        (k) => k.caseId === c.id && k.purpose === 'share_with_provider' && k.recipientOrgId === shelter,
      ) &&
      !data.serviceReferrals.some((r) => r.caseId === c.id && r.providerOrgId === shelter) &&
      !data.caseTeam.some((t) => t.caseId === c.id && t.organisationId === shelter),
  );
}

describe('planted shelter searches (issue 4 journey)', () => {
  let data: DemoDataset;
  beforeAll(() => {
    data = generateDemoDataset({ seed: 2026, now: NOW });
  }, SLOW);

  it('gives the NGO of caseworker@ a few open cases of adult men in sexual exploitation, not yet shared with or referred to the men’s shelter', () => {
    const found = shelterSearches(data);
    expect(found.length).toBeGreaterThanOrEqual(3);
    expect(found.length).toBeLessThanOrEqual(5);
    // Referred, and carried by the caseworker@ demo account.
    const caseworker = data.users.find((u) => u.email === 'caseworker@opennrm.example');
    const theirs = found.filter((c) => c.caseWorkerUserId === caseworker?.id);
    expect(theirs.length).toBeGreaterThanOrEqual(3);
    for (const c of found) expect(c.profileId).not.toBeNull();
  });

  it('keeps men in sexual exploitation rare overall (the known bias)', () => {
    const personById = new Map(data.persons.map((p) => [p.id, p]));
    const men = data.cases.filter((c) => !c.isChild && personById.get(c.personId)?.gender === 'male');
    const sexual = men.filter((c) => c.exploitationForms.some((f) => SEXUAL_FORMS.includes(f)));
    expect(sexual.length / men.length).toBeLessThan(0.06);
  });

  it('holds on other days and seeds too', () => {
    const other = generateDemoDataset({ seed: 7, now: new Date('2026-11-29T00:00:00.000Z') });
    expect(shelterSearches(other).length).toBeGreaterThanOrEqual(PLANTED_SHELTER_SEARCHES);
  });
});
