import { randomUUID } from 'node:crypto';
import { type DuplicateReviewOutcome, duplicateMatchBasis, isDuplicateBasis } from '@opennrm/core';
import type { Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Handle } from './candidates.js';

/**
 * Flags every earlier case of a person with the same blind index (name and date of
 * birth, or the name alone when there is no date of birth) as a possible duplicate of
 * the new case. Only ids are stored; nobody is merged. Returns how many were flagged.
 */
export async function flagPossibleDuplicates(
  trx: Transaction<DB>,
  input: {
    readonly caseId: string;
    readonly personId: string;
    readonly indexes: { readonly name_bidx: string | null; readonly name_dob_bidx: string | null };
    readonly at: Date;
  },
): Promise<number> {
  const match = duplicateMatchBasis({
    nameIndex: input.indexes.name_bidx,
    nameAndBirthDateIndex: input.indexes.name_dob_bidx,
  });
  if (!match) return 0;
  const column = match.basis === 'name_and_birth_date' ? 'p.name_dob_bidx' : 'p.name_bidx';
  const matches = await trx
    .selectFrom('cases as c')
    .innerJoin('persons as p', 'p.id', 'c.person_id')
    .select('c.id')
    .where(column, '=', match.index)
    .where('p.id', '!=', input.personId)
    .where('c.id', '!=', input.caseId)
    .orderBy('c.created_at')
    .execute();
  for (const row of matches) {
    await trx
      .insertInto('possible_duplicates')
      .values({
        id: randomUUID(),
        case_id: input.caseId,
        matching_case_id: row.id,
        basis: match.basis,
        flagged_at: input.at,
      })
      .onConflict((oc) => oc.columns(['case_id', 'matching_case_id']).doNothing())
      .execute();
  }
  return matches.length;
}

export type DuplicateItem = {
  readonly id: string;
  readonly basis: 'name_and_birth_date' | 'name';
  readonly flaggedAt: string;
  readonly knownToYourOrganisation: boolean;
  readonly reviewedAt: string | null;
  readonly reviewOutcome: DuplicateReviewOutcome | null;
};

/**
 * The possible earlier referrals of a case, for its decision maker: basis, when it was
 * flagged, whether the decision maker's own organisation also knows the other case, and
 * the review so far. Never the other case's id, reference, organisation or person.
 */
export async function listPossibleDuplicates(
  db: Handle,
  caseId: string,
  organisationId: string,
  duplicateId?: string,
): Promise<DuplicateItem[]> {
  let q = db
    .selectFrom('possible_duplicates as d')
    .select((eb) => [
      'd.id',
      'd.basis',
      'd.flagged_at',
      'd.reviewed_at',
      'd.review_outcome',
      eb
        .exists(
          eb
            .selectFrom('case_team as t')
            .select('t.case_id')
            .whereRef('t.case_id', '=', 'd.matching_case_id')
            .where('t.organisation_id', '=', organisationId)
            .where('t.removed_at', 'is', null),
        )
        .as('known'),
    ])
    .where('d.case_id', '=', caseId);
  if (duplicateId) q = q.where('d.id', '=', duplicateId);
  const rows = await q.orderBy('d.flagged_at').orderBy('d.id').execute();
  return rows.flatMap((row) =>
    isDuplicateBasis(row.basis)
      ? [
          {
            id: row.id,
            basis: row.basis,
            flaggedAt: new Date(row.flagged_at).toISOString(),
            knownToYourOrganisation: Boolean(row.known),
            reviewedAt: row.reviewed_at ? new Date(row.reviewed_at).toISOString() : null,
            reviewOutcome:
              row.review_outcome === 'same_person' || row.review_outcome === 'different_person'
                ? row.review_outcome
                : null,
          },
        ]
      : [],
  );
}

/** Records the decision maker's review of one flag; false when the case has no such flag. */
export async function reviewPossibleDuplicate(
  trx: Transaction<DB>,
  input: {
    readonly caseId: string;
    readonly duplicateId: string;
    readonly userId: string;
    readonly outcome: DuplicateReviewOutcome;
    readonly at: Date;
  },
): Promise<boolean> {
  const result = await trx
    .updateTable('possible_duplicates')
    .set({ reviewed_at: input.at, reviewed_by_user_id: input.userId, review_outcome: input.outcome })
    .where('id', '=', input.duplicateId)
    .where('case_id', '=', input.caseId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
