import type { Actor, CountryProfile } from '@opennrm/core';
import { type Kysely, sql } from 'kysely';
import { appendAudit } from '../audit/index.js';
import type { DB } from '../db/schema.js';
import { Problem, problems } from '../http/problem.js';
import { ACTIVE_PROFILE_SETTING, activeProfileId } from './store.js';
import { newestVersion, type ProfileVersionView, readProfileVersion } from './versions.js';

/**
 * Publishes a new version of a country profile (already validated by core
 * ZCountryProfile, so a recovery period under 30 days never gets here). The version
 * must be the next one (newest + 1, or 1 for a new id): an administrator who edited an
 * older version while someone else published gets a conflict, never a silent overwrite.
 * Stored versions are never changed: cases keep the version they started with.
 */
export async function publishProfileVersion(
  db: Kysely<DB>,
  actor: Actor,
  profile: CountryProfile,
  requestId: string,
): Promise<ProfileVersionView> {
  return db.transaction().execute(async (trx) => {
    // Two publications of one id take turns, so each sees the other's version.
    await sql`select pg_advisory_xact_lock(hashtextextended(${`country_profile:${profile.id}`}, 0))`.execute(
      trx,
    );
    const expected = (await newestVersion(trx, profile.id)) + 1;
    if (profile.version !== expected) {
      throw problems.conflict(
        `The next version of this profile is ${expected}: reload the newest version, apply your changes to it and publish again.`,
      );
    }
    await trx
      .insertInto('country_profiles')
      .values({
        id: profile.id,
        version: profile.version,
        definition: JSON.stringify(profile),
        created_by_user_id: actor.userId,
      })
      .execute();
    await appendAudit(trx, {
      actorKind: 'user',
      actorUserId: actor.userId,
      actorOrgId: actor.organisationId,
      action: 'country_profile.create',
      resourceType: 'country_profile',
      resourceId: `${profile.id}@${profile.version}`,
      outcome: 'success',
      requestId,
      details: {
        profileId: profile.id,
        version: profile.version,
        decisionStages: profile.decisionStages,
        recoveryPeriodDays: profile.recoveryPeriodDays,
        reasonableGroundsDeadlineWorkingDays: profile.reasonableGroundsDeadlineWorkingDays,
      },
    });
    const stored = await readProfileVersion(trx, profile);
    if (!stored) throw new Problem(500, 'internal', 'The profile version was not stored.');
    return stored;
  });
}

/** Makes `id` the profile new cases start under (its newest version); audited. */
export async function activateProfile(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  requestId: string,
): Promise<ProfileVersionView> {
  return db.transaction().execute(async (trx) => {
    const newest = await newestVersion(trx, id);
    if (newest === 0) throw problems.notFound('country profile');
    const previous = await activeProfileId(trx);
    await trx
      .insertInto('settings')
      .values({ key: ACTIVE_PROFILE_SETTING, value: JSON.stringify(id) })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(id), updated_at: new Date() }))
      .execute();
    await appendAudit(trx, {
      actorKind: 'user',
      actorUserId: actor.userId,
      actorOrgId: actor.organisationId,
      action: 'country_profile.update',
      resourceType: 'country_profile',
      resourceId: id,
      outcome: 'success',
      requestId,
      details: { activated: id, previous, version: newest },
    });
    const stored = await readProfileVersion(trx, { id, version: newest });
    if (!stored) throw new Problem(500, 'internal', 'The profile version was not stored.');
    return stored;
  });
}
