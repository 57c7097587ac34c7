import type { ReactNode } from 'react';
import type { CaseDetail } from '../api/types';

/** Case page: service referrals sent for this case. */
export function CaseServiceReferrals(_props: { readonly item: CaseDetail }): ReactNode {
  return null;
}
