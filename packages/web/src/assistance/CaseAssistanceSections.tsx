import type { ReactNode } from 'react';
import type { CaseDetail } from '../api/types';

/** Case page: needs assessment, risk and safety, support plan, advocate. */
export function CaseAssistanceSections(_props: { readonly item: CaseDetail }): ReactNode {
  return null;
}
