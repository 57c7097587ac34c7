import { isApiProblem } from '../api/problem';
import type { SummaryItem } from './ErrorSummary';

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

export function fieldId(formId: string, field: string): string {
  return `${formId}-${field}`;
}

/** Error summary items in the order the fields appear on the page. */
export function summaryItems<F extends string>(
  formId: string,
  errors: FieldErrors<F>,
  order: readonly F[],
): SummaryItem[] {
  return order.flatMap((field) => {
    const message = errors[field];
    return message ? [{ fieldId: fieldId(formId, field), message }] : [];
  });
}

export function hasErrors<F extends string>(errors: FieldErrors<F>): boolean {
  return Object.values(errors).some((message) => typeof message === 'string' && message.length > 0);
}

/**
 * Field names a server problem points at (validation, or a conflict such as an e-mail
 * address already in use). Paths look like `body.email` or `body.roles.0`; the first
 * segment after `body` names the field.
 */
export function problemFieldNames(error: unknown): string[] {
  if (!isApiProblem(error) || error.errors.length === 0) return [];
  const names = error.errors.map((entry) => {
    const segments = entry.path.split('.').filter((segment) => segment.length > 0);
    return (segments[0] === 'body' ? segments[1] : segments[0]) ?? '';
  });
  return [...new Set(names.filter((name) => name.length > 0))];
}

/** True when a server problem was fully explained next to fields. */
export function isFieldProblem(error: unknown, fields: readonly string[]): boolean {
  const names = problemFieldNames(error);
  return names.length > 0 && names.every((name) => fields.includes(name));
}
