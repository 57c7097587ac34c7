import type { MatchOutcome, MatchVerdict, ServiceReferralStatus } from '@opennrm/core';
import type { ReactNode } from 'react';
import { useT } from '../i18n/use-t';
import { AttentionIcon, CheckIcon, InfoIcon } from '../ui/icons';
import type { Capacity, MatchReason } from './ServiceTypes';
import { useDirectoryWords } from './ServiceWords';
import '../decisions/decisions.css';
import './ServiceDirectory.css';

/** Capacity now and how old the report is; an out-of-date report says so in words, with an icon. */
export function CapacityLine({ capacity }: { readonly capacity: Capacity }): ReactNode {
  const t = useT();
  const words = useDirectoryWords();
  return (
    <span className="service-capacity">
      <span>{words.capacity(capacity)}</span> <span className="muted">({words.updated(capacity)})</span>
      {capacity.freshness === 'stale' ? (
        <>
          {' '}
          <span className="service-tag service-tag-attention">
            <AttentionIcon />
            {t('directory.capacity.stale')}
          </span>
        </>
      ) : null}
    </span>
  );
}

const VERDICT_TONE: Readonly<Record<MatchVerdict, 'success' | 'info' | 'attention'>> = {
  fits: 'success',
  to_check: 'info',
  no_capacity_now: 'attention',
  does_not_fit: 'attention',
};

/** The verdict of a match as a word with an icon (never colour alone). */
export function VerdictTag({ verdict }: { readonly verdict: MatchVerdict }): ReactNode {
  const words = useDirectoryWords();
  const tone = VERDICT_TONE[verdict];
  const Icon = tone === 'success' ? CheckIcon : tone === 'info' ? InfoIcon : AttentionIcon;
  return (
    <span className={`service-tag service-tag-${tone}`}>
      <Icon />
      {words.verdict(verdict)}
    </span>
  );
}

export function StatusTag({ status }: { readonly status: ServiceReferralStatus }): ReactNode {
  const words = useDirectoryWords();
  const open = status === 'sent' || status === 'accepted' || status === 'started';
  return (
    <span className={`service-tag ${open ? 'service-tag-info' : 'service-tag-neutral'}`}>
      {words.status(status)}
    </span>
  );
}

const HEADINGS: Readonly<
  Record<
    MatchOutcome,
    'directory.find.fitsBecause' | 'directory.find.notBecause' | 'directory.find.checkBecause'
  >
> = {
  meets: 'directory.find.fitsBecause',
  fails: 'directory.find.notBecause',
  uncertain: 'directory.find.checkBecause',
};

/** "Fits because… / Does not fit because… / To check…", each a list of plain sentences. */
export function ReasonLists({
  reasons,
  idPrefix,
}: {
  readonly reasons: readonly MatchReason[];
  readonly idPrefix: string;
}): ReactNode {
  const t = useT();
  const words = useDirectoryWords();
  const order: readonly MatchOutcome[] = ['fails', 'uncertain', 'meets'];
  return (
    <div className="service-reasons">
      {order.map((outcome) => {
        const items = reasons.filter((reason) => reason.outcome === outcome);
        if (items.length === 0) return null;
        const id = `${idPrefix}-${outcome}`;
        return (
          <div key={outcome} className={`service-reasons-group service-reasons-${outcome}`}>
            <h4 id={id}>{t(HEADINGS[outcome])}</h4>
            <ul aria-labelledby={id}>
              {items.map((reason) => (
                <li key={`${reason.code}:${JSON.stringify(reason.params)}`}>{words.reason(reason)}</li>
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}
