const FOCUSABLE = 'input:not([type="hidden"]), select, textarea, button, [tabindex]:not([tabindex="-1"])';

/**
 * Moves focus to a form field by id, as the GOV.UK error summary does: the element
 * itself when it can take focus, else the first control inside it (checkbox groups,
 * selects), and brings its label into view.
 */
export function focusField(id: string): boolean {
  const element = document.getElementById(id);
  if (!element) return false;
  const target = element.matches(FOCUSABLE) ? element : element.querySelector<HTMLElement>(FOCUSABLE);
  if (!target) return false;
  target.focus();
  const label = target.closest('.field, fieldset') ?? target;
  label.scrollIntoView?.({ block: 'center' });
  return true;
}
