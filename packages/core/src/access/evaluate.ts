import { requiresMfa } from './mfa.js';
import { POLICY } from './policy.js';
import {
  type Action,
  type Actor,
  type Decision,
  RELATIONSHIPS,
  type Relationship,
  type Resource,
  type Rule,
} from './types.js';

/** Rules that speak about this action on this resource for at least one of the actor's roles. */
function matchingRules(actor: Actor, resource: Resource, action: Action): readonly Rule[] {
  return POLICY.filter(
    (rule) =>
      rule.resource === resource &&
      rule.actions.includes(action) &&
      rule.roles.some((role) => actor.roles.includes(role)),
  );
}

function holds(rule: Rule, relationships: ReadonlySet<Relationship>): boolean {
  return rule.relationship === 'any' || relationships.has(rule.relationship);
}

/** A field stays hidden only if every allowing rule hides it: any role that may see it shows it. */
function intersectHiddenFields(rules: readonly Rule[]): readonly string[] {
  const [first, ...rest] = rules.map((rule) => rule.hiddenFields ?? []);
  if (first === undefined) return [];
  return first.filter((field) => rest.every((hidden) => hidden.includes(field)));
}

/**
 * The one access decision, used by the server (authoritative) and by the web app.
 * `relationships` are how the actor stands to this instance, resolved by the caller
 * from the database; for list and create, pass those that apply (often none).
 * Deny by default: no matching rule, no access.
 */
export function authorize(
  actor: Actor,
  resource: Resource,
  action: Action,
  relationships: ReadonlySet<Relationship>,
): Decision {
  // Before anything else, so a session without a second factor learns nothing, not
  // even which rules it would match.
  if (requiresMfa(actor.roles) && !actor.mfaVerified) return { allowed: false, reason: 'mfa_required' };

  const matching = matchingRules(actor, resource, action);
  if (matching.length === 0) return { allowed: false, reason: 'no_rule' };

  const allowing = matching.filter((rule) => holds(rule, relationships));
  const [first] = allowing;
  if (first === undefined) return { allowed: false, reason: 'relationship_missing' };

  const hiddenFields = intersectHiddenFields(allowing);
  // Name the rule that reveals the most, as it is the one that explains what is shown.
  const ruleId = allowing.reduce(
    (best, rule) => ((rule.hiddenFields ?? []).length < (best.hiddenFields ?? []).length ? rule : best),
    first,
  ).id;
  return { allowed: true, ruleId, hiddenFields };
}

export function can(
  actor: Actor,
  resource: Resource,
  action: Action,
  relationships: ReadonlySet<Relationship>,
): boolean {
  return authorize(actor, resource, action, relationships).allowed;
}

/**
 * The relationships under which the actor may do this action on some instance, for the
 * server to turn into a list-query filter (e.g. `case_team` → join on the case team).
 * Empty: never allowed (or MFA missing). `['any']`: allowed on every instance, and then
 * no other scope is returned because none would narrow it.
 */
export function scopesFor(actor: Actor, resource: Resource, action: Action): readonly Relationship[] {
  if (requiresMfa(actor.roles) && !actor.mfaVerified) return [];
  const granted = new Set(matchingRules(actor, resource, action).map((rule) => rule.relationship));
  if (granted.has('any')) return ['any'];
  return RELATIONSHIPS.filter((relationship) => granted.has(relationship));
}

/** A copy of the record without the fields the decision hides. */
export function projectFields<T extends Record<string, unknown>>(
  record: T,
  hiddenFields: readonly string[],
): Partial<T> {
  const hidden = new Set(hiddenFields);
  return Object.fromEntries(Object.entries(record).filter(([key]) => !hidden.has(key))) as Partial<T>;
}
