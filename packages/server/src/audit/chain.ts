import { createHash } from 'node:crypto';

/**
 * The hash chain of the audit log, pure. Each entry's hash is
 * SHA-256(prevHash + canonicalJson(entry)), hex, and the next entry stores it as its
 * `prev_hash`. Changing, removing or reordering any stored entry breaks every hash
 * from there on. The entry includes its `seq`, so a renumbering is caught too.
 */

export const GENESIS_HASH = '0'.repeat(64);

export type AuditActorKind = 'user' | 'system' | 'anonymous';
export type AuditOutcome = 'success' | 'denied' | 'failure';
export type AuditDetailValue = string | number | boolean | null;
export type AuditDetails = Readonly<Record<string, AuditDetailValue>>;

/** Everything the hash covers: every column of `audit_log` except `prev_hash` and `hash`. */
export type ChainedEntry = {
  readonly seq: number;
  readonly id: string;
  readonly at: Date;
  readonly actorKind: string;
  readonly actorUserId: string | null;
  readonly actorOrgId: string | null;
  readonly action: string;
  readonly resourceType: string;
  readonly resourceId: string | null;
  readonly subjectPersonId: string | null;
  readonly purpose: string | null;
  readonly outcome: string;
  readonly requestId: string | null;
  readonly details: Readonly<Record<string, unknown>>;
};

type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

/**
 * Canonical JSON: object keys sorted by UTF-16 code unit order at every depth, no
 * whitespace, numbers as JavaScript prints them. Values round-trip through jsonb
 * unchanged for what `appendAudit` accepts (finite numbers, short strings).
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(toCanonical(value));
}

function toCanonical(value: unknown): Json {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('audit values must be finite numbers');
    return value;
  }
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toCanonical);
  if (typeof value === 'object') {
    const out: { [key: string]: Json } = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = toCanonical(v);
    }
    return out;
  }
  throw new TypeError(`audit values cannot be of type ${typeof value}`);
}

/** The canonical text of an entry; `at` as an ISO-8601 UTC timestamp with milliseconds. */
export function canonicalEntry(entry: ChainedEntry): string {
  return canonicalJson({
    seq: entry.seq,
    id: entry.id,
    at: entry.at.toISOString(),
    actorKind: entry.actorKind,
    actorUserId: entry.actorUserId,
    actorOrgId: entry.actorOrgId,
    action: entry.action,
    resourceType: entry.resourceType,
    resourceId: entry.resourceId,
    subjectPersonId: entry.subjectPersonId,
    purpose: entry.purpose,
    outcome: entry.outcome,
    requestId: entry.requestId,
    details: entry.details,
  });
}

export function entryHash(prevHash: string, entry: ChainedEntry): string {
  return createHash('sha256').update(prevHash, 'utf8').update(canonicalEntry(entry), 'utf8').digest('hex');
}
