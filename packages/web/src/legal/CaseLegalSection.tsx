import type { ReactNode } from 'react';
import type { CaseDetail } from '../api/types';

/** Case page: the legal module on the case (cooperation as the person’s free choice). */
export function CaseLegalSection(_props: { readonly item: CaseDetail }): ReactNode {
  return null;
}
