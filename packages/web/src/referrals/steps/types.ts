import type { ReferralWorkingDraft } from '@opennrm/core';
import type { FieldErrors } from '../../ui/form-errors';
import type { ReferralOptions } from '../types';

/** What every step of the referral form receives. */
export type StepProps = {
  readonly value: ReferralWorkingDraft;
  readonly update: (patch: Partial<ReferralWorkingDraft>) => void;
  readonly options: ReferralOptions;
  /** A child or presumed child: no means, no consent asked, child protection involved. */
  readonly child: boolean;
  readonly errors: FieldErrors<string>;
};

export const FORM_ID = 'referral';
