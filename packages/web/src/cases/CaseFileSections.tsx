import type { ReactNode } from 'react';
import type { CaseDetail } from '../api/types';

/** Case page: the person’s account told once, case notes and the timeline. */
export function CaseFileSections(_props: { readonly item: CaseDetail }): ReactNode {
  return null;
}
