import type { Role } from '@opennrm/core';
import type { FastifyRequest } from 'fastify';
import type { TSession } from './schemas.js';
import { sessionStage } from './session-stage.js';
import type { ActiveSession } from './sessions.js';

/** The session object the web app steers by (docs/foundation-api.md). */
export async function sessionView(req: FastifyRequest, session: ActiveSession | null): Promise<TSession> {
  const { database, config, demoMode } = req.server.deps;
  if (!session) return { authenticated: false, demoMode };
  const org = await database.db
    .selectFrom('organisations')
    .select(['id', 'name', 'kind', 'country', 'region'])
    .where('id', '=', session.user.organisation_id)
    .executeTakeFirstOrThrow();
  const { user } = session;
  return {
    authenticated: true,
    demoMode,
    stage: sessionStage(user, session.mfaVerified, demoMode),
    user: {
      id: user.id,
      email: user.email,
      displayName: user.display_name,
      roles: user.roles as Role[],
      locale: user.locale,
      mfaEnrolled: user.mfa_enrolled_at !== null,
      demo: user.demo,
      organisation: org,
    },
    csrfToken: session.csrfToken,
    idleTimeoutSeconds: config.sessionIdleSeconds,
    absoluteExpiresAt: session.absoluteExpiresAt.toISOString(),
  };
}
