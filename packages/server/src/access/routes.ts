import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { appendAudit } from '../audit/index.js';
import type { App } from '../http/app.js';
import { Problem, problems } from '../http/problem.js';
import { login } from './login.js';
import { confirmEnrolment, startEnrolment, verifySecondFactor } from './mfa.js';
import { hashPassword, passwordProblem, verifyPassword } from './passwords.js';
import {
  ZCodeRequest,
  ZEnrolment,
  ZEnrolmentConfirmed,
  ZLocaleRequest,
  ZLoginRequest,
  ZPasswordChangeRequest,
  ZSession,
} from './schemas.js';
import { sessionView } from './session-view.js';
import {
  type ActiveSession,
  findSession,
  hashToken,
  revokeAllSessions,
  revokeSession,
  SESSION_COOKIE,
} from './sessions.js';

const SIGN_IN_RATE = { max: 10, timeWindow: '1 minute' };
const tags = ['access'];

function currentSession(req: FastifyRequest): ActiveSession {
  const session = req.ctx.session;
  if (!session) throw problems.unauthenticated();
  return session;
}

async function reloadSession(req: FastifyRequest): Promise<ActiveSession | null> {
  const { database, config } = req.server.deps;
  const token = req.cookies[SESSION_COOKIE];
  const found = await findSession(database.db, token, {
    idleSeconds: config.sessionIdleSeconds,
    absoluteSeconds: config.sessionAbsoluteSeconds,
  });
  return found.status === 'active' ? found.session : null;
}

export function registerAccessRoutes(app: App): void {
  app.get(
    '/api/auth/session',
    {
      config: {
        policy: { kind: 'public', why: 'tells the web app whether and how far the caller is signed in' },
      },
      schema: { tags, summary: 'The current session (never 401)', response: { 200: ZSession } },
    },
    async (req) => sessionView(req, req.ctx.session),
  );

  app.post(
    '/api/auth/login',
    {
      config: { policy: { kind: 'public', why: 'sign-in' }, rateLimit: SIGN_IN_RATE },
      schema: {
        tags,
        summary: 'Sign in with e-mail and password',
        body: ZLoginRequest,
        response: { 200: ZSession },
      },
    },
    async (req, reply) => {
      const found = await login(req, reply, req.body.email, req.body.password);
      return sessionView(req, found.status === 'active' ? found.session : null);
    },
  );

  app.post(
    '/api/auth/mfa/enrolment',
    {
      config: {
        policy: { kind: 'session', why: 'a signed-in user sets up their own second factor' },
        rateLimit: SIGN_IN_RATE,
      },
      schema: { tags, summary: 'Start TOTP enrolment', response: { 200: ZEnrolment } },
    },
    async (req) => startEnrolment(req, currentSession(req)),
  );

  app.post(
    '/api/auth/mfa/enrolment/confirm',
    {
      config: {
        policy: { kind: 'session', why: 'a signed-in user confirms their own second factor' },
        rateLimit: SIGN_IN_RATE,
      },
      schema: {
        tags,
        summary: 'Confirm TOTP enrolment with a first code',
        body: ZCodeRequest,
        response: { 200: ZEnrolmentConfirmed },
      },
    },
    async (req) => {
      const recoveryCodes = await confirmEnrolment(req, currentSession(req), req.body.code);
      return { recoveryCodes, session: await sessionView(req, await reloadSession(req)) };
    },
  );

  app.post(
    '/api/auth/mfa/verify',
    {
      config: { policy: { kind: 'session', why: 'second step of sign-in' }, rateLimit: SIGN_IN_RATE },
      schema: {
        tags,
        summary: 'Verify a TOTP or recovery code',
        body: ZCodeRequest,
        response: { 200: ZSession },
      },
    },
    async (req) => {
      await verifySecondFactor(req, currentSession(req), req.body.code);
      return sessionView(req, await reloadSession(req));
    },
  );

  app.post(
    '/api/auth/password',
    {
      config: {
        policy: { kind: 'session', why: 'a signed-in user changes their own password' },
        rateLimit: SIGN_IN_RATE,
      },
      schema: {
        tags,
        summary: 'Change own password',
        body: ZPasswordChangeRequest,
        response: { 200: ZSession },
      },
    },
    async (req) => {
      const session = currentSession(req);
      const { database } = req.server.deps;
      const user = session.user;
      if (!(await verifyPassword(user.password_hash, req.body.currentPassword))) {
        throw new Problem(400, 'validation', 'Some of the information is not valid.', undefined, {
          errors: [{ path: 'body.currentPassword', message: 'Your current password is not right.' }],
        });
      }
      const weak = passwordProblem(req.body.newPassword, { email: user.email });
      if (weak) {
        throw new Problem(400, 'validation', 'Some of the information is not valid.', undefined, {
          errors: [{ path: 'body.newPassword', message: weak }],
        });
      }
      const passwordHash = await hashPassword(req.body.newPassword);
      await database.db.transaction().execute(async (trx) => {
        await trx
          .updateTable('users')
          .set({ password_hash: passwordHash, password_must_change: false, updated_at: new Date() })
          .where('id', '=', user.id)
          .execute();
        await revokeAllSessions(trx, user.id, session.tokenHash);
        await appendAudit(trx, {
          actorKind: 'user',
          actorUserId: user.id,
          actorOrgId: user.organisation_id,
          action: 'auth.password.changed',
          resourceType: 'user',
          resourceId: user.id,
          outcome: 'success',
          requestId: req.id,
        });
      });
      return sessionView(req, await reloadSession(req));
    },
  );

  app.post(
    '/api/auth/logout',
    {
      // Public so the quick exit can end the session with a beacon (no CSRF header);
      // it can only ever end the caller's own session.
      config: { policy: { kind: 'public', why: 'ends the caller’s own session; used by quick exit' } },
      schema: { tags, summary: 'Sign out this session', response: { 204: z.null() } },
    },
    async (req, reply) => {
      const token = req.cookies[SESSION_COOKIE];
      if (token) {
        const { database } = req.server.deps;
        const session = req.ctx.session;
        await database.db.transaction().execute(async (trx) => {
          await revokeSession(trx, hashToken(token));
          if (session) {
            await appendAudit(trx, {
              actorKind: 'user',
              actorUserId: session.user.id,
              actorOrgId: session.user.organisation_id,
              action: 'auth.logout',
              resourceType: 'user',
              resourceId: session.user.id,
              outcome: 'success',
              requestId: req.id,
            });
          }
        });
      }
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/auth/logout-everywhere',
    {
      config: { policy: { kind: 'session', why: 'a user ends all of their own sessions' } },
      schema: { tags, summary: 'Sign out all sessions of this user', response: { 204: z.null() } },
    },
    async (req, reply) => {
      const session = currentSession(req);
      await req.server.deps.database.db.transaction().execute(async (trx) => {
        const ended = await revokeAllSessions(trx, session.user.id);
        await appendAudit(trx, {
          actorKind: 'user',
          actorUserId: session.user.id,
          actorOrgId: session.user.organisation_id,
          action: 'auth.logout_everywhere',
          resourceType: 'user',
          resourceId: session.user.id,
          outcome: 'success',
          requestId: req.id,
          details: { sessions: ended },
        });
      });
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/api/me/locale',
    {
      config: { policy: { kind: 'session', why: 'a user chooses their own language' } },
      schema: {
        tags,
        summary: 'Set own interface language',
        body: ZLocaleRequest,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      const session = currentSession(req);
      await req.server.deps.database.db.transaction().execute(async (trx) => {
        await trx
          .updateTable('users')
          .set({ locale: req.body.locale, updated_at: new Date() })
          .where('id', '=', session.user.id)
          .execute();
        await appendAudit(trx, {
          actorKind: 'user',
          actorUserId: session.user.id,
          actorOrgId: session.user.organisation_id,
          action: 'user.locale.changed',
          resourceType: 'user',
          resourceId: session.user.id,
          outcome: 'success',
          requestId: req.id,
          details: { locale: req.body.locale },
        });
      });
      return reply.code(204).send(null);
    },
  );
}
