import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { FormattedDate, FormattedMessage } from 'react-intl';
import type { PersonRecord } from '../api/types';
import type { MessageId } from '../i18n/catalogues';
import { useLabels } from '../i18n/labels';
import { useT } from '../i18n/use-t';
import { Loading, Notice, ProblemNotice } from '../ui/Alerts';
import { LockIcon } from '../ui/icons';
import { AccessLog } from './AccessLog';
import { usePersonDetails } from './queries';

/** Identity fields that the policy may withhold, in the order they are shown. */
const IDENTITY_FIELDS = [
  'givenName',
  'familyName',
  'aliases',
  'dateOfBirth',
  'contact',
  'address',
  'identityDocuments',
] as const;
type IdentityField = (typeof IDENTITY_FIELDS)[number];

const FIELD_LABELS: Readonly<Record<IdentityField, MessageId>> = {
  givenName: 'person.givenName',
  familyName: 'person.familyName',
  aliases: 'person.aliases',
  dateOfBirth: 'person.dateOfBirth',
  contact: 'person.contact',
  address: 'person.address',
  identityDocuments: 'person.identityDocuments',
};

function isIdentityField(value: string): value is IdentityField {
  return (IDENTITY_FIELDS as readonly string[]).includes(value);
}

/**
 * Personal details appear only when asked for, each time audited on the server, and
 * leave memory when hidden again. Fields the policy withholds are named, not guessed.
 */
export function PersonSection({ personId }: { readonly personId: string }): ReactNode {
  const t = useT();
  const queryClient = useQueryClient();
  const [shown, setShown] = useState(false);
  const person = usePersonDetails(personId, shown);

  useEffect(() => {
    // The read just made is now in the access log.
    if (person.data) void queryClient.invalidateQueries({ queryKey: ['person-access-log', personId] });
  }, [person.data, personId, queryClient]);

  return (
    <section className="section" aria-labelledby="person-details">
      <h2 id="person-details">{t('person.title')}</h2>
      <Notice tone="info" live="off">
        <p>{t('person.auditNotice')}</p>
      </Notice>
      {shown ? (
        <Button
          className="button button-secondary"
          aria-controls="person-details-content"
          aria-expanded
          onPress={() => {
            setShown(false);
            queryClient.removeQueries({ queryKey: ['person', personId] });
          }}
        >
          {t('person.hide')}
        </Button>
      ) : (
        <Button
          className="button button-primary"
          aria-controls="person-details-content"
          aria-expanded={false}
          onPress={() => setShown(true)}
        >
          <LockIcon />
          {t('person.show')}
        </Button>
      )}
      <div id="person-details-content">
        {shown && person.isPending ? <Loading /> : null}
        {shown ? <ProblemNotice error={person.error} /> : null}
        {shown && person.data ? <PersonFields person={person.data} /> : null}
      </div>
      <AccessLog personId={personId} />
    </section>
  );
}

function PersonFields({ person }: { readonly person: PersonRecord }): ReactNode {
  const t = useT();
  const labels = useLabels();
  const hidden = person.hiddenFields.filter(isIdentityField);
  const notRecorded = t('common.notRecorded');

  const identityValue = (field: IdentityField): ReactNode => {
    switch (field) {
      case 'givenName':
        return person.givenName || notRecorded;
      case 'familyName':
        return person.familyName || notRecorded;
      case 'aliases':
        return person.aliases && person.aliases.length > 0 ? labels.list(person.aliases) : notRecorded;
      case 'dateOfBirth':
        return person.dateOfBirth ? (
          <FormattedDate value={`${person.dateOfBirth}T00:00:00Z`} dateStyle="long" timeZone="UTC" />
        ) : (
          notRecorded
        );
      case 'contact': {
        const parts = [person.contact?.phone, person.contact?.email].filter((part): part is string =>
          Boolean(part),
        );
        return parts.length > 0 ? (
          <span dir="ltr" className="ltr-value">
            {parts.join(' · ')}
          </span>
        ) : (
          notRecorded
        );
      }
      case 'address':
        return person.address || notRecorded;
      case 'identityDocuments':
        return person.identityDocuments && person.identityDocuments.length > 0 ? (
          <ul className="plain-list">
            {person.identityDocuments.map((document) => {
              return (
                <li key={`${document.type}:${document.number}`}>
                  <FormattedMessage
                    id="person.document"
                    values={{
                      type: labels.documentType(document.type),
                      number: <bdi dir="ltr">{document.number}</bdi>,
                      country: labels.country(document.country),
                    }}
                  />
                </li>
              );
            })}
          </ul>
        ) : (
          notRecorded
        );
      default: {
        const unreachable: never = field;
        return unreachable;
      }
    }
  };

  const visible = IDENTITY_FIELDS.filter((field) => !hidden.includes(field) && field in person);
  const demographics: [MessageId, ReactNode][] = [
    ['cases.column.gender', labels.gender(person.gender)],
    ['person.birthYear', person.birthYear === null ? notRecorded : String(person.birthYear)],
    ['person.ageUncertain', t(person.ageUncertain ? 'common.yes' : 'common.no')],
    ['cases.column.ageBand', labels.ageBand(person.ageBand)],
    ['cases.column.nationality', labels.country(person.nationality)],
    [
      'person.languages',
      person.languages.length > 0 ? labels.list(person.languages.map(labels.language)) : notRecorded,
    ],
    [
      'person.preferredLanguage',
      person.preferredLanguage ? labels.language(person.preferredLanguage) : notRecorded,
    ],
  ];

  return (
    <div className="person-details">
      <dl className="summary-list">
        {visible.map((field) => (
          <div key={field}>
            <dt>{t(FIELD_LABELS[field])}</dt>
            <dd>
              <bdi>{identityValue(field)}</bdi>
            </dd>
          </div>
        ))}
        {demographics.map(([label, value]) => (
          <div key={label}>
            <dt>{t(label)}</dt>
            <dd>
              <bdi>{value}</bdi>
            </dd>
          </div>
        ))}
      </dl>
      {hidden.length > 0 ? (
        <Notice tone="info" live="off" title={t('person.hiddenTitle')}>
          <ul className="plain-list">
            {hidden.map((field) => (
              <li key={field}>{t(FIELD_LABELS[field])}</li>
            ))}
          </ul>
        </Notice>
      ) : null}
    </div>
  );
}
