import type { ReactNode } from 'react';
import type { CaseDetail } from '../api/types';

/** The case's identification decisions and recovery period (filled in by the decisions module). */
export function CaseDecisionSection(_props: { readonly item: CaseDetail }): ReactNode {
  return null;
}
