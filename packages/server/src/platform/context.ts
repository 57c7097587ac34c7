import { AsyncLocalStorage } from 'node:async_hooks';
import type { Actor } from '@opennrm/core';
import type { FastifyBaseLogger } from 'fastify';
import type { SessionStage } from '../access/session-stage.js';
import type { ActiveSession } from '../access/sessions.js';

/**
 * Per-request context: who is asking, which request this is, and a logger bound to
 * the request id. Handlers read it from `request.ctx`; deep code (audit) can read it
 * from `currentContext()`.
 */
export type RequestContext = {
  readonly requestId: string;
  readonly log: FastifyBaseLogger;
  session: ActiveSession | null;
  sessionExpired: boolean;
  stage: SessionStage | null;
  actor: Actor | null;
};

export const requestContextStorage = new AsyncLocalStorage<RequestContext>();

export function currentContext(): RequestContext | undefined {
  return requestContextStorage.getStore();
}
