import { randomUUID } from 'node:crypto';
import {
  type Actor,
  type CaseStage,
  isDecisionStage,
  mayReview,
  overturnOutcome,
  type PanelMember,
  type PanelRole,
  panelProblem,
  reconsiderationRefusal,
  ZOrganisationKind,
} from '@opennrm/core';
import type { Kysely, Transaction } from 'kysely';
import { appendAudit } from '../audit/index.js';
import type { Keyring } from '../crypto/index.js';
import type { DB } from '../db/schema.js';
import { problems, refusal } from '../http/problem.js';
import {
  type DecisionCase,
  lockCaseStage,
  personKey,
  profileOf,
  requireProfile,
  seal,
} from './case-context.js';
import { recordDecision } from './record-decision.js';

type Deps = { readonly db: Kysely<DB>; readonly keyring: Keyring };

export type DecisionRow = {
  readonly id: string;
  readonly case_id: string;
  readonly stage: string;
  readonly positive: boolean;
  readonly decided_by_user_id: string;
};

const REFUSAL_TEXT = {
  decision_positive: 'Only a negative decision can be reconsidered.',
  decision_superseded: 'This decision has been replaced by a later one.',
  reconsideration_open: 'A reconsideration of this decision is already under way.',
  reviewer_made_decision: 'The decision maker cannot review their own decision.',
} as const;

async function reconsiderationState(trx: Transaction<DB>, decisionId: string) {
  const [successor, open] = await Promise.all([
    trx.selectFrom('decisions').select('id').where('supersedes_id', '=', decisionId).executeTakeFirst(),
    trx
      .selectFrom('reconsiderations')
      .select('id')
      .where('decision_id', '=', decisionId)
      .where('status', '=', 'requested')
      .executeTakeFirst(),
  ]);
  return { superseded: successor !== undefined, openReconsideration: open !== undefined };
}

/** A request by the referrer, a support provider or a guardian to reconsider a negative decision. */
export async function requestReconsideration(
  deps: Deps,
  actor: Actor,
  item: DecisionCase,
  decision: DecisionRow,
  grounds: string,
  requestId: string,
): Promise<{ readonly id: string }> {
  const key = await personKey(deps.db, deps.keyring, item.dataKeyId);
  const now = new Date();
  return deps.db.transaction().execute(async (trx) => {
    await lockCaseStage(trx, item.id);
    const refused = reconsiderationRefusal({
      positive: decision.positive,
      ...(await reconsiderationState(trx, decision.id)),
    });
    if (refused) throw refusal(refused, REFUSAL_TEXT[refused]);
    const id = randomUUID();
    await trx
      .insertInto('reconsiderations')
      .values({
        id,
        decision_id: decision.id,
        case_id: item.id,
        requested_by_org_id: actor.organisationId,
        requested_by_user_id: actor.userId,
        requested_at: now,
        data_key_id: item.dataKeyId,
        grounds_enc: seal(key, { table: 'reconsiderations', field: 'grounds_enc' }, id, grounds),
        status: 'requested',
        panel: JSON.stringify([]),
      })
      .execute();
    await appendAudit(trx, {
      actorKind: 'user',
      actorUserId: actor.userId,
      actorOrgId: actor.organisationId,
      action: 'reconsideration.create',
      resourceType: 'reconsideration',
      resourceId: id,
      subjectPersonId: item.personId,
      outcome: 'success',
      requestId,
      details: { caseId: item.id, decisionId: decision.id },
    });
    return { id };
  });
}

export type ReviewInput = {
  readonly panel: readonly { readonly organisationId: string; readonly role: PanelRole }[];
  readonly notes: string;
  readonly outcome: 'upheld' | 'overturned';
  readonly newOutcome?: string | undefined;
};

/** The panel's organisations with their kinds; unknown or inactive organisations are refused. */
async function panelMembers(db: Kysely<DB>, panel: ReviewInput['panel']): Promise<PanelMember[]> {
  const ids = [...new Set(panel.map((member) => member.organisationId))];
  const rows = await db
    .selectFrom('organisations')
    .select(['id', 'kind', 'active'])
    .where('id', 'in', ids)
    .execute();
  const byId = new Map(rows.map((row) => [row.id, row]));
  return panel.map((member, index) => {
    const row = byId.get(member.organisationId);
    const kind = ZOrganisationKind.safeParse(row?.kind);
    if (!row?.active || !kind.success) {
      throw problems.validation([
        { path: `body.panel.${index}.organisationId`, message: 'Not an active organisation.' },
      ]);
    }
    return { organisationId: member.organisationId, kind: kind.data, role: member.role };
  });
}

const PANEL_TEXT = {
  duplicate_organisation: 'Each organisation sits on the panel once.',
  too_few_organisations: 'A multi-agency review needs at least two organisations.',
  single_kind: 'A multi-agency review needs organisations of at least two different kinds.',
  chairs: 'A panel has at most one chair.',
} as const;

/**
 * The independent multi-agency review of a reconsideration request. The reviewer never
 * took the decision under review. Overturned: a new decision of the same stage, with a
 * positive outcome, replaces it (supersedes_id) and has the effects of any decision
 * (a positive reasonable-grounds decision starts the recovery period).
 */
export async function reviewReconsideration(
  deps: Deps,
  actor: Actor,
  item: DecisionCase,
  reconsiderationId: string,
  decision: DecisionRow,
  body: ReviewInput,
  requestId: string,
): Promise<{ readonly newDecisionId: string | null; readonly caseStage: CaseStage }> {
  if (!mayReview(actor.userId, decision.decided_by_user_id)) {
    throw problems.forbidden(REFUSAL_TEXT.reviewer_made_decision);
  }
  const members = await panelMembers(deps.db, body.panel);
  const problem = panelProblem(members);
  if (problem) throw problems.validation([{ path: 'body.panel', message: PANEL_TEXT[problem] }]);

  const stage = isDecisionStage(decision.stage) ? decision.stage : null;
  if (!stage) throw problems.notFound('decision');
  const profile = requireProfile(await profileOf(deps.db, item));
  const category = body.outcome === 'overturned' ? overturnOutcome(profile, stage, body.newOutcome) : null;
  if (body.outcome === 'overturned' && !category) {
    throw problems.validation([
      {
        path: 'body.newOutcome',
        message: 'Choose a positive outcome of the country profile for this stage.',
      },
    ]);
  }
  const key = await personKey(deps.db, deps.keyring, item.dataKeyId);
  const now = new Date();

  return deps.db.transaction().execute(async (trx) => {
    let caseStage = await lockCaseStage(trx, item.id);
    const current = await trx
      .selectFrom('reconsiderations')
      .select('status')
      .where('id', '=', reconsiderationId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (current.status !== 'requested') {
      throw refusal('already_reviewed', 'This reconsideration has already been reviewed.');
    }
    let newDecisionId: string | null = null;
    if (category) {
      const { superseded } = await reconsiderationState(trx, decision.id);
      if (superseded || caseStage !== 'not_identified') {
        throw refusal('decision_superseded', REFUSAL_TEXT.decision_superseded);
      }
      const recorded = await recordDecision(trx, key, {
        item,
        profile,
        stage,
        category,
        reasons: body.notes,
        decidedByUserId: actor.userId,
        decidedByOrgId: actor.organisationId,
        decidedAt: now,
        dueAt: null,
        supersedesId: decision.id,
      });
      newDecisionId = recorded.id;
      caseStage = recorded.caseStage;
    }
    await trx
      .updateTable('reconsiderations')
      .set({
        status: body.outcome,
        panel: JSON.stringify(body.panel.map((m) => ({ organisationId: m.organisationId, role: m.role }))),
        review_notes_enc: seal(
          key,
          { table: 'reconsiderations', field: 'review_notes_enc' },
          reconsiderationId,
          body.notes,
        ),
        review_outcome: body.outcome,
        reviewed_by_user_id: actor.userId,
        reviewed_at: now,
        new_decision_id: newDecisionId,
      })
      .where('id', '=', reconsiderationId)
      .execute();
    await appendAudit(trx, {
      actorKind: 'user',
      actorUserId: actor.userId,
      actorOrgId: actor.organisationId,
      action: 'reconsideration.review',
      resourceType: 'reconsideration',
      resourceId: reconsiderationId,
      subjectPersonId: item.personId,
      outcome: 'success',
      requestId,
      details: {
        caseId: item.id,
        decisionId: decision.id,
        reviewOutcome: body.outcome,
        panelSize: body.panel.length,
        ...(newDecisionId ? { newDecisionId } : {}),
      },
    });
    return { newDecisionId, caseStage };
  });
}
