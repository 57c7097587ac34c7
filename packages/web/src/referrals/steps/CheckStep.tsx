import {
  type ChildStatus,
  consentsFromAnswers,
  missingTraffickingElements,
  type ReferralGap,
  type ReferralStep,
} from '@opennrm/core';
import type { ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { useLabels } from '../../i18n/labels';
import { useT } from '../../i18n/use-t';
import { Notice } from '../../ui/Alerts';
import { useReferralLabels } from '../labels';
import type { StepProps } from './types';

type Row = { readonly term: string; readonly value: string; readonly step: ReferralStep };

/** "Check your answers" (GOV.UK): everything on one page, each with a way back to change it. */
export function CheckStep({
  value,
  options,
  child,
  childStatus,
  gaps,
  onChange,
}: StepProps & {
  readonly childStatus: ChildStatus;
  readonly gaps: readonly ReferralGap[];
  readonly onChange: (step: ReferralStep) => void;
}): ReactNode {
  const t = useT();
  const labels = useLabels();
  const words = useReferralLabels();
  const person = value.person ?? {};
  const elements = value.elements ?? {};
  const none = t('common.notRecorded');
  const list = (items: readonly string[]) => (items.length > 0 ? labels.list(items) : none);
  const authority =
    options.competentAuthorities.find((org) => org.id === value.competentOrgId) ??
    options.competentAuthorities[0];
  const consents = child ? [] : consentsFromAnswers(value.consent ?? {}, new Date());
  const providerName = (id: string | null) =>
    options.providers.find((org) => org.id === id)?.name ?? id ?? '';
  const missing = missingTraffickingElements(
    { acts: elements.acts ?? [], means: elements.means ?? [], purposes: value.exploitationForms ?? [] },
    child,
  );

  const rows: Row[] = [
    { step: 'person', term: t('referrals.person.name'), value: person.name?.trim() || none },
    {
      step: 'person',
      term: t('person.birthYear'),
      value: person.birthYear ? String(person.birthYear) : none,
    },
    { step: 'person', term: t('referrals.check.childStatus'), value: words.childStatus(childStatus) },
    { step: 'person', term: t('referrals.person.gender'), value: labels.gender(person.gender ?? 'unknown') },
    {
      step: 'person',
      term: t('referrals.person.nationality'),
      value: labels.country(person.nationality ?? null),
    },
    {
      step: 'person',
      term: t('person.preferredLanguage'),
      value: person.preferredLanguage ? labels.language(person.preferredLanguage) : none,
    },
    { step: 'person', term: t('referrals.person.contact'), value: person.contact?.trim() || none },
    {
      step: 'person',
      term: t('referrals.person.region'),
      value: value.region || options.ownRegion ? labels.region(value.region || options.ownRegion) : none,
    },
    {
      step: 'exploitation',
      term: t('referrals.exploitation.forms'),
      value: list((value.exploitationForms ?? []).map(labels.exploitationForm)),
    },
    {
      step: 'exploitation',
      term: t('referrals.exploitation.acts'),
      value: list((elements.acts ?? []).map(words.act)),
    },
    ...(child
      ? []
      : [
          {
            step: 'exploitation' as const,
            term: t('referrals.exploitation.means'),
            value: list((elements.means ?? []).map(words.means)),
          },
        ]),
    {
      step: 'exploitation',
      term: t('referrals.exploitation.location'),
      value: words.location(value.exploitationLocation ?? 'unknown'),
    },
    {
      step: 'exploitation',
      term: t('referrals.events.title'),
      value: list(
        (value.events ?? []).map((event) =>
          t('referrals.check.event', {
            kind: words.event(event.kind),
            country: labels.country(event.country),
            date: event.date ?? t('referrals.events.notKnown'),
          }),
        ),
      ),
    },
    {
      step: 'needs',
      term: t('referrals.needs.urgent'),
      value: list((value.urgentNeeds ?? []).map(words.need)),
    },
    {
      step: 'needs',
      term: t('referrals.needs.interpreter'),
      value: t(value.interpreterNeeded ? 'common.yes' : 'common.no'),
    },
    {
      step: 'needs',
      term: t('referrals.needs.narrative'),
      value: value.narrative?.trim() ? t('referrals.check.narrativeWritten') : none,
    },
    { step: 'authority', term: t('referrals.authority.label'), value: authority?.name ?? none },
    {
      step: 'consent',
      term: t('referrals.check.consents'),
      value: child
        ? t('referrals.check.consentChild')
        : list(
            consents.map((consent) =>
              consent.recipientOrgId
                ? t('referrals.check.consentTo', {
                    purpose: words.purpose(consent.purpose),
                    recipient: providerName(consent.recipientOrgId),
                  })
                : words.purpose(consent.purpose),
            ),
          ),
    },
  ];

  return (
    <>
      {missing.length > 0 ? (
        <Notice tone="info" title={t('referrals.check.elementsTitle')}>
          <p>
            {t('referrals.check.elementsMissing', {
              elements: labels.list(missing.map((element) => t(`referrals.element.${element}`))),
            })}
          </p>
        </Notice>
      ) : null}
      {gaps.length > 0 ? (
        <Notice tone="attention" title={t('referrals.check.gapsTitle')}>
          <ul>
            {gaps.map((gap) => (
              <li key={gap}>{t(`referrals.gap.${gap}`)}</li>
            ))}
          </ul>
        </Notice>
      ) : null}
      <dl className="summary-list">
        {rows.map((row) => (
          <div key={`${row.step}:${row.term}`}>
            <dt>{row.term}</dt>
            <dd>
              <bdi>{row.value}</bdi>{' '}
              <Button className="button button-quiet button-small" onPress={() => onChange(row.step)}>
                {t('referrals.check.change')}
                <span className="visually-hidden"> {row.term}</span>
              </Button>
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}
