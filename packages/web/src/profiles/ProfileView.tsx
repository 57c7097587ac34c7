import type { CountryProfile, OutcomeCategory } from '@opennrm/core';
import type { ReactNode } from 'react';
import { useLabels } from '../i18n/labels';
import { useT } from '../i18n/use-t';
import type { ProfileVersionSummary } from './types';
import { useProfileWords } from './words';

/** The outcomes of one decision stage, each marked in words when it identifies the person. */
function Outcomes({ outcomes }: { readonly outcomes: readonly OutcomeCategory[] }): ReactNode {
  const t = useT();
  const words = useProfileWords();
  return (
    <ul className="plain-list">
      {outcomes.map((outcome) => (
        <li key={outcome.id}>
          {words.outcome(outcome)}{' '}
          <span className="muted">
            ({t(outcome.positive ? 'profiles.outcome.positive' : 'profiles.outcome.negative')})
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * A country profile's rules, in words: who refers and decides, the decision stages and
 * their deadlines, the recovery period, the outcomes and the working-day calendar.
 * `headingLevel` 2 on a page of its own, 3 inside a section.
 */
export function ProfileView({
  profile,
  meta,
  headingLevel = 2,
  idPrefix,
}: {
  readonly profile: CountryProfile;
  readonly meta?: ProfileVersionSummary;
  readonly headingLevel?: 2 | 3;
  readonly idPrefix: string;
}): ReactNode {
  const t = useT();
  const labels = useLabels();
  const words = useProfileWords();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const twoStages = profile.decisionStages === 2;
  const holidays = [...profile.calendar.holidays].sort();
  const weekend = [...profile.calendar.weekend].sort((a, b) => a - b);

  return (
    <>
      <section className="section" aria-labelledby={`${idPrefix}-who`}>
        <H id={`${idPrefix}-who`}>{t('profiles.view.who')}</H>
        <dl className="summary-list">
          <div>
            <dt>{t('profiles.field.name')}</dt>
            <dd>
              <bdi>{profile.name}</bdi>
            </dd>
          </div>
          <div>
            <dt>{t('profiles.field.version')}</dt>
            <dd>
              {t('profiles.view.versionOf', { version: profile.version, id: profile.id })}
              {meta ? (
                <>
                  {' · '}
                  {meta.publishedBy
                    ? t('profiles.view.publishedBy', {
                        date: new Date(meta.createdAt),
                        name: meta.publishedBy.displayName,
                      })
                    : t('profiles.view.shipped', { date: new Date(meta.createdAt) })}
                </>
              ) : null}
            </dd>
          </div>
          <div>
            <dt>{t('profiles.field.referringKinds')}</dt>
            <dd>{labels.list(profile.referringKinds.map(labels.organisationKind))}</dd>
          </div>
          <div>
            <dt>{t('profiles.field.decidingKinds')}</dt>
            <dd>{labels.list(profile.decidingKinds.map(labels.organisationKind))}</dd>
          </div>
        </dl>
      </section>

      <section className="section" aria-labelledby={`${idPrefix}-stages`}>
        <H id={`${idPrefix}-stages`}>{t('profiles.view.stages')}</H>
        <dl className="summary-list">
          <div>
            <dt>{t('profiles.field.decisionStages')}</dt>
            <dd>{t(twoStages ? 'profiles.stages.two' : 'profiles.stages.one')}</dd>
          </div>
          {twoStages ? (
            <div>
              <dt>{t('profiles.field.reasonableGroundsDeadline')}</dt>
              <dd>
                {t('profiles.view.workingDaysAfterReferral', {
                  days: profile.reasonableGroundsDeadlineWorkingDays,
                })}
              </dd>
            </div>
          ) : null}
          <div>
            <dt>{t('profiles.field.recoveryPeriodDays')}</dt>
            <dd>{t('profiles.view.days', { days: profile.recoveryPeriodDays })}</dd>
          </div>
          <div>
            <dt>{t('profiles.field.conclusiveAfterRecoveryDays')}</dt>
            <dd>
              {profile.conclusiveAfterRecoveryDays === undefined
                ? t('profiles.view.noTarget')
                : t('profiles.view.daysAfterRecovery', { days: profile.conclusiveAfterRecoveryDays })}
            </dd>
          </div>
          <div>
            <dt>{t('profiles.field.moveOnPeriodDays')}</dt>
            <dd>{t('profiles.view.days', { days: profile.moveOnPeriodDays })}</dd>
          </div>
          <div>
            <dt>{t('profiles.field.reminderDaysBefore')}</dt>
            <dd>{t('profiles.view.daysBefore', { days: profile.reminderDaysBefore })}</dd>
          </div>
        </dl>
      </section>

      <section className="section" aria-labelledby={`${idPrefix}-outcomes`}>
        <H id={`${idPrefix}-outcomes`}>{t('profiles.view.outcomes')}</H>
        <dl className="summary-list">
          {twoStages && profile.outcomeCategories.reasonableGrounds ? (
            <div>
              <dt>{t('profiles.field.reasonableGroundsOutcomes')}</dt>
              <dd>
                <Outcomes outcomes={profile.outcomeCategories.reasonableGrounds} />
              </dd>
            </div>
          ) : null}
          <div>
            <dt>{t('profiles.field.conclusiveGroundsOutcomes')}</dt>
            <dd>
              <Outcomes outcomes={profile.outcomeCategories.conclusiveGrounds} />
            </dd>
          </div>
        </dl>
      </section>

      <section className="section" aria-labelledby={`${idPrefix}-calendar`}>
        <H id={`${idPrefix}-calendar`}>{t('profiles.view.calendar')}</H>
        <dl className="summary-list">
          <div>
            <dt>{t('profiles.field.timeZone')}</dt>
            <dd dir="ltr" className="ltr-value">
              {profile.calendar.timeZone}
            </dd>
          </div>
          <div>
            <dt>{t('profiles.field.weekend')}</dt>
            <dd>
              {weekend.length > 0 ? labels.list(weekend.map(words.weekday)) : t('profiles.view.noWeekend')}
            </dd>
          </div>
          <div>
            <dt>{t('profiles.field.holidays')}</dt>
            <dd>
              {holidays.length === 0 ? (
                t('profiles.view.noHolidays')
              ) : (
                <details>
                  <summary>{t('profiles.view.holidayCount', { count: holidays.length })}</summary>
                  <ul className="plain-list">
                    {holidays.map((day) => (
                      <li key={day}>
                        <time dateTime={day}>{words.localDate(day)}</time>
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </dd>
          </div>
        </dl>
      </section>
    </>
  );
}
