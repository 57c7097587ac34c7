import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { api } from '../api/client';
import { isApiProblem } from '../api/problem';
import type { MfaEnrolment, MfaEnrolmentConfirmation } from '../api/types';
import { applySession } from '../session/session-query';
import { Loading, Notice, ProblemNotice } from '../ui/Alerts';
import { ErrorSummary } from '../ui/ErrorSummary';
import { SingleCheckbox, TextInput } from '../ui/fields';
import { type FieldErrors, fieldId, hasErrors, summaryItems } from '../ui/form-errors';
import { AttentionIcon } from '../ui/icons';
import { Page } from '../ui/Page';
import { normaliseCode } from './code';
import { RecoveryCodes } from './RecoveryCodes';

const FORM = 'mfa-enrol';
type Field = 'code';

/** Groups a secret in fours so it can be read out and typed without losing one's place. */
function groupSecret(secret: string): string {
  return secret.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * Setting up two-step verification: scan (or type) the secret, prove it works with a
 * code, then keep the recovery codes, which are shown only once.
 */
export function MfaEnrolPage(): ReactNode {
  const intl = useIntl();
  const queryClient = useQueryClient();
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [confirmation, setConfirmation] = useState<MfaEnrolmentConfirmation | null>(null);

  // A POST, but asked once per visit: a second one would replace the secret just shown.
  // Once confirmed, it must not be asked again (the server would refuse: already set up).
  const enrolment = useQuery({
    queryKey: ['mfa-enrolment'],
    queryFn: () => api.post<MfaEnrolment>('/api/auth/mfa/enrolment'),
    enabled: confirmation === null,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    retry: false,
  });

  const confirm = useMutation({
    mutationFn: (value: string) =>
      api.post<MfaEnrolmentConfirmation>('/api/auth/mfa/enrolment/confirm', { code: value }),
    onSuccess: setConfirmation,
    onError: (error) => {
      setCode('');
      // A wrong code is about the one field: say so there and in the error summary.
      if (isApiProblem(error) && error.type === 'invalid-code')
        setErrors({ code: intl.formatMessage({ id: 'problem.invalidCode' }) });
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const value = normaliseCode(code);
    const next: FieldErrors<Field> = {};
    if (!/^\d{6}$/.test(value)) next.code = intl.formatMessage({ id: 'auth.enrol.codeInvalid' });
    setErrors(next);
    if (hasErrors(next)) return;
    confirm.mutate(value);
  };

  if (confirmation) {
    return (
      <Page title={intl.formatMessage({ id: 'auth.recovery.title' })}>
        <SavedCodes
          confirmation={confirmation}
          onDone={() => applySession(queryClient, confirmation.session)}
        />
      </Page>
    );
  }

  return (
    <Page title={intl.formatMessage({ id: 'auth.enrol.title' })}>
      <div className="narrow">
        <p>{intl.formatMessage({ id: 'auth.enrol.intro' })}</p>
        {enrolment.isPending ? <Loading /> : null}
        <ProblemNotice error={enrolment.error} />
        {enrolment.data ? (
          <>
            <h2>{intl.formatMessage({ id: 'auth.enrol.step1' })}</h2>
            <img
              className="qr-code"
              src={enrolment.data.qrCodeDataUrl}
              alt={intl.formatMessage({ id: 'auth.enrol.qrAlt' })}
              width={200}
              height={200}
            />
            <p>{intl.formatMessage({ id: 'auth.enrol.manual' })}</p>
            <p>
              <code className="secret" dir="ltr">
                {groupSecret(enrolment.data.secret)}
              </code>
            </p>
            <h2>{intl.formatMessage({ id: 'auth.enrol.step2' })}</h2>
            <ErrorSummary items={summaryItems(FORM, errors, ['code'])} />
            {isApiProblem(confirm.error) && confirm.error.type === 'invalid-code' ? null : (
              <ProblemNotice error={confirm.error} />
            )}
            <Form className="form" onSubmit={submit} validationBehavior="aria">
              <TextInput
                id={fieldId(FORM, 'code')}
                name="code"
                autoComplete="one-time-code"
                inputMode="numeric"
                label={intl.formatMessage({ id: 'auth.enrol.code' })}
                description={intl.formatMessage({ id: 'auth.enrol.codeHint' })}
                value={code}
                onChange={setCode}
                error={errors.code}
                maxLength={8}
                isRequired
                ltr
              />
              <Button type="submit" className="button button-primary" isDisabled={confirm.isPending}>
                {intl.formatMessage({ id: 'auth.enrol.submit' })}
              </Button>
            </Form>
          </>
        ) : null}
      </div>
    </Page>
  );
}

function SavedCodes({
  confirmation,
  onDone,
}: {
  readonly confirmation: MfaEnrolmentConfirmation;
  readonly onDone: () => void;
}): ReactNode {
  const intl = useIntl();
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | undefined>();
  return (
    <div className="narrow">
      <Notice tone="success">
        <FormattedMessage id="auth.recovery.enrolled" />
      </Notice>
      <p>{intl.formatMessage({ id: 'auth.recovery.intro' })}</p>
      <RecoveryCodes codes={confirmation.recoveryCodes} />
      <ErrorSummary items={error ? [{ fieldId: fieldId(FORM, 'saved'), message: error }] : []} />
      <Form
        className="form"
        validationBehavior="aria"
        onSubmit={(event) => {
          event.preventDefault();
          if (!saved) {
            setError(intl.formatMessage({ id: 'auth.recovery.confirmRequired' }));
            return;
          }
          onDone();
        }}
      >
        <div id={fieldId(FORM, 'saved')} className={error ? 'field field-invalid' : 'field'}>
          {error ? (
            <p className="field-error">
              <AttentionIcon />
              <span className="visually-hidden">{intl.formatMessage({ id: 'form.errorPrefix' })} </span>
              {error}
            </p>
          ) : null}
          <SingleCheckbox
            name="saved"
            label={intl.formatMessage({ id: 'auth.recovery.confirm' })}
            isSelected={saved}
            onChange={(value) => {
              setSaved(value);
              if (value) setError(undefined);
            }}
          />
        </div>
        <Button type="submit" className="button button-primary">
          {intl.formatMessage({ id: 'auth.recovery.continue' })}
        </Button>
      </Form>
    </div>
  );
}
