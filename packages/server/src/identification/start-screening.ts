import { randomUUID } from 'node:crypto';
import {
  type Actor,
  answersOutsideScreen,
  type ScreeningAnswers,
  SHORT_SCREEN_VERSION,
  screeningChildStatus,
  screeningScreen,
} from '@opennrm/core';
import type { Kysely, Transaction } from 'kysely';
import { appendAudit } from '../audit/index.js';
import { createDataKey, type Keyring } from '../crypto/index.js';
import type { DB } from '../db/schema.js';
import { type Problem, problems } from '../http/problem.js';
import { completion } from './conclusion-values.js';
import type { ScreeningPerson, ScreeningStart } from './schemas.js';
import {
  findScreening,
  findScreeningByClientRef,
  openAnswers,
  openPerson,
  screeningKey,
  sealAnswers,
  sealScreeningField,
} from './screening-store.js';

export type StartOutcome =
  | { readonly kind: 'created'; readonly id: string }
  /** The client reference was submitted before by this organisation: nothing new was written. */
  | { readonly kind: 'existing'; readonly id: string }
  | { readonly kind: 'refused'; readonly problem: Problem };

/** An offline device's clock may run a little ahead; a start further in the future is refused. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;

type Parent = {
  readonly answers: ScreeningAnswers;
  readonly person: ScreeningPerson | null;
  caseId: string | null;
};

async function loadParent(
  trx: Transaction<DB>,
  keyring: Keyring,
  actor: Actor,
  parentId: string,
  requestId: string,
): Promise<Parent | null> {
  const row = await findScreening(trx, parentId);
  if (!row || row.organisation_id !== actor.organisationId || row.depth !== 'short') return null;
  const key = await screeningKey(trx, keyring, row.data_key_id);
  // Reading the short screen's answers to carry them over is a read of personal data.
  await appendAudit(trx, {
    actorKind: 'user',
    actorUserId: actor.userId,
    actorOrgId: actor.organisationId,
    action: 'screening.read',
    resourceType: 'screening',
    resourceId: row.id,
    outcome: 'success',
    requestId,
    details: { reason: 'continued_by_full_screen' },
  });
  return {
    answers: openAnswers(key, row.id, row).answers,
    person: openPerson(key, row.id, row.person_enc),
    caseId: row.case_id,
  };
}

function outsideProblem(keys: readonly string[]): Problem {
  return problems.validation(
    keys.map((key) => ({
      path: `body.answers.${key}`,
      message: 'This question is not part of this screen.',
    })),
  );
}

/**
 * Starts a screening, short or full, and records the indicator sets (with versions) it
 * draws on. A full screen may continue a short one: the short screen's answers are
 * carried over and never asked again. With a conclusion the screening is completed in
 * the same transaction: that is how a screening done offline is submitted, its draft
 * id as `clientRef`, so that sending it twice stores it once.
 */
export async function startScreening(
  db: Kysely<DB>,
  keyring: Keyring,
  actor: Actor,
  input: ScreeningStart,
  requestId: string,
  now = new Date(),
): Promise<StartOutcome> {
  return db.transaction().execute(async (trx): Promise<StartOutcome> => {
    if (input.clientRef !== undefined) {
      const known = await findScreeningByClientRef(trx, input.clientRef);
      if (known) {
        return known.organisation_id === actor.organisationId
          ? { kind: 'existing', id: known.id }
          : { kind: 'refused', problem: problems.conflict('This client reference is already in use.') };
      }
    }

    const startedAt = input.startedAt === undefined ? now : new Date(input.startedAt);
    if (startedAt.getTime() > now.getTime() + CLOCK_SKEW_MS) {
      return {
        kind: 'refused',
        problem: problems.validation([
          { path: 'body.startedAt', message: 'A screening cannot start in the future.' },
        ]),
      };
    }

    let parent: Parent | null = null;
    if (input.parentId !== undefined) {
      if (input.depth !== 'full') {
        return {
          kind: 'refused',
          problem: problems.validation([
            { path: 'body.parentId', message: 'Only a full screen continues a short screen.' },
          ]),
        };
      }
      parent = await loadParent(trx, keyring, actor, input.parentId, requestId);
      if (!parent) {
        return {
          kind: 'refused',
          problem: problems.validation([
            { path: 'body.parentId', message: 'No short screening of your organisation has this id.' },
          ]),
        };
      }
    }

    const person = input.person ?? parent?.person ?? null;
    const childStatus = screeningChildStatus(person, startedAt);
    const screen = screeningScreen(input.depth, childStatus);
    const given = input.answers ?? {};
    const outside = answersOutsideScreen(screen, given);
    if (outside.length > 0) return { kind: 'refused', problem: outsideProblem(outside) };
    // The short screen's answers the full screen asks too (all of them, unless the
    // child lists changed in between) are carried over; a new answer given here wins.
    const asked = new Set(screen.questionKeys);
    const inherited = Object.fromEntries(
      Object.entries(parent?.answers ?? {}).filter(([key]) => asked.has(key) && !Object.hasOwn(given, key)),
    );
    const answers: ScreeningAnswers = { ...inherited, ...given };

    const id = randomUUID();
    const dk = createDataKey(keyring);
    const finished =
      input.conclusion === undefined
        ? null
        : completion(dk.key, id, answers, childStatus, input.conclusion, actor, now, 'body.conclusion.');
    if (finished && !finished.ok) return { kind: 'refused', problem: finished.problem };
    await trx.insertInto('data_keys').values({ id: dk.id, kek_id: dk.kekId, wrapped: dk.wrapped }).execute();

    const indicatorSets = [
      ...screen.sets.map((ref) => ({ id: ref.id, version: ref.version })),
      ...(input.depth === 'short' ? [{ id: 'short_screen', version: SHORT_SCREEN_VERSION }] : []),
    ];
    const inserted = await trx
      .insertInto('screenings')
      .values({
        id,
        client_ref: input.clientRef ?? null,
        organisation_id: actor.organisationId,
        screener_user_id: actor.userId,
        parent_id: input.parentId ?? null,
        case_id: parent?.caseId ?? null,
        depth: input.depth,
        mode: input.mode,
        language: input.language,
        indicator_sets: JSON.stringify(indicatorSets),
        status: 'in_progress',
        child_status: childStatus,
        data_key_id: dk.id,
        person_enc: person === null ? null : sealScreeningField(dk.key, id, 'person_enc', person),
        ...sealAnswers(dk.key, id, { answers, fromParent: Object.keys(inherited) }),
        version: 1,
        started_at: startedAt,
        created_at: now,
        updated_at: now,
        ...(finished?.ok ? finished.columns : {}),
      })
      // The same offline screening sent twice at once: the second finds the first below.
      .onConflict((oc) => oc.column('client_ref').doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) !== 1 && input.clientRef !== undefined) {
      await trx.deleteFrom('data_keys').where('id', '=', dk.id).execute();
      const raced = await findScreeningByClientRef(trx, input.clientRef);
      if (raced && raced.organisation_id === actor.organisationId) return { kind: 'existing', id: raced.id };
      return { kind: 'refused', problem: problems.conflict('This client reference is already in use.') };
    }

    const audit = (action: string, details: Record<string, string | number | boolean>) =>
      appendAudit(trx, {
        actorKind: 'user',
        actorUserId: actor.userId,
        actorOrgId: actor.organisationId,
        action,
        resourceType: 'screening',
        resourceId: id,
        outcome: 'success',
        requestId,
        details,
      });
    await audit('screening.create', {
      depth: input.depth,
      mode: input.mode,
      language: input.language,
      continues: input.parentId !== undefined,
      offline: input.clientRef !== undefined,
    });
    if (finished?.ok) {
      await audit('screening.complete', {
        suggested: finished.columns.suggested,
        conclusion: finished.columns.conclusion,
        concluded: finished.columns.concluded,
      });
    }
    return { kind: 'created', id };
  });
}
