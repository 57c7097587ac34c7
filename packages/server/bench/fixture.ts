import { randomUUID } from 'node:crypto';
import { hashPassword } from '../src/access/passwords.js';
import { createSession } from '../src/access/sessions.js';
import { insertPerson } from '../src/cases/person-store.js';
import type { Keyring } from '../src/crypto/index.js';
import type { Database } from '../src/db/connect.js';
import type { Config } from '../src/platform/config.js';

export type BenchFixture = {
  /** `nrm_session=<token>` of a case worker whose session has passed MFA. */
  readonly cookie: string;
  readonly personIds: readonly string[];
};

/**
 * A small synthetic fixture: one NGO, one case worker (not a demo account, MFA
 * enrolled, with a session already verified — so no demo shortcut is measured),
 * and `persons` persons, each with a case whose team is that NGO.
 */
export async function seedBenchFixture(
  database: Database,
  keyring: Keyring,
  config: Config,
  persons: number,
): Promise<BenchFixture> {
  const { db } = database;
  const orgId = randomUUID();
  await db
    .insertInto('organisations')
    .values({ id: orgId, name: 'Bench NGO', kind: 'ngo', country: 'AT', region: 'capital' })
    .execute();
  const userId = randomUUID();
  await db
    .insertInto('users')
    .values({
      id: userId,
      organisation_id: orgId,
      email: `bench-${userId.slice(0, 8)}@bench.example`,
      display_name: 'Bench Caseworker',
      roles: ['case_worker'],
      password_hash: await hashPassword(randomUUID()),
      mfa_enrolled_at: new Date(),
    })
    .execute();

  const personIds: string[] = [];
  const batch = 100;
  for (let start = 0; start < persons; start += batch) {
    await db.transaction().execute(async (trx) => {
      for (let i = start; i < Math.min(start + batch, persons); i++) {
        const personId = randomUUID();
        const caseId = randomUUID();
        await insertPerson(trx, keyring, {
          id: personId,
          identity: {
            givenName: `Given${i}`,
            familyName: `Family${i}`,
            aliases: [],
            dateOfBirth: '1990-02-03',
            contact: { phone: '+000 555 0101' },
            address: `${i} Bench Street`,
            identityDocuments: [],
          },
          demographics: {
            gender: i % 2 ? 'female' : 'male',
            birthYear: 1980 + (i % 30),
            ageUncertain: false,
            nationality: 'UA',
            languages: ['uk'],
            preferredLanguage: 'uk',
          },
          createdByOrgId: orgId,
        });
        await trx
          .insertInto('cases')
          .values({
            id: caseId,
            reference: `NRM-BENCH-${String(i).padStart(6, '0')}`,
            person_id: personId,
            stage: 'referred',
            is_child: false,
            exploitation_forms: ['forced_labour'],
            region: 'capital',
            referring_org_id: orgId,
            lead_org_id: orgId,
            first_contact_at: new Date(),
          })
          .execute();
        await trx
          .insertInto('case_team')
          .values({ case_id: caseId, organisation_id: orgId, purpose: 'assistance' })
          .execute();
        personIds.push(personId);
      }
    });
  }

  const { token } = await createSession(
    db,
    userId,
    { idleSeconds: config.sessionIdleSeconds, absoluteSeconds: config.sessionAbsoluteSeconds },
    { mfaVerified: true },
  );
  return { cookie: `nrm_session=${token}`, personIds };
}
