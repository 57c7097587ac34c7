import {
  type Actor,
  authorize,
  isServiceKind,
  isServiceReferralStatus,
  matchAgeBand,
  minimumAge,
  type Relationship,
  type ServiceReferralAction,
  type ServiceReferralSide,
  serviceReferralActions,
  ZDeclineReason,
  ZNeedDomain,
  ZServiceOutcome,
} from '@opennrm/core';
import { type DataKey, decryptField, encryptField, type Keyring, openDataKey } from '../crypto/index.js';
import type { ServiceReferralView } from './schemas.js';
import type { Handle } from './service-store.js';

const iso = (value: Date | string | null): string | null => (value ? new Date(value).toISOString() : null);

type SealedField = 'message_enc' | 'response_note_enc';

/** Free text of a service referral is sealed with the person's data key, bound to its row and column. */
export function sealReferralText(key: DataKey, id: string, field: SealedField, text: string): string {
  return encryptField(key, { table: 'service_referrals', rowId: id, field }, text);
}

function unseal(key: DataKey, id: string, field: SealedField, ciphertext: string | null): string | null {
  return ciphertext === null
    ? null
    : decryptField(key, { table: 'service_referrals', rowId: id, field }, ciphertext);
}

export async function openKey(db: Handle, keyring: Keyring, dataKeyId: string): Promise<DataKey> {
  const row = await db
    .selectFrom('data_keys')
    .select(['id', 'kek_id', 'wrapped'])
    .where('id', '=', dataKeyId)
    .executeTakeFirstOrThrow();
  return openDataKey(keyring, row);
}

/** Service referrals with what a view needs: the service, both organisations, the person's groups. */
export function serviceReferralQuery(db: Handle, actorOrganisationId: string) {
  return db
    .selectFrom('service_referrals as r')
    .innerJoin('services as s', 's.id', 'r.service_id')
    .innerJoin('organisations as provider', 'provider.id', 'r.provider_org_id')
    .innerJoin('organisations as sender', 'sender.id', 'r.sent_by_org_id')
    .innerJoin('cases as c', 'c.id', 'r.case_id')
    .innerJoin('persons as p', 'p.id', 'c.person_id')
    .selectAll('r')
    .select([
      's.name as service_name',
      's.kind as service_kind',
      'provider.name as provider_name',
      'sender.name as sender_name',
      'c.reference as case_reference',
      'c.is_child',
      'c.person_id',
      'p.gender',
      'p.birth_year',
      'p.languages',
      'p.preferred_language',
      'p.vulnerabilities',
      'p.disabilities',
    ])
    .select((eb) =>
      eb
        .exists(
          eb
            .selectFrom('case_team as t')
            .select('t.case_id')
            .whereRef('t.case_id', '=', 'r.case_id')
            .where('t.organisation_id', '=', actorOrganisationId)
            .where('t.removed_at', 'is', null),
        )
        .as('on_case_team'),
    );
}
export type ServiceReferralRow = Awaited<
  ReturnType<ReturnType<typeof serviceReferralQuery>['executeTakeFirstOrThrow']>
>;

/**
 * The sides the actor stands on for a referral, each only when the policy allows it an
 * update there: the provider's staff (`own_organisation`), and the sending organisation
 * while it is on the case team (`case_team`).
 */
export function sidesOf(actor: Actor, row: ServiceReferralRow): ServiceReferralSide[] {
  const sides: ServiceReferralSide[] = [];
  const provider = new Set<Relationship>(
    row.provider_org_id === actor.organisationId ? ['own_organisation'] : [],
  );
  if (provider.size > 0 && authorize(actor, 'service_referral', 'update', provider).allowed)
    sides.push('provider');
  const team = new Set<Relationship>(row.on_case_team ? ['case_team'] : []);
  if (
    row.sent_by_org_id === actor.organisationId &&
    team.size > 0 &&
    authorize(actor, 'service_referral', 'update', team).allowed
  )
    sides.push('sender');
  return sides;
}

/** One referral as its reader sees it: the person's groups and needs, never the narrative or a name. */
export function serviceReferralView(
  row: ServiceReferralRow,
  key: DataKey,
  actor: Actor,
): ServiceReferralView {
  if (!isServiceReferralStatus(row.status) || !isServiceKind(row.service_kind))
    throw new Error('stored service referral has an unknown status or service kind');
  const actions = new Set<ServiceReferralAction>();
  for (const side of sidesOf(actor, row))
    for (const action of serviceReferralActions(row.status, side)) actions.add(action);
  const onTeam = Boolean(row.on_case_team);
  const languages = [
    ...new Set([...(row.preferred_language ? [row.preferred_language] : []), ...row.languages]),
  ];
  return {
    id: row.id,
    status: row.status,
    needDomain: ZNeedDomain.parse(row.need_domain),
    service: { id: row.service_id, name: row.service_name, kind: row.service_kind },
    provider: { id: row.provider_org_id, name: row.provider_name },
    sender: { id: row.sent_by_org_id, name: row.sender_name },
    basis: row.is_child ? 'child_protection' : 'consent',
    person: {
      gender: row.gender,
      ageBand: matchAgeBand({
        age: row.birth_year === null ? null : minimumAge(row.birth_year, new Date()),
        isChild: row.is_child,
      }),
      isChild: row.is_child,
      languages,
      specialNeeds: row.vulnerabilities,
      accessibilityNeeds: row.disabilities,
    },
    message: unseal(key, row.id, 'message_enc', row.message_enc),
    declineReason: row.decline_reason === null ? null : ZDeclineReason.parse(row.decline_reason),
    responseNote: unseal(key, row.id, 'response_note_enc', row.response_note_enc),
    outcome: row.outcome === null ? null : ZServiceOutcome.parse(row.outcome),
    sentAt: new Date(row.sent_at).toISOString(),
    respondedAt: iso(row.responded_at),
    startedAt: iso(row.started_at),
    endedAt: iso(row.ended_at),
    caseId: onTeam ? row.case_id : null,
    caseReference: onTeam ? row.case_reference : null,
    planActionId: row.plan_action_id,
    actions: [...actions],
  };
}
