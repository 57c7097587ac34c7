import type {
  ChildStatus,
  ConsentMethod,
  ConsentPurpose,
  DuplicateBasis,
  DuplicateReviewOutcome,
  ExploitationEvent,
  ExploitationLocation,
  ReferralStep,
  SupportWithoutReferral,
  TraffickingAct,
  TraffickingMeans,
  UrgentNeed,
} from '@opennrm/core';
import { useMemo } from 'react';
import { useT } from '../i18n/use-t';

export type ReferralLabels = {
  readonly act: (act: TraffickingAct) => string;
  readonly means: (means: TraffickingMeans) => string;
  readonly need: (need: UrgentNeed) => string;
  readonly event: (kind: ExploitationEvent['kind']) => string;
  readonly location: (location: ExploitationLocation) => string;
  readonly purpose: (purpose: ConsentPurpose) => string;
  readonly method: (method: ConsentMethod) => string;
  readonly support: (code: SupportWithoutReferral) => string;
  readonly supportText: (code: SupportWithoutReferral) => string;
  readonly childStatus: (status: ChildStatus) => string;
  readonly step: (step: ReferralStep) => string;
  readonly basis: (basis: DuplicateBasis) => string;
  readonly review: (outcome: DuplicateReviewOutcome) => string;
};

/** Words for the referral vocabularies of @opennrm/core; the compiler checks each value has a message. */
export function useReferralLabels(): ReferralLabels {
  const t = useT();
  return useMemo(
    () => ({
      act: (act) => t(`referrals.act.${act}`),
      means: (means) => t(`referrals.means.${means}`),
      need: (need) => t(`referrals.need.${need}`),
      event: (kind) => t(`referrals.event.${kind}`),
      location: (location) => t(`case.place.${location}`),
      purpose: (purpose) => t(`referrals.purpose.${purpose}`),
      method: (method) => t(`referrals.method.${method}`),
      support: (code) => t(`referrals.support.${code}`),
      supportText: (code) => t(`referrals.support.${code}.text`),
      childStatus: (status) => t(`referrals.childStatus.${status}`),
      step: (step) => t(`referrals.step.${step}`),
      basis: (basis) => t(`referrals.duplicate.basis.${basis}`),
      review: (outcome) => t(`referrals.duplicate.outcome.${outcome}`),
    }),
    [t],
  );
}
