import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Client,
  expectProblem,
  type InjectResponse,
  signIn,
  startTestApp,
  type TestApp,
} from './helpers/app.js';
import {
  appointGuardian,
  createOrganisationWithContact,
  type LetterCase,
  seedDecision,
  seedReferredCase,
} from './helpers/letters-fixtures.js';

/**
 * Letters (PDF): the referral confirmation and the decision letters, in the person's
 * language, for a child to the guardian. The PDF is read back with pdftotext
 * (poppler-utils), so these tests check what a person would actually read.
 */

const NARRATIVE = 'CANARY-NARRATIVE recruited with a false promise of hotel work';
const GIVEN_NAME = 'Zoryana';
const REASONS_RG = 'The account is consistent and detailed. Indicators of deceptive recruitment are present.';

let t: TestApp;
let referrerOrg: string;
let authorityOrg: string;
let childProtectionOrg: string;
let outsiderOrg: string;
let referrer: Client;
let decider: Client;
let outsider: Client;
let analyst: Client;
let deciderUserId: string;
let adult: LetterCase;

function pdfText(res: InjectResponse): string {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: res.rawPayload });
  return text.toString('utf8').replace(/\s+/g, ' ');
}

async function auditRows(action: string, resourceId: string) {
  return t.database.db
    .selectFrom('audit_log')
    .select(['actor_org_id', 'subject_person_id', 'outcome', 'details'])
    .where('action', '=', action)
    .where('resource_id', '=', resourceId)
    .execute();
}

beforeAll(async () => {
  t = await startTestApp();
  referrerOrg = await createOrganisationWithContact(t, {
    kind: 'ngo',
    name: 'Harbour Support Centre',
    email: 'help@harbour.example',
    phone: '+43 1 555 0101',
  });
  authorityOrg = await createOrganisationWithContact(t, {
    kind: 'competent_authority',
    name: 'Identification Authority West',
    email: 'nrm@authority.example',
    phone: '+43 1 555 0200',
  });
  childProtectionOrg = await createOrganisationWithContact(t, {
    kind: 'child_protection',
    name: 'Kinderschutz Mitte',
  });
  outsiderOrg = await createOrganisationWithContact(t, { kind: 'ngo', name: 'Elsewhere Outreach' });

  const referrerUser = await t.createUser({ organisationId: referrerOrg, roles: ['first_responder'] });
  const deciderUser = await t.createUser({
    organisationId: authorityOrg,
    roles: ['identification_decision_maker'],
  });
  deciderUserId = deciderUser.id;
  referrer = await signIn(t, referrerUser);
  decider = await signIn(t, deciderUser);
  outsider = await signIn(t, await t.createUser({ organisationId: outsiderOrg, roles: ['case_worker'] }));
  analyst = await signIn(t, await t.createUser({ organisationId: referrerOrg, roles: ['analyst'] }));

  adult = await seedReferredCase(t, {
    referrerOrgId: referrerOrg,
    referrerUserId: referrerUser.id,
    authorityOrgId: authorityOrg,
    preferredLanguage: 'uk',
    narrative: NARRATIVE,
    givenName: GIVEN_NAME,
    interpreterLanguage: 'uk',
  });
});

afterAll(async () => {
  await t?.close();
});

describe('GET /api/referrals/:id/confirmation.pdf', () => {
  it('serves a PDF inline, not cached, named by the case reference only', async () => {
    const res = await referrer.get(`/api/referrals/${adult.referralId}/confirmation.pdf`);

    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-disposition']).toBe(
      `inline; filename="referral-confirmation-${adult.reference}.pdf"`,
    );
    expect(String(res.headers['content-disposition'])).not.toContain(GIVEN_NAME);
    expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('writes to the person in their preferred language (Ukrainian) with rights, contacts and next steps', async () => {
    const res = await referrer.get(`/api/referrals/${adult.referralId}/confirmation.pdf`);
    const text = pdfText(res);

    expect(res.headers['content-language']).toBe('uk');
    expect(text).toContain('Підтвердження вашого направлення');
    expect(text).toContain('Ваші права');
    expect(text).toContain(adult.reference);
    expect(text).toContain('Harbour Support Centre');
    expect(text).toContain('help@harbour.example');
    expect(text).toContain('+43 1 555 0101');
    expect(text).toContain('Identification Authority West');
    // Date of referral and the reasonable-grounds target from the case's profile (5 working days).
    expect(text).toContain('2 березня 2026');
    expect(text).toContain('5 робочих днів');
    expect(text).toContain('9 березня 2026');
    // Recovery period of the profile, assistance regardless of the police, legal aid, interpreter.
    expect(text).toContain('щонайменше 30 днів');
    expect(text).toContain('з поліцією');
    expect(text).toContain('безоплатну правову допомогу');
    expect(text).toContain('перекладач');
    // Who can see the data, and that consent can be withdrawn.
    expect(text).toContain('відкликати');
  });

  it('holds no narrative, no name and no form of exploitation', async () => {
    const res = await referrer.get(`/api/referrals/${adult.referralId}/confirmation.pdf?lang=en`);
    const text = pdfText(res);

    expect(text).toContain('Your rights');
    expect(text).not.toContain('CANARY');
    expect(text).not.toContain('hotel');
    expect(text).not.toContain(GIVEN_NAME);
    expect(text).not.toContain('Synthetic');
    expect(text).not.toMatch(/forced labour|domestic servitude|deception/i);
    expect(text).toContain('does not describe what happened to you');
  });

  it('writes Arabic right to left, with the Latin reference and names kept whole', async () => {
    const res = await referrer.get(`/api/referrals/${adult.referralId}/confirmation.pdf?lang=ar`);
    const text = pdfText(res);

    expect(res.headers['content-language']).toBe('ar');
    expect(text).toMatch(/[\u0600-\u06FF]{4,}/);
    expect(text).toContain('حقوقك');
    expect(text).toContain(adult.reference);
    expect(text).toContain('Harbour Support Centre');
  });

  it('writes each of the ten languages when asked', async () => {
    const expected: Record<string, string> = {
      en: 'Your rights',
      uk: 'Ваші права',
      ru: 'Ваши права',
      ro: 'Drepturile dumneavoastră',
      sq: 'Të drejtat tuaja',
      ar: 'حقوقك',
      fr: 'Vos droits',
      es: 'Sus derechos',
      tr: 'Haklarınız',
      vi: 'Quyền của bạn',
    };
    for (const [lang, heading] of Object.entries(expected)) {
      const res = await referrer.get(`/api/referrals/${adult.referralId}/confirmation.pdf?lang=${lang}`);
      expect(res.statusCode, lang).toBe(200);
      const text = pdfText(res);
      expect(text, lang).toContain(heading);
      expect(text, lang).toContain(adult.reference);
    }
  });

  it('falls back to English for a preferred language that has no letters', async () => {
    const tigrinya = await seedReferredCase(t, {
      referrerOrgId: referrerOrg,
      referrerUserId: (await t.createUser({ organisationId: referrerOrg, roles: ['first_responder'] })).id,
      authorityOrgId: authorityOrg,
      preferredLanguage: 'ti',
    });
    const res = await referrer.get(`/api/referrals/${tigrinya.referralId}/confirmation.pdf`);

    expect(res.headers['content-language']).toBe('en');
    expect(pdfText(res)).toContain('Confirmation of your referral');
  });

  it('refuses a language outside the ten', async () => {
    const res = await referrer.get(`/api/referrals/${adult.referralId}/confirmation.pdf?lang=de`);
    expectProblem(res, 400, 'validation');
  });

  it('writes a child’s confirmation to the guardian to be appointed, care of child protection', async () => {
    const child = await seedReferredCase(t, {
      referrerOrgId: referrerOrg,
      referrerUserId: deciderUserId,
      authorityOrgId: authorityOrg,
      team: [{ organisationId: childProtectionOrg, purpose: 'child_protection' }],
      preferredLanguage: 'en',
      child: true,
    });
    const before = pdfText(await referrer.get(`/api/referrals/${child.referralId}/confirmation.pdf`));

    expect(before).toContain('To the guardian to be appointed, in the care of Kinderschutz Mitte');
    expect(before).toContain('Confirmation of a child’s referral');
    expect(before).toContain('A child does not need to agree to be referred');
    expect(before).toContain('For the child');
    expect(before).toContain('You get help whether or not you talk to the police.');
    expect(before).not.toContain('Your rights');

    const guardian = await t.createUser({ organisationId: childProtectionOrg, roles: ['guardian'] });
    await appointGuardian(t, child.caseId, guardian.id);
    const after = pdfText(await referrer.get(`/api/referrals/${child.referralId}/confirmation.pdf`));

    expect(after).toContain('To the guardian of the child');
  });

  it('lets the child’s appointed guardian open it, and no other guardian', async () => {
    const child = await seedReferredCase(t, {
      referrerOrgId: referrerOrg,
      referrerUserId: deciderUserId,
      authorityOrgId: authorityOrg,
      preferredLanguage: 'uk',
      child: true,
    });
    const guardianOrg = await createOrganisationWithContact(t, { kind: 'ngo', name: 'Guardianship Service' });
    const appointed = await t.createUser({ organisationId: guardianOrg, roles: ['guardian'] });
    const other = await t.createUser({ organisationId: guardianOrg, roles: ['guardian'] });
    await appointGuardian(t, child.caseId, appointed.id);
    const url = `/api/referrals/${child.referralId}/confirmation.pdf`;

    const res = await (await signIn(t, appointed)).get(url);
    expect(res.statusCode).toBe(200);
    expect(pdfText(res)).toContain('Опікунові дитини');
    expectProblem(await (await signIn(t, other)).get(url), 404, 'not-found');
  });

  it('audits every generation with the language, against the person', async () => {
    await decider.get(`/api/referrals/${adult.referralId}/confirmation.pdf?lang=ro`);
    const rows = await auditRows('referral.confirmation_letter', adult.referralId);

    expect(rows.length).toBeGreaterThanOrEqual(1);
    expect(rows).toContainEqual(
      expect.objectContaining({
        actor_org_id: authorityOrg,
        subject_person_id: adult.personId,
        outcome: 'success',
        details: expect.objectContaining({ language: 'ro' }),
      }),
    );
  });

  it('answers not found to an organisation that is not on the case team, and audits the refusal', async () => {
    const res = await outsider.get(`/api/referrals/${adult.referralId}/confirmation.pdf`);

    expectProblem(res, 404, 'not-found');
    const denied = await auditRows('referral.read', adult.referralId);
    expect(denied).toContainEqual(expect.objectContaining({ actor_org_id: outsiderOrg, outcome: 'denied' }));
  });

  it('refuses an analyst outright', async () => {
    const res = await analyst.get(`/api/referrals/${adult.referralId}/confirmation.pdf`);
    expectProblem(res, 403, 'forbidden');
  });

  it('answers not found for a referral that does not exist', async () => {
    const res = await referrer.get('/api/referrals/00000000-0000-4000-8000-000000000000/confirmation.pdf');
    expectProblem(res, 404, 'not-found');
  });
});

describe('GET /api/decisions/:id/letter.pdf', () => {
  it('explains a positive reasonable-grounds decision: the recovery period dates and no removal', async () => {
    const { decisionId } = await seedDecision(t, {
      caseId: adult.caseId,
      authorityOrgId: authorityOrg,
      deciderUserId,
      stage: 'reasonable_grounds',
      outcome: 'positive',
      positive: true,
      reasons: REASONS_RG,
      recovery: { startsAt: new Date('2026-03-06T14:00:00Z'), endsAt: new Date('2026-04-05T21:59:59Z') },
    });
    const res = await decider.get(`/api/decisions/${decisionId}/letter.pdf?lang=en`);
    const text = pdfText(res);

    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-disposition']).toBe(
      `inline; filename="decision-reasonable-grounds-${adult.reference}.pdf"`,
    );
    expect(text).toContain('Decision on reasonable grounds');
    expect(text).toContain('Positive: there are reasonable grounds');
    expect(text).toContain('6 March 2026');
    expect(text).toContain('Identification Authority West');
    expect(text).toContain('nrm@authority.example');
    expect(text).toContain('runs from 6 March 2026 to 5 April 2026');
    expect(text).toContain('you cannot be removed from the country');
    // The reasons are for the person: decrypted into the letter.
    expect(text).toContain('Indicators of deceptive recruitment are present.');
    expect(text).not.toContain('If you disagree');
    expect(text).not.toContain('CANARY');
  });

  it('writes the decision letter in the person’s language by default', async () => {
    const { decisionId } = await seedDecision(t, {
      caseId: adult.caseId,
      authorityOrgId: authorityOrg,
      deciderUserId,
      stage: 'reasonable_grounds',
      outcome: 'positive',
      positive: true,
      reasons: REASONS_RG,
      recovery: { startsAt: new Date('2026-03-06T14:00:00Z'), endsAt: new Date('2026-04-05T21:59:59Z') },
    });
    const text = pdfText(await referrer.get(`/api/decisions/${decisionId}/letter.pdf`));

    expect(text).toContain('Рішення щодо обґрунтованих підстав');
    expect(text).toContain('вас не можуть видворити з країни');
    expect(text).toContain(adult.reference);
  });

  it('tells a person with a negative decision how to ask for reconsideration and about free legal aid', async () => {
    const { decisionId } = await seedDecision(t, {
      caseId: adult.caseId,
      authorityOrgId: authorityOrg,
      deciderUserId,
      stage: 'conclusive_grounds',
      outcome: 'not_trafficking',
      positive: false,
      reasons: 'The information available does not meet the standard at this time.',
      decidedAt: new Date('2026-05-12T10:00:00Z'),
    });
    const text = pdfText(await decider.get(`/api/decisions/${decisionId}/letter.pdf?lang=en`));

    expect(text).toContain('Decision on conclusive grounds');
    expect(text).toContain('Not identified as a victim of human trafficking');
    expect(text).toContain('If you disagree with this decision');
    expect(text).toContain('reconsideration');
    expect(text).toContain('Harbour Support Centre');
    expect(text).toContain('help@harbour.example');
    expect(text).toContain('free legal advice');
    expect(text).toContain('does not meet the standard');
  });

  it('gives the ground and reason when the recovery period was withheld', async () => {
    const { decisionId } = await seedDecision(t, {
      caseId: adult.caseId,
      authorityOrgId: authorityOrg,
      deciderUserId,
      stage: 'reasonable_grounds',
      outcome: 'positive',
      positive: true,
      reasons: REASONS_RG,
      recovery: {
        startsAt: new Date('2026-03-06T14:00:00Z'),
        endsAt: new Date('2026-04-05T21:59:59Z'),
        withheld: { ground: 'public_order', reason: 'Synthetic public order reason for the test.' },
      },
    });
    const text = pdfText(await decider.get(`/api/decisions/${decisionId}/letter.pdf?lang=en`));

    expect(text).toContain('has not been granted, on the ground of public order');
    expect(text).toContain('Synthetic public order reason for the test.');
    expect(text).toContain('If you disagree with this decision');
    expect(text).not.toContain('you cannot be removed');
  });

  it('addresses a child’s decision letter to the guardian, with words for the child', async () => {
    const child = await seedReferredCase(t, {
      referrerOrgId: referrerOrg,
      referrerUserId: deciderUserId,
      authorityOrgId: authorityOrg,
      team: [{ organisationId: childProtectionOrg, purpose: 'child_protection' }],
      preferredLanguage: 'ar',
      child: true,
    });
    const guardian = await t.createUser({ organisationId: childProtectionOrg, roles: ['guardian'] });
    await appointGuardian(t, child.caseId, guardian.id);
    const { decisionId } = await seedDecision(t, {
      caseId: child.caseId,
      authorityOrgId: authorityOrg,
      deciderUserId,
      stage: 'reasonable_grounds',
      outcome: 'positive',
      positive: true,
      reasons: REASONS_RG,
      recovery: { startsAt: new Date('2026-03-06T14:00:00Z'), endsAt: new Date('2026-04-05T21:59:59Z') },
    });

    const english = pdfText(await decider.get(`/api/decisions/${decisionId}/letter.pdf?lang=en`));
    expect(english).toContain('To the guardian of the child');
    expect(english).toContain('the child may be a victim of human trafficking');
    expect(english).toContain('the child cannot be removed from the country');
    expect(english).toContain('For the child');

    const arabic = await decider.get(`/api/decisions/${decisionId}/letter.pdf`);
    expect(arabic.headers['content-language']).toBe('ar');
    expect(pdfText(arabic)).toContain('الطفل');
  });

  it('lets the child’s appointed guardian open the decision letter', async () => {
    const child = await seedReferredCase(t, {
      referrerOrgId: referrerOrg,
      referrerUserId: deciderUserId,
      authorityOrgId: authorityOrg,
      preferredLanguage: 'fr',
      child: true,
    });
    const guardianOrg = await createOrganisationWithContact(t, { kind: 'ngo', name: 'Tutelle Ouest' });
    const guardian = await t.createUser({ organisationId: guardianOrg, roles: ['guardian'] });
    await appointGuardian(t, child.caseId, guardian.id);
    const { decisionId } = await seedDecision(t, {
      caseId: child.caseId,
      authorityOrgId: authorityOrg,
      deciderUserId,
      stage: 'conclusive_grounds',
      outcome: 'not_trafficking',
      positive: false,
      reasons: 'Synthetic reasons.',
    });

    const res = await (await signIn(t, guardian)).get(`/api/decisions/${decisionId}/letter.pdf`);
    const text = pdfText(res);
    expect(res.statusCode).toBe(200);
    expect(text).toContain('À l’attention du tuteur ou de la tutrice de l’enfant');
    expect(text).toContain('Si vous n’êtes pas d’accord avec cette décision');
  });

  it('audits every generation, against the person', async () => {
    const { decisionId } = await seedDecision(t, {
      caseId: adult.caseId,
      authorityOrgId: authorityOrg,
      deciderUserId,
      stage: 'conclusive_grounds',
      outcome: 'trafficking',
      positive: true,
      reasons: 'Synthetic reasons.',
    });
    await referrer.get(`/api/decisions/${decisionId}/letter.pdf?lang=vi`);
    const rows = await auditRows('decision.letter', decisionId);

    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actor_org_id: referrerOrg,
      subject_person_id: adult.personId,
      outcome: 'success',
      details: expect.objectContaining({ language: 'vi', stage: 'conclusive_grounds' }),
    });
  });

  it('answers not found to an organisation that is not on the case team', async () => {
    const { decisionId } = await seedDecision(t, {
      caseId: adult.caseId,
      authorityOrgId: authorityOrg,
      deciderUserId,
      stage: 'conclusive_grounds',
      outcome: 'trafficking',
      positive: true,
      reasons: 'Synthetic reasons.',
    });
    const res = await outsider.get(`/api/decisions/${decisionId}/letter.pdf`);

    expectProblem(res, 404, 'not-found');
    expect(await auditRows('decision.letter', decisionId)).toHaveLength(0);
    expect(await auditRows('decision.read', decisionId)).toContainEqual(
      expect.objectContaining({ actor_org_id: outsiderOrg, outcome: 'denied' }),
    );
  });

  it('refuses an analyst outright', async () => {
    const res = await analyst.get('/api/decisions/00000000-0000-4000-8000-000000000000/letter.pdf');
    expectProblem(res, 403, 'forbidden');
  });
});
