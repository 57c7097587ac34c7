import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB, User } from '../db/schema.js';

/**
 * Server-side sessions stored in the database, so app servers are stateless. The
 * cookie carries 256 random bits; the table holds only their SHA-256.
 */
export const SESSION_COOKIE = 'nrm_session';
const TOUCH_INTERVAL_MS = 60_000;

export type SessionTimeouts = { idleSeconds: number; absoluteSeconds: number };

export type ActiveSession = {
  tokenHash: string;
  csrfToken: string;
  mfaVerified: boolean;
  createdAt: Date;
  lastSeenAt: Date;
  absoluteExpiresAt: Date;
  user: User;
};

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createSession(
  db: Kysely<DB>,
  userId: string,
  timeouts: SessionTimeouts,
  options: { mfaVerified: boolean; now?: Date },
): Promise<{ token: string; csrfToken: string }> {
  const now = options.now ?? new Date();
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await db
    .insertInto('sessions')
    .values({
      token_hash: hashToken(token),
      user_id: userId,
      csrf_token: csrfToken,
      mfa_verified: options.mfaVerified,
      created_at: now,
      last_seen_at: now,
      absolute_expires_at: new Date(now.getTime() + timeouts.absoluteSeconds * 1000),
    })
    .execute();
  return { token, csrfToken };
}

export type SessionLookup =
  | { status: 'active'; session: ActiveSession }
  | { status: 'expired' }
  | { status: 'none' };

export async function findSession(
  db: Kysely<DB>,
  token: string | undefined,
  timeouts: SessionTimeouts,
  now: Date = new Date(),
): Promise<SessionLookup> {
  if (!token || token.length > 100) return { status: 'none' };
  const tokenHash = hashToken(token);
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users')
    .select([
      'sessions.token_hash',
      'sessions.csrf_token',
      'sessions.mfa_verified',
      'sessions.created_at as session_created_at',
      'sessions.last_seen_at',
      'sessions.absolute_expires_at',
    ])
    .where('sessions.token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!row) return { status: 'none' };
  const idleExpired = now.getTime() - new Date(row.last_seen_at).getTime() > timeouts.idleSeconds * 1000;
  const absoluteExpired = now.getTime() >= new Date(row.absolute_expires_at).getTime();
  if (idleExpired || absoluteExpired || row.disabled) {
    await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
    return { status: 'expired' };
  }
  const {
    token_hash,
    csrf_token,
    mfa_verified,
    session_created_at,
    last_seen_at,
    absolute_expires_at,
    ...user
  } = row;
  if (now.getTime() - new Date(last_seen_at).getTime() > TOUCH_INTERVAL_MS) {
    await db.updateTable('sessions').set({ last_seen_at: now }).where('token_hash', '=', tokenHash).execute();
  }
  return {
    status: 'active',
    session: {
      tokenHash: token_hash,
      csrfToken: csrf_token,
      mfaVerified: mfa_verified,
      createdAt: new Date(session_created_at),
      lastSeenAt: new Date(last_seen_at),
      absoluteExpiresAt: new Date(absolute_expires_at),
      user,
    },
  };
}

export async function markSessionMfaVerified(db: Kysely<DB>, tokenHash: string): Promise<void> {
  await db.updateTable('sessions').set({ mfa_verified: true }).where('token_hash', '=', tokenHash).execute();
}

export async function revokeSession(db: Kysely<DB>, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export async function revokeAllSessions(
  db: Kysely<DB>,
  userId: string,
  exceptTokenHash?: string,
): Promise<number> {
  let q = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptTokenHash) q = q.where('token_hash', '!=', exceptTokenHash);
  const result = await q.executeTakeFirst();
  return Number(result.numDeletedRows);
}

export function csrfMatches(expected: string, given: string | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
