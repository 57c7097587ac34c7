import type { FastifyReply, FastifyRequest } from 'fastify';
import { appendAudit } from '../audit/index.js';
import type { User } from '../db/schema.js';
import { Problem } from '../http/problem.js';
import { dummyPasswordHash, verifyPassword } from './passwords.js';
import { createSession, findSession, SESSION_COOKIE } from './sessions.js';

const INVALID = (): Problem =>
  new Problem(401, 'invalid-credentials', 'The e-mail address or password is not right.');

export function setSessionCookie(req: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: req.server.deps.config.cookieSecure,
    path: '/',
  });
}

/** Records a failed attempt; locks the account for a while after too many. Returns the lock end, if locked. */
export async function recordFailedAttempt(
  req: FastifyRequest,
  user: User,
  what: string,
): Promise<Date | null> {
  const { database, config } = req.server.deps;
  const failures = user.failed_logins + 1;
  const lockedUntil =
    failures >= config.loginMaxFailures ? new Date(Date.now() + config.lockoutSeconds * 1000) : null;
  await database.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set(lockedUntil ? { failed_logins: 0, locked_until: lockedUntil } : { failed_logins: failures })
      .where('id', '=', user.id)
      .execute();
    await appendAudit(trx, {
      actorKind: 'user',
      actorUserId: user.id,
      actorOrgId: user.organisation_id,
      action: what,
      resourceType: 'user',
      resourceId: user.id,
      outcome: 'failure',
      requestId: req.id,
      details: { locked: lockedUntil !== null },
    });
  });
  return lockedUntil;
}

export function lockedProblem(until: Date): Problem {
  const retryAfterSeconds = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000));
  return new Problem(
    423,
    'account-locked',
    'This account is locked for a while after too many attempts.',
    `Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes, or ask your organisation's administrator.`,
    { retryAfterSeconds },
  );
}

export async function login(
  req: FastifyRequest,
  reply: FastifyReply,
  email: string,
  password: string,
): Promise<Awaited<ReturnType<typeof findSession>>> {
  const { database, config } = req.server.deps;
  const user = await database.db
    .selectFrom('users')
    .selectAll()
    .where('email', '=', email)
    .executeTakeFirst();
  if (!user) {
    await verifyPassword(await dummyPasswordHash(), password);
    await appendAudit(database.db, {
      actorKind: 'anonymous',
      action: 'auth.login',
      resourceType: 'user',
      outcome: 'failure',
      requestId: req.id,
      details: { reason: 'unknown_account' },
    });
    throw INVALID();
  }
  if (user.locked_until && new Date(user.locked_until).getTime() > Date.now()) {
    throw lockedProblem(new Date(user.locked_until));
  }
  const ok = await verifyPassword(user.password_hash, password);
  if (!ok || user.disabled) {
    const lockedUntil = await recordFailedAttempt(req, user, 'auth.login');
    if (lockedUntil) throw lockedProblem(lockedUntil);
    throw INVALID();
  }
  const timeouts = { idleSeconds: config.sessionIdleSeconds, absoluteSeconds: config.sessionAbsoluteSeconds };
  const { token } = await database.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ failed_logins: 0, locked_until: null, last_login_at: new Date() })
      .where('id', '=', user.id)
      .execute();
    await appendAudit(trx, {
      actorKind: 'user',
      actorUserId: user.id,
      actorOrgId: user.organisation_id,
      action: 'auth.login',
      resourceType: 'user',
      resourceId: user.id,
      outcome: 'success',
      requestId: req.id,
    });
    return createSession(trx, user.id, timeouts, { mfaVerified: false });
  });
  setSessionCookie(req, reply, token);
  return findSession(database.db, token, timeouts);
}
