import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encryptField } from '../src/crypto/index.js';
import {
  type Client,
  expectProblem,
  type InjectResponse,
  signIn,
  startTestApp,
  type TestApp,
  type TestUser,
} from './helpers/app.js';
import {
  day,
  type SeededCase,
  seedCase,
  seedNeeds,
  seedPlan,
  seedService,
  seedServiceReferral,
} from './helpers/caseload-fixtures.js';

/**
 * Right of access: the person's own data as a PDF in their language, printed by a case
 * worker on the team (or a child's guardian), audited; refused to everyone else. The PDF
 * is read back with pdftotext (poppler-utils), as letters.test.ts does.
 */

const GIVEN = 'Oksana';
const FAMILY = 'Copyperson';
const GOAL = 'Find a safe and quiet place to live';
const ACTION = 'Visit the women’s shelter with an interpreter';
const PRIORITIES = 'Хочу безпечне житло і роботу';
const NARRATIVE_CANARY = 'CANARY-STORY-NEVER-IN-COPY';

let t: TestApp;
let orgA: string;
let orgB: string;
let authority: string;
let shelterOrg: string;
let worker: TestUser;
let asWorker: Client;
let asShelter: Client;
let asOutsider: Client;
let asDecider: Client;
let asResponder: Client;
let asGuardian: Client;
let adult: SeededCase;
let child: SeededCase;

function pdfText(res: InjectResponse): string {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: res.rawPayload });
  return text.toString('utf8').replace(/\s+/g, ' ');
}

beforeAll(async () => {
  t = await startTestApp();
  orgA = await t.createOrganisation('ngo', 'Open Doors Copy');
  orgB = await t.createOrganisation('ngo', 'Elsewhere NGO');
  authority = await t.createOrganisation('competent_authority', 'Identification Authority');
  shelterOrg = await t.createOrganisation('shelter', 'Safe Harbour Shelter');
  worker = await t.createUser({ organisationId: orgA, roles: ['case_worker'] });
  asWorker = await signIn(t, worker);
  asShelter = await signIn(t, await t.createUser({ organisationId: shelterOrg, roles: ['case_worker'] }));
  asOutsider = await signIn(t, await t.createUser({ organisationId: orgB, roles: ['case_worker'] }));
  const decider = await t.createUser({ organisationId: authority, roles: ['identification_decision_maker'] });
  asDecider = await signIn(t, decider);
  asResponder = await signIn(t, await t.createUser({ organisationId: orgA, roles: ['first_responder'] }));
  const guardian = await t.createUser({ organisationId: orgB, roles: ['guardian'] });
  asGuardian = await signIn(t, guardian);

  adult = await seedCase(t, {
    leadOrgId: orgA,
    workerUserId: worker.id,
    stage: 'recovery_period',
    identity: { givenName: GIVEN, familyName: FAMILY },
    migrationStatus: 'asylum_seeker',
    vulnerabilities: ['pregnancy'],
    disabilities: ['physical'],
    team: [
      { organisationId: orgA, purpose: 'assistance' },
      { organisationId: authority, purpose: 'identification' },
      { organisationId: shelterOrg, purpose: 'accommodation' },
    ],
  });
  const { dataKey } = { dataKey: adult.key };
  await t.database.db
    .updateTable('cases')
    .set({
      narrative_enc: encryptField(
        dataKey,
        { table: 'cases', rowId: adult.caseId, field: 'narrative_enc' },
        NARRATIVE_CANARY,
      ),
    })
    .where('id', '=', adult.caseId)
    .execute();
  // Consents: one given, one given and withdrawn.
  for (const [purpose, recipient, revoked] of [
    ['identification_referral', null, false],
    ['share_with_provider', shelterOrg, true],
  ] as const) {
    await t.database.db
      .insertInto('consents')
      .values({
        id: randomUUID(),
        case_id: adult.caseId,
        person_id: adult.personId,
        purpose,
        recipient_org_id: recipient,
        language: 'uk',
        interpreter_used: true,
        method: 'written',
        given_at: new Date('2026-02-02T10:00:00Z'),
        recorded_by_user_id: worker.id,
        revoked_at: revoked ? new Date('2026-02-20T10:00:00Z') : null,
        revoked_by_user_id: revoked ? worker.id : null,
      })
      .execute();
  }
  const by = { byUserId: worker.id, byOrgId: orgA };
  const service = await seedService(t, {
    organisationId: shelterOrg,
    kind: 'shelter',
    name: 'Harbour women’s shelter',
  });
  await seedNeeds(t, adult, {
    ...by,
    priorities: PRIORITIES,
    needs: [
      { domain: 'accommodation', level: 'high', urgency: 'immediate' },
      { domain: 'employment', level: 'medium', urgency: 'within_month' },
    ],
  });
  await seedPlan(t, adult, {
    ...by,
    reviewDueOn: day(20),
    goals: [GOAL],
    actions: [
      {
        domain: 'accommodation',
        description: ACTION,
        ownerOrgId: shelterOrg,
        serviceId: service,
        dueOn: day(3),
        status: 'planned',
      },
    ],
  });
  await seedServiceReferral(t, adult, {
    serviceId: service,
    providerOrgId: shelterOrg,
    senderOrgId: orgA,
    senderUserId: worker.id,
    needDomain: 'accommodation',
    sentAt: new Date('2026-02-21T10:00:00Z'),
    status: 'accepted',
  });
  // The person's record was opened once: it shows in the access log.
  await asWorker.get(`/api/persons/${adult.personId}`);

  child = await seedCase(t, {
    leadOrgId: orgA,
    workerUserId: worker.id,
    child: true,
    preferredLanguage: 'ro',
  });
  await t.database.db
    .insertInto('guardian_appointments')
    .values({
      id: randomUUID(),
      case_id: child.caseId,
      requested_at: new Date(),
      guardian_user_id: guardian.id,
      appointed_at: new Date(),
    })
    .execute();
});

afterAll(async () => {
  await t?.close();
});

describe('GET /api/persons/:personId/own-data.pdf', () => {
  it('gives the person a PDF of their data in their language (Ukrainian), named by the reference only', async () => {
    const res = await asWorker.get(`/api/persons/${adult.personId}/own-data.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-language']).toBe('uk');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-disposition']).toBe(`inline; filename="own-data-${adult.reference}.pdf"`);
    expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(res);
    expect(text).toContain('Копія вашої інформації');
    expect(text).toContain(GIVEN);
    expect(text).toContain(FAMILY);
    expect(text).toContain('Шукач притулку'); // asylum seeker
    expect(text).toContain('Вагітність');
    expect(text).toContain('Передача організації, що надає допомогу'); // consent to share
    expect(text).toContain('відкликано'); // ...and its withdrawal
    expect(text).toContain(PRIORITIES);
    expect(text).toContain('План підтримки');
    expect(text).toContain(GOAL);
    expect(text).toContain(ACTION);
    expect(text).toContain('Harbour women’s shelter');
    expect(text).toContain('Хто переглядав або змінював цю інформацію');
    expect(text).toContain('Ваші права щодо цієї інформації');
    // The account of what happened is not part of this copy.
    expect(text).not.toContain(NARRATIVE_CANARY);
  });

  it('writes in the language asked for, Arabic right to left included', async () => {
    const en = pdfText(await asWorker.get(`/api/persons/${adult.personId}/own-data.pdf?locale=en`));
    expect(en).toContain('A copy of your information');
    expect(en).toContain('Support plan');
    const ar = await asWorker.get(`/api/persons/${adult.personId}/own-data.pdf?locale=ar`);
    expect(ar.headers['content-language']).toBe('ar');
    const text = pdfText(ar);
    expect(text).toMatch(/[\u0600-\u06FF]{4,}/);
    expect(text).toContain('حقوقك');
    expect(text).toContain(adult.reference);
    expect(text).toContain('Open Doors Copy');
  });

  it('refuses a language outside the ten', async () => {
    expectProblem(
      await asWorker.get(`/api/persons/${adult.personId}/own-data.pdf?locale=de`),
      400,
      'validation',
    );
  });

  it('audits every copy, with its language', async () => {
    const before = await t.database.db
      .selectFrom('audit_log')
      .select('seq')
      .where('action', '=', 'person.own_data_export')
      .execute();
    await asWorker.get(`/api/persons/${adult.personId}/own-data.pdf?locale=ro`);
    const rows = await t.database.db
      .selectFrom('audit_log')
      .select(['actor_user_id', 'subject_person_id', 'outcome', 'details'])
      .where('action', '=', 'person.own_data_export')
      .orderBy('seq', 'desc')
      .execute();
    expect(rows.length).toBe(before.length + 1);
    expect(rows[0]).toMatchObject({
      actor_user_id: worker.id,
      subject_person_id: adult.personId,
      outcome: 'success',
      details: { language: 'ro', cases: 1 },
    });
  });

  it('holds only what the printing organisation sees: a shelter’s copy leaves out the referral and decisions', async () => {
    const res = await asShelter.get(`/api/persons/${adult.personId}/own-data.pdf?locale=en`);
    expect(res.statusCode).toBe(200);
    const text = pdfText(res);
    expect(text).toContain(GOAL);
    expect(text).toContain(
      'Not in this copy, because Safe Harbour Shelter does not work with this part of the file',
    );
    expect(text).not.toContain('Referred by');
  });

  it('goes to the guardian for a child, printed by the guardian', async () => {
    const res = await asGuardian.get(`/api/persons/${child.personId}/own-data.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-language']).toBe('ro');
    const text = pdfText(res);
    expect(text).toContain('O copie a informațiilor despre copil');
    expect(text).toContain('Cazul copilului');
  });

  it('refuses analysts and system administrators (403), and answers 404 to anyone not working with the person', async () => {
    const analyst = await signIn(
      t,
      await t.createUser({ organisationId: orgA, roles: ['analyst'], mfa: false }),
    );
    expectProblem(await analyst.get(`/api/persons/${adult.personId}/own-data.pdf`), 403, 'forbidden');
    const admin = await signIn(t, await t.createUser({ organisationId: orgA, roles: ['system_admin'] }));
    expectProblem(await admin.get(`/api/persons/${adult.personId}/own-data.pdf`), 403, 'forbidden');
    // Another organisation's case worker, a decision maker (reads, does not work with the
    // person), a first responder, a guardian of another child: not found, as for a person they cannot see.
    for (const client of [asOutsider, asDecider, asResponder, asGuardian]) {
      expectProblem(await client.get(`/api/persons/${adult.personId}/own-data.pdf`), 404, 'not-found');
    }
    expectProblem(await asWorker.get(`/api/persons/${randomUUID()}/own-data.pdf`), 404, 'not-found');
    const denied = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'outcome'])
      .where('subject_person_id', '=', adult.personId)
      .where('outcome', '=', 'denied')
      .execute();
    expect(denied.length).toBeGreaterThanOrEqual(4);
  });
});
