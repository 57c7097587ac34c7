import type { AuditActorKind, AuditDetails, AuditDetailValue, AuditOutcome } from './chain.js';

/**
 * What callers pass to `appendAudit`. The audit log holds ids, action names and short
 * codes, never personal data: names, narratives and contact details stay out, which
 * is why detail strings are capped and free text is refused.
 */
export type AuditInput = {
  readonly actorKind: AuditActorKind;
  readonly actorUserId?: string | null | undefined;
  readonly actorOrgId?: string | null | undefined;
  /** Dotted, lower case: 'person.read', 'auth.login.failed'. */
  readonly action: string;
  readonly resourceType: string;
  readonly resourceId?: string | null | undefined;
  readonly subjectPersonId?: string | null | undefined;
  readonly purpose?: string | null | undefined;
  readonly outcome: AuditOutcome;
  readonly requestId?: string | null | undefined;
  readonly details?: Readonly<Record<string, AuditDetailValue | undefined>> | undefined;
};

/** The input checked and normalised, ready to be chained and stored. */
export type ValidAuditInput = {
  readonly actorKind: AuditActorKind;
  readonly actorUserId: string | null;
  readonly actorOrgId: string | null;
  readonly action: string;
  readonly resourceType: string;
  readonly resourceId: string | null;
  readonly subjectPersonId: string | null;
  readonly purpose: string | null;
  readonly outcome: AuditOutcome;
  readonly requestId: string | null;
  readonly details: AuditDetails;
};

/** The entry was refused before anything was written. The message names the field, never its value. */
export class AuditValidationError extends Error {
  override readonly name = 'AuditValidationError';
}

export const MAX_DETAIL_STRING = 200;
const MAX_DETAIL_KEYS = 32;
const MAX_SHORT_TEXT = 200;
const ACTOR_KINDS: readonly AuditActorKind[] = ['user', 'system', 'anonymous'];
const OUTCOMES: readonly AuditOutcome[] = ['success', 'denied', 'failure'];
const CODE = /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$/;
const DETAIL_KEY = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Control characters: PostgreSQL refuses NUL, and none belong in an id or a code.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
const CONTROL = /[\u0000-\u001f\u007f]/;

function code(value: string, field: string): string {
  if (value.length > 100 || !CODE.test(value)) {
    throw new AuditValidationError(
      `audit ${field} must be a dotted lower-case code of at most 100 characters`,
    );
  }
  return value;
}

// PostgreSQL prints uuids in lower case: store them that way so the hash recomputes.
function uuid(value: string | null | undefined, field: string): string | null {
  if (value === null || value === undefined) return null;
  if (!UUID.test(value)) throw new AuditValidationError(`audit ${field} must be a UUID`);
  return value.toLowerCase();
}

function shortText(value: string | null | undefined, field: string, max = MAX_SHORT_TEXT): string | null {
  if (value === null || value === undefined) return null;
  if (value.length === 0 || value.length > max || CONTROL.test(value)) {
    throw new AuditValidationError(`audit ${field} must be 1-${max} characters without control characters`);
  }
  return value;
}

function details(input: AuditInput['details']): AuditDetails {
  if (input === undefined) return {};
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new AuditValidationError('audit details must be a flat object');
  }
  const out: Record<string, AuditDetailValue> = {};
  const entries = Object.entries(input).filter(([, v]) => v !== undefined);
  if (entries.length > MAX_DETAIL_KEYS) {
    throw new AuditValidationError(`audit details hold at most ${MAX_DETAIL_KEYS} keys`);
  }
  for (const [key, value] of entries) {
    if (!DETAIL_KEY.test(key)) throw new AuditValidationError('audit detail keys must be short identifiers');
    if (value === null || typeof value === 'boolean') {
      out[key] = value;
    } else if (typeof value === 'number') {
      if (!Number.isFinite(value))
        throw new AuditValidationError(`audit detail "${key}" must be a finite number`);
      out[key] = value;
    } else if (typeof value === 'string') {
      // Ids and codes only: a long string is free text, which may hold personal data.
      out[key] = shortText(value, `detail "${key}"`, MAX_DETAIL_STRING) ?? '';
    } else {
      throw new AuditValidationError(`audit detail "${key}" must be a string, number, boolean or null`);
    }
  }
  return out;
}

export function validateAuditInput(input: AuditInput): ValidAuditInput {
  if (!ACTOR_KINDS.includes(input.actorKind)) throw new AuditValidationError('audit actorKind is not known');
  if (!OUTCOMES.includes(input.outcome)) throw new AuditValidationError('audit outcome is not known');
  return {
    actorKind: input.actorKind,
    actorUserId: uuid(input.actorUserId, 'actorUserId'),
    actorOrgId: uuid(input.actorOrgId, 'actorOrgId'),
    action: code(input.action, 'action'),
    resourceType: code(input.resourceType, 'resourceType'),
    resourceId: shortText(input.resourceId, 'resourceId'),
    subjectPersonId: uuid(input.subjectPersonId, 'subjectPersonId'),
    purpose: shortText(input.purpose, 'purpose', 100),
    outcome: input.outcome,
    requestId: shortText(input.requestId, 'requestId'),
    details: details(input.details),
  };
}
