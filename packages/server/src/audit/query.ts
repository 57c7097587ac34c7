import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';

export type Page<T> = {
  readonly items: T[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
};

/** One line of GET /api/audit (no details: they are for investigators with database access). */
export type AuditListItem = {
  readonly seq: number;
  readonly at: Date;
  readonly actorUserId: string | null;
  readonly actorOrgId: string | null;
  readonly action: string;
  readonly resourceType: string;
  readonly resourceId: string | null;
  readonly purpose: string | null;
  readonly outcome: string;
  readonly requestId: string | null;
};

export type ListAuditOptions = {
  readonly page: number;
  readonly pageSize: number;
  /** Exact action, or a prefix when it ends with '.' ('auth.' lists every auth.* entry). */
  readonly action?: string | undefined;
  readonly actorOrgId?: string | undefined;
  readonly subjectPersonId?: string | undefined;
};

const MAX_PAGE_SIZE = 200;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function paging(page: number, pageSize: number): { page: number; pageSize: number; offset: number } {
  const p = Number.isInteger(page) && page >= 1 ? page : 1;
  const size = Number.isInteger(pageSize) && pageSize >= 1 ? Math.min(pageSize, MAX_PAGE_SIZE) : 25;
  return { page: p, pageSize: size, offset: (p - 1) * size };
}

// LIKE wildcards in a prefix are matched literally.
function likePrefix(prefix: string): string {
  return `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Newest first. */
export async function listAudit(db: Kysely<DB>, options: ListAuditOptions): Promise<Page<AuditListItem>> {
  const { page, pageSize, offset } = paging(options.page, options.pageSize);
  // A uuid column compared with a non-uuid is an SQL error; such a filter matches nothing.
  for (const id of [options.actorOrgId, options.subjectPersonId]) {
    if (id && !UUID.test(id)) return { items: [], total: 0, page, pageSize };
  }
  let base = db.selectFrom('audit_log');
  if (options.action) {
    base = options.action.endsWith('.')
      ? base.where('action', 'like', likePrefix(options.action))
      : base.where('action', '=', options.action);
  }
  if (options.actorOrgId) base = base.where('actor_org_id', '=', options.actorOrgId);
  if (options.subjectPersonId) base = base.where('subject_person_id', '=', options.subjectPersonId);
  const [rows, count] = await Promise.all([
    base
      .select([
        'seq',
        'at',
        'actor_user_id',
        'actor_org_id',
        'action',
        'resource_type',
        'resource_id',
        'purpose',
        'outcome',
        'request_id',
      ])
      .orderBy('seq', 'desc')
      .limit(pageSize)
      .offset(offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((r) => ({
      seq: Number(r.seq),
      at: r.at,
      actorUserId: r.actor_user_id,
      actorOrgId: r.actor_org_id,
      action: r.action,
      resourceType: r.resource_type,
      resourceId: r.resource_id,
      purpose: r.purpose,
      outcome: r.outcome,
      requestId: r.request_id,
    })),
    total: Number(count.n),
    page,
    pageSize,
  };
}

/** One line of GET /api/persons/:id/access-log: which organisation touched the record, why. */
export type PersonAccessItem = {
  readonly at: Date;
  readonly actorOrganisation: { readonly id: string; readonly name: string } | null;
  /** The actor's role when the writer recorded it as `details.role`. */
  readonly actorRole: string | null;
  readonly action: string;
  readonly purpose: string | null;
  readonly outcome: string;
};

/**
 * Entries about one person, newest first, with the acting organisation's name.
 * Staff names are not returned: the person sees organisations, not individuals.
 */
export async function listPersonAccessLog(
  db: Kysely<DB>,
  personId: string,
  options: { readonly page: number; readonly pageSize: number },
): Promise<Page<PersonAccessItem>> {
  const { page, pageSize, offset } = paging(options.page, options.pageSize);
  if (!UUID.test(personId)) return { items: [], total: 0, page, pageSize };
  const [rows, count] = await Promise.all([
    db
      .selectFrom('audit_log as a')
      .leftJoin('organisations as o', 'o.id', 'a.actor_org_id')
      .select([
        'a.at',
        'a.actor_org_id',
        'o.name as org_name',
        'a.details',
        'a.action',
        'a.purpose',
        'a.outcome',
      ])
      .where('a.subject_person_id', '=', personId)
      .orderBy('a.seq', 'desc')
      .limit(pageSize)
      .offset(offset)
      .execute(),
    db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('subject_person_id', '=', personId)
      .executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((r) => {
      const role = (r.details as Record<string, unknown> | null)?.role;
      return {
        at: r.at,
        actorOrganisation: r.actor_org_id && r.org_name ? { id: r.actor_org_id, name: r.org_name } : null,
        actorRole: typeof role === 'string' ? role : null,
        action: r.action,
        purpose: r.purpose,
        outcome: r.outcome,
      };
    }),
    total: Number(count.n),
    page,
    pageSize,
  };
}
