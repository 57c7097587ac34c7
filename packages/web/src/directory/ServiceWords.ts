import {
  type DeclineReason,
  DISABILITY_TYPES,
  type DisabilityType,
  isGender,
  type MatchVerdict,
  type NeedDomain,
  type ServiceKind,
  type ServiceOutcome,
  type ServiceReferralStatus,
  VULNERABILITIES,
  type Vulnerability,
} from '@opennrm/core';
import { useMemo } from 'react';
import { useLabels } from '../i18n/labels';
import { useT } from '../i18n/use-t';
import type { Capacity, MatchReason, Service } from './ServiceTypes';

export type DirectoryWords = {
  readonly kind: (kind: ServiceKind) => string;
  readonly need: (need: NeedDomain) => string;
  readonly disability: (type: string) => string;
  readonly vulnerability: (value: string) => string;
  readonly gender: (value: string) => string;
  readonly status: (status: ServiceReferralStatus) => string;
  readonly declineReason: (reason: DeclineReason) => string;
  readonly outcome: (outcome: ServiceOutcome) => string;
  readonly verdict: (verdict: MatchVerdict) => string;
  /** One reason of a match, as a sentence. */
  readonly reason: (reason: MatchReason) => string;
  /** "Free places: 3 of 10", "Full — waiting time 5 days", "Not reported". */
  readonly capacity: (capacity: Capacity) => string;
  /** "updated 3 days ago", "never reported". */
  readonly updated: (capacity: Capacity) => string;
  /** "Male; 18 years and over". */
  readonly who: (service: Pick<Service, 'genders' | 'minAge' | 'maxAge'>) => string;
  readonly regions: (regions: readonly string[]) => string;
  readonly languages: (codes: readonly string[]) => string;
  readonly list: (items: readonly string[]) => string;
};

function isDisabilityType(value: string): value is DisabilityType {
  return (DISABILITY_TYPES as readonly string[]).includes(value);
}
function isVulnerability(value: string): value is Vulnerability {
  return (VULNERABILITIES as readonly string[]).includes(value);
}

/** Words of the services directory; message ids are built from core's vocabularies, checked by the compiler. */
export function useDirectoryWords(): DirectoryWords {
  const t = useT();
  const labels = useLabels();
  return useMemo(() => {
    const none = t('directory.none');
    const list = (items: readonly string[]): string => (items.length === 0 ? none : labels.list(items));
    const disability = (type: string): string =>
      isDisabilityType(type) ? t(`directory.disability.${type}`) : type;
    const gender = (value: string): string => (isGender(value) ? labels.gender(value) : value);
    const param = (key: string, value: string | number): string | number => {
      if (typeof value === 'number') return value;
      switch (key) {
        case 'gender':
          return gender(value);
        case 'language':
          return labels.language(value);
        case 'disability':
          return disability(value);
        case 'region':
          return labels.region(value);
        default:
          return value;
      }
    };
    return {
      kind: (kind) => t(`directory.kind.${kind}`),
      need: (need) => t(`directory.need.${need}`),
      disability,
      vulnerability: (value) => (isVulnerability(value) ? t(`directory.vulnerability.${value}`) : value),
      gender,
      status: (status) => t(`directory.status.${status}`),
      declineReason: (reason) => t(`directory.decline.${reason}`),
      outcome: (outcome) => t(`directory.outcome.${outcome}`),
      verdict: (verdict) => t(`directory.verdict.${verdict}`),
      reason: (reason) =>
        t(
          `directory.reason.${reason.code}`,
          Object.fromEntries(Object.entries(reason.params).map(([key, value]) => [key, param(key, value)])),
        ),
      capacity: (capacity) => {
        const { free, total, waitingDays } = capacity;
        if (free !== null && free > 0)
          return total !== null
            ? t('directory.capacity.freeOfTotal', { free, total })
            : t('directory.capacity.free', { free });
        if (free === 0)
          return waitingDays !== null && waitingDays > 0
            ? t('directory.capacity.fullWaiting', { days: waitingDays })
            : t('directory.capacity.full');
        if (waitingDays === 0) return t('directory.capacity.noWaiting');
        if (waitingDays !== null) return t('directory.capacity.waiting', { days: waitingDays });
        return t('directory.capacity.unknown');
      },
      updated: (capacity) =>
        capacity.daysAgo === null
          ? t('directory.capacity.never')
          : t('directory.capacity.updated', { days: capacity.daysAgo }),
      who: (service) => {
        const genders =
          service.genders.length === 0
            ? t('directory.service.allGenders')
            : list(service.genders.map(gender));
        const { minAge: min, maxAge: max } = service;
        const ages =
          min !== null && max !== null
            ? t('directory.service.ages.range', { min, max })
            : min !== null
              ? t('directory.service.ages.from', { min })
              : max !== null
                ? t('directory.service.ages.upTo', { max })
                : t('directory.service.ages.all');
        return t('directory.service.who', { genders, ages });
      },
      regions: (regions) =>
        regions.length === 0 || regions.includes('national')
          ? t('directory.service.nationwide')
          : list(regions.map((code) => labels.region(code))),
      languages: (codes) => list(codes.map((code) => labels.language(code))),
      list,
    };
  }, [t, labels]);
}
