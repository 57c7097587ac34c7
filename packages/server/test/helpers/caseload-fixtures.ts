import { randomInt, randomUUID } from 'node:crypto';
import { addCalendarDays, GENERIC_COE_EU_PROFILE, localDateOf } from '@opennrm/core';
import { insertPerson, type PersonIdentity } from '../../src/cases/person-store.js';
import { type DataKey, encryptField, encryptJson } from '../../src/crypto/index.js';
import type { TestApp } from './app.js';

/**
 * Direct inserts for the caseload tests, written the way the assistance and directory
 * modules store their records (free text sealed with the person's data key, AAD
 * table:row:column). Synthetic data only.
 */

/** A calendar date `offset` days from today, where the (default) country profile's deadlines run. */
export function day(offset: number): string {
  return addCalendarDays(localDateOf(new Date(), GENERIC_COE_EU_PROFILE.calendar.timeZone), offset);
}

export type SeededCase = {
  caseId: string;
  personId: string;
  reference: string;
  key: DataKey;
  dataKeyId: string;
};

export async function seedCase(
  t: TestApp,
  input: {
    leadOrgId: string;
    team?: { organisationId: string; purpose: string }[];
    workerUserId?: string | null;
    child?: boolean;
    stage?: string;
    closed?: boolean;
    region?: string;
    preferredLanguage?: string | null;
    identity?: Partial<PersonIdentity>;
    gender?: string;
    migrationStatus?: string | null;
    vulnerabilities?: string[];
    disabilities?: string[];
  },
): Promise<SeededCase> {
  const personId = randomUUID();
  const caseId = randomUUID();
  const reference = `NRM-2026-${String(randomInt(1_000_000)).padStart(6, '0')}`;
  let key: DataKey | null = null;
  let dataKeyId = '';
  await t.database.db.transaction().execute(async (trx) => {
    const created = await insertPerson(trx, t.keyring, {
      id: personId,
      identity: {
        givenName: 'Test',
        familyName: 'Person',
        aliases: [],
        dateOfBirth: input.child ? '2012-04-05' : '1991-04-05',
        contact: { phone: '+000 555 0142' },
        address: '3 Example Road',
        identityDocuments: [],
        ...input.identity,
      },
      demographics: {
        gender: input.gender ?? 'female',
        birthYear: input.child ? 2012 : 1991,
        ageUncertain: false,
        nationality: 'UA',
        languages: ['uk'],
        preferredLanguage: input.preferredLanguage === undefined ? 'uk' : input.preferredLanguage,
      },
      createdByOrgId: input.leadOrgId,
    });
    key = created.dataKey;
    const person = await trx
      .updateTable('persons')
      .set({
        migration_status: input.migrationStatus ?? null,
        vulnerabilities: input.vulnerabilities ?? [],
        disabilities: input.disabilities ?? [],
      })
      .where('id', '=', personId)
      .returning('data_key_id')
      .executeTakeFirstOrThrow();
    dataKeyId = person.data_key_id;
    await trx
      .insertInto('cases')
      .values({
        id: caseId,
        reference,
        person_id: personId,
        stage: input.stage ?? (input.closed ? 'closed' : 'referred'),
        is_child: input.child ?? false,
        exploitation_forms: ['forced_labour'],
        region: input.region ?? 'capital',
        referring_org_id: input.leadOrgId,
        lead_org_id: input.leadOrgId,
        first_contact_at: new Date(Date.now() - randomInt(1, 1000) * 60_000),
        case_worker_user_id: input.workerUserId ?? null,
        closed_at: input.closed ? new Date() : null,
        profile_id: GENERIC_COE_EU_PROFILE.id,
        profile_version: GENERIC_COE_EU_PROFILE.version,
      })
      .execute();
    for (const member of input.team ?? [{ organisationId: input.leadOrgId, purpose: 'assistance' }]) {
      await trx
        .insertInto('case_team')
        .values({ case_id: caseId, organisation_id: member.organisationId, purpose: member.purpose })
        .execute();
    }
  });
  if (!key) throw new Error('no data key');
  return { caseId, personId, reference, key, dataKeyId };
}

export type SeededAction = {
  domain: string;
  description?: string;
  ownerOrgId?: string | null;
  serviceId?: string | null;
  dueOn: string | null;
  status: string;
  completedOn?: string | null;
};

export async function seedPlan(
  t: TestApp,
  c: SeededCase,
  input: {
    byUserId: string;
    byOrgId: string;
    status?: 'current' | 'superseded';
    version?: number;
    reviewDueOn?: string | null;
    goals?: string[];
    agreement?: string;
    actions: SeededAction[];
  },
): Promise<{ planId: string; actionIds: string[] }> {
  const planId = randomUUID();
  const actionIds: string[] = [];
  await t.database.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('support_plans')
      .values({
        id: planId,
        case_id: c.caseId,
        version: input.version ?? 1,
        status: input.status ?? 'current',
        data_key_id: c.dataKeyId,
        goals_enc: encryptJson(
          c.key,
          { table: 'support_plans', rowId: planId, field: 'goals_enc' },
          input.goals ?? ['Feel safe'],
        ),
        agreement: input.agreement ?? 'agreed',
        agreed_on: day(-30),
        review_due_on: input.reviewDueOn ?? null,
        created_by_user_id: input.byUserId,
        created_by_org_id: input.byOrgId,
        created_at: new Date(),
      })
      .execute();
    let position = 0;
    for (const a of input.actions) {
      const id = randomUUID();
      actionIds.push(id);
      await trx
        .insertInto('plan_actions')
        .values({
          id,
          plan_id: planId,
          case_id: c.caseId,
          position: position++,
          domain: a.domain,
          description_enc: encryptField(
            c.key,
            { table: 'plan_actions', rowId: id, field: 'description_enc' },
            a.description ?? 'An action',
          ),
          owner_org_id: a.ownerOrgId ?? null,
          service_id: a.serviceId ?? null,
          due_on: a.dueOn,
          status: a.status,
          completed_on: a.completedOn ?? null,
        })
        .execute();
    }
  });
  return { planId, actionIds };
}

export async function seedRisk(
  t: TestApp,
  c: SeededCase,
  input: { byUserId: string; byOrgId: string; reviewDueOn: string; version?: number },
): Promise<string> {
  const id = randomUUID();
  await t.database.db
    .insertInto('risk_assessments')
    .values({
      id,
      case_id: c.caseId,
      version: input.version ?? 1,
      traffickers_risk: 'medium',
      retrafficking_risk: 'low',
      self_harm_risk: 'low',
      family_risk: 'low',
      overall: 'medium',
      data_key_id: c.dataKeyId,
      assessed_by_user_id: input.byUserId,
      assessed_by_org_id: input.byOrgId,
      assessed_at: new Date(),
      review_due_on: input.reviewDueOn,
    })
    .execute();
  return id;
}

export async function seedNeeds(
  t: TestApp,
  c: SeededCase,
  input: {
    byUserId: string;
    byOrgId: string;
    priorities?: string;
    needs: { domain: string; level: string; urgency: string }[];
  },
): Promise<string> {
  const id = randomUUID();
  await t.database.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('needs_assessments')
      .values({
        id,
        case_id: c.caseId,
        version: 1,
        data_key_id: c.dataKeyId,
        priorities_enc: input.priorities
          ? encryptField(
              c.key,
              { table: 'needs_assessments', rowId: id, field: 'priorities_enc' },
              input.priorities,
            )
          : null,
        priorities_language: input.priorities ? 'uk' : null,
        assessed_by_user_id: input.byUserId,
        assessed_by_org_id: input.byOrgId,
        assessed_at: new Date(),
      })
      .execute();
    for (const n of input.needs) {
      await trx
        .insertInto('assessed_needs')
        .values({
          assessment_id: id,
          case_id: c.caseId,
          domain: n.domain,
          level: n.level,
          urgency: n.urgency,
        })
        .execute();
    }
  });
  return id;
}

export async function seedService(
  t: TestApp,
  input: {
    organisationId: string;
    kind: string;
    name: string;
    regions?: string[];
    capacityTotal?: number | null;
    capacityFree?: number | null;
    capacityUpdatedAt?: Date | null;
    createdAt?: Date;
  },
): Promise<string> {
  const id = randomUUID();
  await t.database.db
    .insertInto('services')
    .values({
      id,
      organisation_id: input.organisationId,
      kind: input.kind,
      name: input.name,
      regions: input.regions ?? [],
      capacity_total: input.capacityTotal ?? null,
      capacity_free: input.capacityFree ?? null,
      capacity_updated_at: input.capacityUpdatedAt === undefined ? new Date() : input.capacityUpdatedAt,
      created_at: input.createdAt ?? new Date(),
    })
    .execute();
  return id;
}

export async function seedServiceReferral(
  t: TestApp,
  c: SeededCase,
  input: {
    serviceId: string;
    providerOrgId: string;
    senderOrgId: string;
    senderUserId: string;
    needDomain: string;
    sentAt: Date;
    status?: string;
  },
): Promise<string> {
  const id = randomUUID();
  await t.database.db
    .insertInto('service_referrals')
    .values({
      id,
      case_id: c.caseId,
      service_id: input.serviceId,
      provider_org_id: input.providerOrgId,
      need_domain: input.needDomain,
      data_key_id: c.dataKeyId,
      sent_by_user_id: input.senderUserId,
      sent_by_org_id: input.senderOrgId,
      sent_at: input.sentAt,
      status: input.status ?? 'sent',
    })
    .execute();
  return id;
}
