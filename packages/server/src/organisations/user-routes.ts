import { randomUUID } from 'node:crypto';
import type { Relationship } from '@opennrm/core';
import type { FastifyRequest } from 'fastify';
import { sql, type Transaction } from 'kysely';
import { z } from 'zod';
import { authorizeInstance, requireActor } from '../access/authorize.js';
import { generateTemporaryPassword, hashPassword } from '../access/passwords.js';
import { revokeAllSessions } from '../access/sessions.js';
import { appendAudit } from '../audit/index.js';
import type { DB, User } from '../db/schema.js';
import type { App } from '../http/app.js';
import { Problem, problems } from '../http/problem.js';
import {
  ZIdParams,
  ZPage,
  ZStaffUser,
  ZTemporaryPassword,
  ZUserCreate,
  ZUserCreated,
  ZUserList,
  ZUserPatch,
} from './schemas.js';

const tags = ['users'];

export function staffUserView(u: User) {
  return {
    id: u.id,
    organisationId: u.organisation_id,
    email: u.email,
    displayName: u.display_name,
    roles: u.roles as z.infer<typeof ZStaffUser>['roles'],
    locale: u.locale,
    mfaEnrolled: u.mfa_enrolled_at !== null,
    disabled: u.disabled,
    lockedUntil:
      u.locked_until && new Date(u.locked_until) > new Date() ? new Date(u.locked_until).toISOString() : null,
    lastLoginAt: u.last_login_at ? new Date(u.last_login_at).toISOString() : null,
  };
}

function orgRelationship(req: FastifyRequest, organisationId: string): Set<Relationship> {
  return new Set(requireActor(req).organisationId === organisationId ? ['own_organisation'] : []);
}

export function registerUserRoutes(app: App): void {
  const { database } = app.deps;

  /** Loads a user and checks the actor may act on it (hides users of other organisations). */
  async function loadManagedUser(
    req: FastifyRequest,
    id: string,
    action: 'read' | 'update' | 'manage',
  ): Promise<User> {
    const user = await database.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    if (!user) throw problems.notFound('user');
    await authorizeInstance(req, 'user', action, orgRelationship(req, user.organisation_id), {
      id,
      hideExistence: true,
    });
    return user;
  }

  async function audit(
    trx: Transaction<DB>,
    req: FastifyRequest,
    action: string,
    userId: string,
  ): Promise<void> {
    const actor = requireActor(req);
    await appendAudit(trx, {
      actorKind: 'user',
      actorUserId: actor.userId,
      actorOrgId: actor.organisationId,
      action,
      resourceType: 'user',
      resourceId: userId,
      outcome: 'success',
      requestId: req.id,
    });
  }

  app.get(
    '/api/organisations/:id/users',
    {
      config: { policy: { kind: 'resource', resource: 'user', action: 'list' } },
      schema: {
        tags,
        summary: 'Staff accounts of an organisation',
        params: ZIdParams,
        querystring: ZPage,
        response: { 200: ZUserList },
      },
    },
    async (req) => {
      await authorizeInstance(req, 'user', 'list', orgRelationship(req, req.params.id), {
        id: req.params.id,
        hideExistence: true,
      });
      const { page, pageSize } = req.query;
      const base = database.db.selectFrom('users').where('organisation_id', '=', req.params.id);
      const total = await base.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
      const rows = await base
        .selectAll()
        .orderBy('display_name')
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute();
      return { items: rows.map(staffUserView), total: total.n, page, pageSize };
    },
  );

  app.post(
    '/api/organisations/:id/users',
    {
      config: { policy: { kind: 'resource', resource: 'user', action: 'create' } },
      schema: {
        tags,
        summary: 'Create a staff account',
        params: ZIdParams,
        body: ZUserCreate,
        response: { 201: ZUserCreated },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      await authorizeInstance(req, 'user', 'create', orgRelationship(req, req.params.id), {
        id: req.params.id,
        hideExistence: true,
      });
      const org = await database.db
        .selectFrom('organisations')
        .select('id')
        .where('id', '=', req.params.id)
        .executeTakeFirst();
      if (!org) throw problems.notFound('organisation');
      if (req.body.roles.includes('system_admin') && !actor.roles.includes('system_admin')) {
        throw problems.forbidden('Only a system administrator can grant the system administrator role.');
      }
      const clash = await database.db
        .selectFrom('users')
        .select('id')
        .where('email', '=', req.body.email)
        .executeTakeFirst();
      if (clash) {
        throw new Problem(409, 'conflict', 'This conflicts with existing data.', undefined, {
          errors: [{ path: 'body.email', message: 'An account with this e-mail address already exists.' }],
        });
      }
      const id = randomUUID();
      const temporaryPassword = generateTemporaryPassword();
      const passwordHash = await hashPassword(temporaryPassword);
      await database.db.transaction().execute(async (trx) => {
        await trx
          .insertInto('users')
          .values({
            id,
            organisation_id: org.id,
            email: req.body.email,
            display_name: req.body.displayName,
            roles: [...new Set(req.body.roles)],
            locale: req.body.locale,
            password_hash: passwordHash,
            password_must_change: true,
          })
          .execute();
        await appendAudit(trx, {
          actorKind: 'user',
          actorUserId: actor.userId,
          actorOrgId: actor.organisationId,
          action: 'user.create',
          resourceType: 'user',
          resourceId: id,
          outcome: 'success',
          requestId: req.id,
          details: { roles: req.body.roles.join(',') },
        });
      });
      const user = await database.db
        .selectFrom('users')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      return reply.code(201).send({ user: staffUserView(user), temporaryPassword });
    },
  );

  app.patch(
    '/api/users/:id',
    {
      config: { policy: { kind: 'resource', resource: 'user', action: 'update' } },
      schema: {
        tags,
        summary: 'Change a staff account',
        params: ZIdParams,
        body: ZUserPatch,
        response: { 200: ZStaffUser },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const user = await loadManagedUser(req, req.params.id, 'update');
      const b = req.body;
      if (b.roles?.includes('system_admin') && !actor.roles.includes('system_admin')) {
        throw problems.forbidden('Only a system administrator can grant the system administrator role.');
      }
      if (
        user.id === actor.userId &&
        (b.disabled === true || (b.roles && !b.roles.some((r) => actor.roles.includes(r))))
      ) {
        throw new Problem(
          409,
          'conflict',
          'You cannot disable your own account or remove all of your own roles.',
        );
      }
      await database.db.transaction().execute(async (trx) => {
        await trx
          .updateTable('users')
          .set({
            ...(b.displayName !== undefined ? { display_name: b.displayName } : {}),
            ...(b.roles !== undefined ? { roles: [...new Set(b.roles)] } : {}),
            ...(b.disabled !== undefined ? { disabled: b.disabled } : {}),
            ...(b.locale !== undefined ? { locale: b.locale } : {}),
            updated_at: new Date(),
          })
          .where('id', '=', user.id)
          .execute();
        // A role change or disabling takes effect now: end the user's sessions.
        if (b.roles !== undefined || b.disabled === true) await revokeAllSessions(trx, user.id);
        await appendAudit(trx, {
          actorKind: 'user',
          actorUserId: actor.userId,
          actorOrgId: actor.organisationId,
          action: 'user.update',
          resourceType: 'user',
          resourceId: user.id,
          outcome: 'success',
          requestId: req.id,
          details: { fields: Object.keys(b).join(',') },
        });
      });
      return staffUserView(
        await database.db.selectFrom('users').selectAll().where('id', '=', user.id).executeTakeFirstOrThrow(),
      );
    },
  );

  app.post(
    '/api/users/:id/reset-password',
    {
      config: { policy: { kind: 'resource', resource: 'user', action: 'manage' } },
      schema: {
        tags,
        summary: 'Issue a temporary password',
        params: ZIdParams,
        response: { 200: ZTemporaryPassword },
      },
    },
    async (req) => {
      const user = await loadManagedUser(req, req.params.id, 'manage');
      const temporaryPassword = generateTemporaryPassword();
      const passwordHash = await hashPassword(temporaryPassword);
      await database.db.transaction().execute(async (trx) => {
        await trx
          .updateTable('users')
          .set({
            password_hash: passwordHash,
            password_must_change: true,
            failed_logins: 0,
            locked_until: null,
            updated_at: new Date(),
          })
          .where('id', '=', user.id)
          .execute();
        await revokeAllSessions(trx, user.id);
        await audit(trx, req, 'user.reset_password', user.id);
      });
      return { temporaryPassword };
    },
  );

  app.post(
    '/api/users/:id/reset-mfa',
    {
      config: { policy: { kind: 'resource', resource: 'user', action: 'manage' } },
      schema: {
        tags,
        summary: 'Remove a user’s second factor so they enrol again',
        params: ZIdParams,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      const user = await loadManagedUser(req, req.params.id, 'manage');
      await database.db.transaction().execute(async (trx) => {
        await trx
          .updateTable('users')
          .set({
            totp_secret_enc: null,
            totp_pending_enc: null,
            totp_last_step: null,
            mfa_enrolled_at: null,
            recovery_codes: [],
            updated_at: new Date(),
          })
          .where('id', '=', user.id)
          .execute();
        await revokeAllSessions(trx, user.id);
        await audit(trx, req, 'user.reset_mfa', user.id);
      });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/users/:id/unlock',
    {
      config: { policy: { kind: 'resource', resource: 'user', action: 'manage' } },
      schema: { tags, summary: 'Lift a temporary lockout', params: ZIdParams, response: { 204: z.null() } },
    },
    async (req, reply) => {
      const user = await loadManagedUser(req, req.params.id, 'manage');
      await database.db.transaction().execute(async (trx) => {
        await trx
          .updateTable('users')
          .set({ failed_logins: 0, locked_until: null })
          .where('id', '=', user.id)
          .execute();
        await audit(trx, req, 'user.unlock', user.id);
      });
      return reply.code(204).send(null);
    },
  );
}
