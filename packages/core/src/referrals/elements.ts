import { z } from 'zod';
import { type ExploitationForm, ZExploitationForms } from '../cases/exploitation.js';

/**
 * The elements of trafficking (CoE art. 4(a), EU art. 2(1), Palermo Protocol art. 3):
 * an act, by a means, for the purpose of exploitation. For a child the means are not
 * required (CoE art. 4(c), EU art. 2(5)). The person's consent to the exploitation is
 * irrelevant once a means was used (CoE art. 4(b)), so it is not recorded at all.
 */
export const TRAFFICKING_ACTS = ['recruitment', 'transport', 'transfer', 'harbouring', 'receipt'] as const;
export type TraffickingAct = (typeof TRAFFICKING_ACTS)[number];

export const TRAFFICKING_MEANS = [
  'threat',
  'force',
  'coercion',
  'abduction',
  'fraud',
  'deception',
  'abuse_of_power',
  'abuse_of_vulnerability',
  /** Giving or receiving payments or benefits to get the consent of a person in control of another. */
  'payments_to_person_in_control',
] as const;
export type TraffickingMeans = (typeof TRAFFICKING_MEANS)[number];

const unique = <T>(values: readonly T[]): boolean => new Set(values).size === values.length;

export const ZTraffickingElements = z.strictObject({
  acts: z.array(z.enum(TRAFFICKING_ACTS)).refine(unique, 'Each act may appear once'),
  means: z.array(z.enum(TRAFFICKING_MEANS)).refine(unique, 'Each means may appear once'),
  /** The purpose: the forms of exploitation intended or carried out. */
  purposes: ZExploitationForms,
});
export type TraffickingElements = z.infer<typeof ZTraffickingElements>;

export const TRAFFICKING_ELEMENTS = ['act', 'means', 'purpose'] as const;
export type TraffickingElement = (typeof TRAFFICKING_ELEMENTS)[number];

/** A purpose of "unknown" only does not establish the purpose element. */
function hasKnownPurpose(purposes: readonly ExploitationForm[]): boolean {
  return purposes.some((form) => form !== 'unknown');
}

/** The elements still missing; means are never missing for a child (or presumed child). */
export function missingTraffickingElements(
  elements: TraffickingElements,
  isChild: boolean,
): readonly TraffickingElement[] {
  const missing: TraffickingElement[] = [];
  if (elements.acts.length === 0) missing.push('act');
  if (!isChild && elements.means.length === 0) missing.push('means');
  if (!hasKnownPurpose(elements.purposes)) missing.push('purpose');
  return missing;
}

export function isTraffickingElementsComplete(elements: TraffickingElements, isChild: boolean): boolean {
  return missingTraffickingElements(elements, isChild).length === 0;
}
