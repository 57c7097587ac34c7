import { z } from 'zod';
import { ZPersonLanguage } from '../i18n/locales.js';
import type { CaseTeamPurpose } from '../referrals/team.js';

/**
 * Tell the story once (domain.md, "Privacy and survivors' voice"): the person's account is
 * recorded once, in versions (a correction or an addition is a new version, the old ones
 * are kept), and shared per recipient. A team member who has not been given it asks the
 * organisation that recorded it rather than making the person tell it again.
 */
export const ZAccountRecord = z.strictObject({
  text: z.string().trim().min(1).max(50_000),
  /** The language the person told it in. */
  language: ZPersonLanguage,
  interpreterUsed: z.boolean(),
});
export type AccountRecord = z.output<typeof ZAccountRecord>;

export const ACCOUNT_REQUEST_STATUSES = ['requested', 'granted', 'refused'] as const;
export type AccountRequestStatus = (typeof ACCOUNT_REQUEST_STATUSES)[number];

export const ZAccountRequestCreate = z.strictObject({
  /** Why the organisation needs the account (sealed with the person's data key). */
  reason: z.string().trim().min(1).max(2_000),
});

/** The next version number after those already recorded (the referral's narrative is version 1). */
export function nextAccountVersion(versions: readonly number[]): number {
  return versions.reduce((max, v) => Math.max(max, v), 0) + 1;
}

/**
 * Recording a version once an account exists is for those who may read it (a correction
 * or an addition by someone who knows it); anyone else asks for it instead of re-interviewing.
 */
export function recordRefusal(input: {
  readonly accountExists: boolean;
  readonly canRead: boolean;
}): 'request_access_instead' | null {
  return input.accountExists && !input.canRead ? 'request_access_instead' : null;
}

/**
 * Who decides on sharing the account: the organisation(s) that recorded it, and for a
 * child the child protection service on the team (the guardian decides through a consent).
 */
export function mayGrantAccount(input: {
  readonly actorOrganisationId: string;
  readonly recordedByOrgIds: readonly string[];
  readonly isChild: boolean;
  readonly actorPurposes: readonly CaseTeamPurpose[];
}): boolean {
  return (
    input.recordedByOrgIds.includes(input.actorOrganisationId) ||
    (input.isChild && input.actorPurposes.includes('child_protection'))
  );
}

export const NOTE_VISIBILITIES = ['team', 'own_organisation'] as const;
export type NoteVisibility = (typeof NOTE_VISIBILITIES)[number];

export const ZCaseNoteCreate = z.strictObject({
  body: z.string().trim().min(1).max(10_000),
  /** `team`: every member that sees notes; `own_organisation`: the author's organisation only. */
  visibility: z.enum(NOTE_VISIBILITIES),
});
export type CaseNoteCreate = z.output<typeof ZCaseNoteCreate>;

/** A note is read by its author's organisation, and by the team when written for the team. */
export function mayReadNote(
  note: { readonly visibility: string; readonly authorOrgId: string },
  actorOrganisationId: string,
): boolean {
  return note.visibility === 'team' || note.authorOrgId === actorOrganisationId;
}
