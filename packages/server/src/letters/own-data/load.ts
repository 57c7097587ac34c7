import {
  type Action,
  type Actor,
  type CaseSection,
  can,
  type Relationship,
  type Resource,
} from '@opennrm/core';
import type { Kysely, Transaction } from 'kysely';
import { openPersonIdentity, PERSON_IDENTITY_FIELDS, type PersonIdentity } from '../../cases/person-store.js';
import { caseRelationships, visibleSections } from '../../cases/relationships.js';
import { type DataKey, decryptField, type FieldAad, type Keyring, openDataKey } from '../../crypto/index.js';
import type { DB } from '../../db/schema.js';
import { currentCountryProfile } from '../../profiles/store.js';
import type { OrgContact } from '../compose.js';
import { childProtectionOrgName, guardianAppointed, orgContact } from '../load.js';

type Handle = Kysely<DB> | Transaction<DB>;

/** How many access-log entries the copy lists (the newest); the rest are counted. */
export const ACCESS_LOG_SHOWN = 60;

/**
 * Everything the person's own-data copy says, already decrypted. Each part is present
 * only when the organisation printing it sees that part of the case file (its purpose on
 * the team and its role, as on screen): the copy never shows the printer more than they
 * may see. `omitted` lists the parts left out, so the copy can say so.
 */
export type OwnData = {
  readonly personId: string;
  readonly preferredLanguage: string | null;
  readonly timeZone: string;
  readonly generatedAt: Date;
  readonly issuer: OrgContact;
  readonly isChild: boolean;
  readonly guardianAppointed: boolean;
  readonly childProtectionOrg: string | null;
  readonly identity: Partial<PersonIdentity> | null;
  readonly demographics: {
    readonly gender: string;
    readonly birthYear: number | null;
    readonly ageUncertain: boolean;
    readonly nationality: string | null;
    readonly languages: readonly string[];
    readonly preferredLanguage: string | null;
    readonly migrationStatus: string | null;
  } | null;
  readonly specialNeeds: {
    readonly vulnerabilities: readonly string[];
    readonly disabilities: readonly string[];
    readonly dependants: number | null;
  } | null;
  readonly cases: readonly OwnCase[];
  readonly accessLog: { readonly entries: readonly AccessEntry[]; readonly total: number };
  readonly omitted: readonly CaseSection[];
};

export type OwnCase = {
  readonly reference: string;
  readonly stage: string;
  readonly firstContactAt: Date;
  readonly lead: string;
  readonly consents:
    | readonly {
        purpose: string;
        recipient: string | null;
        givenAt: Date;
        revokedAt: Date | null;
      }[]
    | null;
  readonly referrals: readonly { referredAt: Date; referrer: string; authority: string }[] | null;
  readonly decisions:
    | readonly { stage: string; positive: boolean; decidedAt: Date; authority: string }[]
    | null;
  readonly recoveryPeriods: readonly { startsAt: Date; endsAt: Date; status: string }[] | null;
  readonly needs: {
    readonly assessedAt: Date;
    readonly priorities: string | null;
    readonly needs: readonly { domain: string; level: string; urgency: string }[];
  } | null;
  readonly plan: {
    readonly version: number;
    readonly createdAt: Date;
    readonly agreement: string;
    readonly agreedOn: string | null;
    readonly reviewDueOn: string | null;
    readonly goals: readonly string[];
    readonly actions: readonly {
      domain: string;
      description: string;
      owner: string | null;
      service: string | null;
      dueOn: string | null;
      status: string;
      completedOn: string | null;
    }[];
  } | null;
  readonly serviceReferrals:
    | readonly { service: string; provider: string; needDomain: string; status: string; sentAt: Date }[]
    | null;
  readonly advocate: { readonly name: string; readonly organisation: string } | null;
};

export type AccessEntry = {
  readonly at: Date;
  readonly organisation: string | null;
  /** What happened, as the copy puts it into words. */
  readonly what: 'viewed' | 'printed' | 'changed' | 'refused';
};

/** An audit action, in the few words a person needs: looked, printed, changed, or was refused. */
export function accessKind(action: string, outcome: string): AccessEntry['what'] {
  if (outcome === 'denied') return 'refused';
  if (/(^|[._])(letter|confirmation_letter|own_data_export|export)$/.test(action)) return 'printed';
  if (/\.(read|list)$/.test(action)) return 'viewed';
  return 'changed';
}

/** The resource whose role rule guards each part of the copy. */
const PART_RESOURCE: Readonly<Partial<Record<CaseSection, Resource>>> = {
  identity: 'person',
  contact: 'person',
  address: 'person',
  demographics: 'case',
  special_needs: 'case',
  referral: 'referral',
  decisions: 'decision',
  needs: 'needs_assessment',
  support_plan: 'support_plan',
  service_referrals: 'service_referral',
};
const PARTS = Object.keys(PART_RESOURCE) as CaseSection[];

/** Opens data keys once each: every record of one person is usually sealed with the same key. */
function keyCache(db: Handle, keyring: Keyring): (id: string) => Promise<DataKey> {
  const cache = new Map<string, DataKey>();
  return async (id) => {
    const known = cache.get(id);
    if (known) return known;
    const row = await db.selectFrom('data_keys').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const key = openDataKey(keyring, row);
    cache.set(id, key);
    return key;
  };
}

/** Free text, whether it was sealed raw or as a JSON string. */
function openText(key: DataKey, aad: FieldAad, sealed: string): string {
  const text = decryptField(key, aad, sealed);
  if (text.startsWith('"')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed === 'string') return parsed;
    } catch {
      // Raw text after all.
    }
  }
  return text;
}

/** A list of goals sealed as JSON (an array of strings), or a single text. */
function openList(key: DataKey, aad: FieldAad, sealed: string): string[] {
  const text = decryptField(key, aad, sealed);
  try {
    const parsed: unknown = JSON.parse(text);
    if (Array.isArray(parsed))
      return parsed.map((item) => (typeof item === 'string' ? item : JSON.stringify(item)));
    if (typeof parsed === 'string') return [parsed];
  } catch {
    // Raw text.
  }
  return [text];
}

const dateOnly = (value: Date | string | null): string | null =>
  value === null ? null : typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);

/**
 * Loads the person's own data as the actor may see it. Decrypts (so call it inside the
 * transaction that appends the audit entry). Null when the person does not exist.
 */
export async function loadOwnData(
  db: Handle,
  keyring: Keyring,
  actor: Actor,
  personId: string,
  hiddenFields: readonly string[],
  now = new Date(),
): Promise<OwnData | null> {
  const person = await db.selectFrom('persons').selectAll().where('id', '=', personId).executeTakeFirst();
  if (!person) return null;
  const profile = await currentCountryProfile(db);
  const keyOf = keyCache(db, keyring);

  const caseRows = await db
    .selectFrom('cases as c')
    .innerJoin('organisations as lead', 'lead.id', 'c.lead_org_id')
    .select(['c.id', 'c.reference', 'c.stage', 'c.is_child', 'c.first_contact_at', 'lead.name as lead_name'])
    .where('c.person_id', '=', personId)
    .orderBy('c.first_contact_at')
    .orderBy('c.id')
    .execute();

  // Which parts the actor sees on each of the person's cases (none on a case it is not on).
  const seen = new Set<CaseSection>();
  const cases: { row: (typeof caseRows)[number]; parts: Set<CaseSection>; rel: Set<Relationship> }[] = [];
  for (const row of caseRows) {
    const rel = await caseRelationships(db, actor, row.id);
    if (rel.size === 0) continue;
    const sections = await visibleSections(db, actor, row.id);
    const allowed = (resource: Resource, action: Action = 'read') => can(actor, resource, action, rel);
    const parts = new Set(PARTS.filter((s) => sections.has(s) && allowed(PART_RESOURCE[s] as Resource)));
    for (const p of parts) seen.add(p);
    cases.push({ row, parts, rel });
  }
  const isChild = cases.some((c) => c.row.is_child);
  const hidden = new Set(hiddenFields);

  let identity: Partial<PersonIdentity> | null = null;
  if (seen.has('identity') || seen.has('contact') || seen.has('address')) {
    const fields = PERSON_IDENTITY_FIELDS.filter((f) => {
      if (hidden.has(f)) return false;
      if (f === 'contact') return seen.has('contact');
      if (f === 'address') return seen.has('address');
      return seen.has('identity');
    });
    identity = await openPersonIdentity(db, keyring, person, fields);
  }

  const out: OwnCase[] = [];
  for (const { row, parts, rel } of cases) {
    const caseId = row.id;
    const consents = can(actor, 'consent', 'read', rel)
      ? (
          await db
            .selectFrom('consents as k')
            .leftJoin('organisations as o', 'o.id', 'k.recipient_org_id')
            .select(['k.purpose', 'o.name as recipient', 'k.given_at', 'k.revoked_at'])
            .where('k.case_id', '=', caseId)
            .orderBy('k.given_at')
            .orderBy('k.id')
            .execute()
        ).map((k) => ({
          purpose: k.purpose,
          recipient: k.recipient,
          givenAt: new Date(k.given_at),
          revokedAt: k.revoked_at ? new Date(k.revoked_at) : null,
        }))
      : null;

    const referrals = parts.has('referral')
      ? (
          await db
            .selectFrom('referrals as r')
            .innerJoin('organisations as ro', 'ro.id', 'r.referring_org_id')
            .innerJoin('organisations as co', 'co.id', 'r.competent_org_id')
            .select(['r.referred_at', 'ro.name as referrer', 'co.name as authority'])
            .where('r.case_id', '=', caseId)
            .orderBy('r.referred_at')
            .execute()
        ).map((r) => ({ referredAt: new Date(r.referred_at), referrer: r.referrer, authority: r.authority }))
      : null;

    let decisions: OwnCase['decisions'] = null;
    let recoveryPeriods: OwnCase['recoveryPeriods'] = null;
    if (parts.has('decisions')) {
      decisions = (
        await db
          .selectFrom('decisions as d')
          .innerJoin('organisations as o', 'o.id', 'd.decided_by_org_id')
          .select(['d.stage', 'd.positive', 'd.decided_at', 'o.name'])
          .where('d.case_id', '=', caseId)
          .orderBy('d.decided_at')
          .execute()
      ).map((d) => ({
        stage: d.stage,
        positive: d.positive,
        decidedAt: new Date(d.decided_at),
        authority: d.name,
      }));
      recoveryPeriods = (
        await db
          .selectFrom('recovery_periods')
          .select(['starts_at', 'ends_at', 'status'])
          .where('case_id', '=', caseId)
          .orderBy('starts_at')
          .execute()
      ).map((p) => ({ startsAt: new Date(p.starts_at), endsAt: new Date(p.ends_at), status: p.status }));
    }

    let needs: OwnCase['needs'] = null;
    if (parts.has('needs')) {
      const latest = await db
        .selectFrom('needs_assessments')
        .selectAll()
        .where('case_id', '=', caseId)
        .orderBy('version', 'desc')
        .executeTakeFirst();
      if (latest) {
        const rows = await db
          .selectFrom('assessed_needs')
          .select(['domain', 'level', 'urgency'])
          .where('assessment_id', '=', latest.id)
          .orderBy('domain')
          .execute();
        needs = {
          assessedAt: new Date(latest.assessed_at),
          priorities: latest.priorities_enc
            ? openText(
                await keyOf(latest.data_key_id),
                { table: 'needs_assessments', rowId: latest.id, field: 'priorities_enc' },
                latest.priorities_enc,
              )
            : null,
          needs: rows,
        };
      }
    }

    let plan: OwnCase['plan'] = null;
    if (parts.has('support_plan')) {
      const current = await db
        .selectFrom('support_plans')
        .selectAll()
        .where('case_id', '=', caseId)
        .where('status', '=', 'current')
        .orderBy('version', 'desc')
        .executeTakeFirst();
      if (current) {
        const key = await keyOf(current.data_key_id);
        const actions = await db
          .selectFrom('plan_actions as a')
          .leftJoin('organisations as o', 'o.id', 'a.owner_org_id')
          .leftJoin('services as s', 's.id', 'a.service_id')
          .select([
            'a.id',
            'a.domain',
            'a.description_enc',
            'o.name as owner',
            's.name as service',
            'a.due_on',
            'a.status',
            'a.completed_on',
          ])
          .where('a.plan_id', '=', current.id)
          .orderBy('a.position')
          .execute();
        plan = {
          version: current.version,
          createdAt: new Date(current.created_at),
          agreement: current.agreement,
          agreedOn: dateOnly(current.agreed_on),
          reviewDueOn: dateOnly(current.review_due_on),
          goals: openList(
            key,
            { table: 'support_plans', rowId: current.id, field: 'goals_enc' },
            current.goals_enc,
          ),
          actions: actions.map((a) => ({
            domain: a.domain,
            description: openText(
              key,
              { table: 'plan_actions', rowId: a.id, field: 'description_enc' },
              a.description_enc,
            ),
            owner: a.owner,
            service: a.service,
            dueOn: dateOnly(a.due_on),
            status: a.status,
            completedOn: dateOnly(a.completed_on),
          })),
        };
      }
    }

    const serviceReferrals = parts.has('service_referrals')
      ? (
          await db
            .selectFrom('service_referrals as r')
            .innerJoin('services as s', 's.id', 'r.service_id')
            .innerJoin('organisations as o', 'o.id', 'r.provider_org_id')
            .select(['s.name as service', 'o.name as provider', 'r.need_domain', 'r.status', 'r.sent_at'])
            .where('r.case_id', '=', caseId)
            .orderBy('r.sent_at')
            .execute()
        ).map((r) => ({
          service: r.service,
          provider: r.provider,
          needDomain: r.need_domain,
          status: r.status,
          sentAt: new Date(r.sent_at),
        }))
      : null;

    const advocateRow =
      parts.has('support_plan') && can(actor, 'advocate', 'read', rel)
        ? await db
            .selectFrom('advocates as a')
            .innerJoin('users as u', 'u.id', 'a.advocate_user_id')
            .innerJoin('organisations as o', 'o.id', 'a.advocate_org_id')
            .select(['u.display_name', 'o.name'])
            .where('a.case_id', '=', caseId)
            .where('a.ended_at', 'is', null)
            .orderBy('a.assigned_at', 'desc')
            .executeTakeFirst()
        : undefined;

    out.push({
      reference: row.reference,
      stage: row.stage,
      firstContactAt: new Date(row.first_contact_at),
      lead: row.lead_name,
      consents,
      referrals,
      decisions,
      recoveryPeriods,
      needs,
      plan,
      serviceReferrals,
      advocate: advocateRow ? { name: advocateRow.display_name, organisation: advocateRow.name } : null,
    });
  }

  const logRows = await db
    .selectFrom('audit_log as a')
    .leftJoin('organisations as o', 'o.id', 'a.actor_org_id')
    .select(['a.at', 'a.action', 'a.outcome', 'o.name'])
    .where('a.subject_person_id', '=', personId)
    .orderBy('a.seq', 'desc')
    .limit(ACCESS_LOG_SHOWN)
    .execute();
  const logTotal = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('subject_person_id', '=', personId)
    .executeTakeFirstOrThrow();

  const firstChild = cases.find((c) => c.row.is_child);
  return {
    personId,
    preferredLanguage: person.preferred_language,
    timeZone: profile.calendar.timeZone,
    generatedAt: now,
    issuer: await orgContact(db, actor.organisationId),
    isChild,
    guardianAppointed: firstChild ? await guardianAppointed(db, firstChild.row.id) : false,
    childProtectionOrg: firstChild ? await childProtectionOrgName(db, firstChild.row.id) : null,
    identity,
    demographics: seen.has('demographics')
      ? {
          gender: person.gender,
          birthYear: person.birth_year,
          ageUncertain: person.age_uncertain,
          nationality: person.nationality,
          languages: person.languages,
          preferredLanguage: person.preferred_language,
          migrationStatus: person.migration_status,
        }
      : null,
    specialNeeds: seen.has('special_needs')
      ? {
          vulnerabilities: person.vulnerabilities,
          disabilities: person.disabilities,
          dependants: person.dependants,
        }
      : null,
    cases: out,
    accessLog: {
      entries: logRows.map((r) => ({
        at: new Date(r.at),
        organisation: r.name,
        what: accessKind(r.action, r.outcome),
      })),
      total: Number(logTotal.n),
    },
    omitted: PARTS.filter((p) => !seen.has(p)),
  };
}
