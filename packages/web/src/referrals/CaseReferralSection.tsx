import type { ReactNode } from 'react';
import type { CaseDetail } from '../api/types';

/** The case's referral and consents (filled in by the referrals module). */
export function CaseReferralSection(_props: { readonly item: CaseDetail }): ReactNode {
  return null;
}
