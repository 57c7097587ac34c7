import { type ReactNode, useState } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { newDraftId } from '../offline';
import { isUuid } from './draft-rules';

/** `/referrals/new[?screening=<id>]`: starts a draft on this device and opens it. */
export function NewReferralPage(): ReactNode {
  const [params] = useSearchParams();
  const [draftId] = useState(newDraftId);
  const screening = params.get('screening');
  const query = screening !== null && isUuid(screening) ? `?screening=${encodeURIComponent(screening)}` : '';
  return <Navigate to={`/referrals/drafts/${draftId}${query}`} replace />;
}
