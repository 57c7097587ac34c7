import { requiresMfa, SUPPORTED_LOCALES, type SupportedLocale } from '@opennrm/core';
import { type ReactNode, useEffect, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useLocation } from 'react-router';
import { useLocale } from '../i18n/LocaleProvider';
import { useLabels } from '../i18n/labels';
import { languageEndonym } from '../i18n/names';
import { useAuthenticatedSession } from '../session/session-query';
import { useSignOut } from '../session/sign-out';
import { ActionDialog } from '../ui/ActionDialog';
import { Notice, ProblemNotice } from '../ui/Alerts';
import { SelectInput } from '../ui/fields';
import { Page } from '../ui/Page';

export function AccountPage(): ReactNode {
  const intl = useIntl();
  const labels = useLabels();
  const session = useAuthenticatedSession();
  const signOut = useSignOut();
  const location = useLocation();
  const passwordChanged = (location.state as { passwordChanged?: unknown } | null)?.passwordChanged === true;
  const { user } = session;

  return (
    <Page title={intl.formatMessage({ id: 'account.title' })}>
      {passwordChanged ? (
        <Notice tone="success">
          <FormattedMessage id="account.password.changed" />
        </Notice>
      ) : null}
      <section className="section" aria-labelledby="account-details">
        <h2 id="account-details">{intl.formatMessage({ id: 'account.details' })}</h2>
        <dl className="summary-list">
          <div>
            <dt>{intl.formatMessage({ id: 'account.name' })}</dt>
            <dd>
              <bdi>{user.displayName}</bdi>
            </dd>
          </div>
          <div>
            <dt>{intl.formatMessage({ id: 'account.email' })}</dt>
            <dd dir="ltr" className="ltr-value">
              {user.email}
            </dd>
          </div>
          <div>
            <dt>{intl.formatMessage({ id: 'account.organisation' })}</dt>
            <dd>
              <Link to={`/organisations/${user.organisation.id}`}>
                <bdi>{user.organisation.name}</bdi>
              </Link>
              <span className="muted"> · {labels.organisationKind(user.organisation.kind)}</span>
            </dd>
          </div>
          <div>
            <dt>{intl.formatMessage({ id: 'account.roles' })}</dt>
            <dd>{labels.list(user.roles.map(labels.role))}</dd>
          </div>
        </dl>
      </section>

      <LanguageSection />

      <section className="section" aria-labelledby="account-security">
        <h2 id="account-security">{intl.formatMessage({ id: 'account.security' })}</h2>
        <dl className="summary-list">
          <div>
            <dt>{intl.formatMessage({ id: 'account.mfa' })}</dt>
            <dd>
              {intl.formatMessage({
                id: user.mfaEnrolled
                  ? 'account.mfa.enrolled'
                  : requiresMfa(user.roles)
                    ? 'account.mfa.notEnrolled'
                    : 'account.mfa.notRequired',
              })}
            </dd>
          </div>
          <div>
            <dt>{intl.formatMessage({ id: 'account.password' })}</dt>
            <dd>
              <Link to="/account/password">{intl.formatMessage({ id: 'account.password.change' })}</Link>
            </dd>
          </div>
        </dl>
        <p>{intl.formatMessage({ id: 'account.signOutEverywhere.intro' })}</p>
        <ActionDialog
          triggerLabel={intl.formatMessage({ id: 'account.signOutEverywhere' })}
          title={intl.formatMessage({ id: 'account.signOutEverywhere.title' })}
          confirmLabel={intl.formatMessage({ id: 'account.signOutEverywhere' })}
          action={() => signOut('everywhere')}
        >
          <p>{intl.formatMessage({ id: 'account.signOutEverywhere.body' })}</p>
        </ActionDialog>
      </section>
    </Page>
  );
}

function LanguageSection(): ReactNode {
  const intl = useIntl();
  const { locale, changeLocale } = useLocale();
  const [choice, setChoice] = useState<SupportedLocale>(locale);
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [error, setError] = useState<unknown>(null);
  // The header's language menu may change the language while this page is open.
  useEffect(() => setChoice(locale), [locale]);
  const options = SUPPORTED_LOCALES.map((code) => ({ id: code, label: languageEndonym(code), lang: code }));

  return (
    <section className="section" aria-labelledby="account-language">
      <h2 id="account-language">{intl.formatMessage({ id: 'account.language' })}</h2>
      <ProblemNotice error={error} />
      {status === 'saved' ? (
        <Notice tone="success">
          <FormattedMessage id="account.language.saved" />
        </Notice>
      ) : null}
      <Form
        className="form form-inline"
        validationBehavior="aria"
        onSubmit={(event) => {
          event.preventDefault();
          setStatus('saving');
          setError(null);
          changeLocale(choice).then(
            () => setStatus('saved'),
            (problem: unknown) => {
              setError(problem);
              setStatus('idle');
            },
          );
        }}
      >
        <SelectInput
          id="account-locale"
          name="locale"
          label={intl.formatMessage({ id: 'account.language.label' })}
          description={intl.formatMessage({ id: 'account.language.hint' })}
          options={options}
          value={choice}
          onChange={setChoice}
          placeholder={intl.formatMessage({ id: 'common.choose' })}
        />
        <Button type="submit" className="button button-secondary" isDisabled={status === 'saving'}>
          {intl.formatMessage({ id: 'account.language.save' })}
        </Button>
      </Form>
    </section>
  );
}
