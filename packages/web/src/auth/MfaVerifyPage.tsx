import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { api } from '../api/client';
import { isApiProblem } from '../api/problem';
import type { TSession } from '../api/types';
import { applySession } from '../session/session-query';
import { ProblemNotice } from '../ui/Alerts';
import { ErrorSummary } from '../ui/ErrorSummary';
import { TextInput } from '../ui/fields';
import { type FieldErrors, fieldId, hasErrors, summaryItems } from '../ui/form-errors';
import { Page } from '../ui/Page';
import { normaliseCode } from './code';

const FORM = 'mfa';
type Field = 'code';

/** Second step of sign-in: a code from the authenticator app, or a recovery code. */
export function MfaVerifyPage(): ReactNode {
  const intl = useIntl();
  const queryClient = useQueryClient();
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FieldErrors<Field>>({});

  const verify = useMutation({
    mutationFn: (value: string) => api.post<TSession>('/api/auth/mfa/verify', { code: value }),
    onSuccess: (session) => applySession(queryClient, session),
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
    if (value.length === 0) next.code = intl.formatMessage({ id: 'auth.mfa.codeRequired' });
    else if (value.length < 6) next.code = intl.formatMessage({ id: 'auth.mfa.codeTooShort' });
    setErrors(next);
    if (hasErrors(next)) return;
    verify.mutate(value);
  };

  return (
    <Page title={intl.formatMessage({ id: 'auth.mfa.title' })}>
      <div className="narrow">
        <p>{intl.formatMessage({ id: 'auth.mfa.intro' })}</p>
        <ErrorSummary items={summaryItems(FORM, errors, ['code'])} />
        {isApiProblem(verify.error) && verify.error.type === 'invalid-code' ? null : (
          <ProblemNotice error={verify.error} />
        )}
        <Form className="form" onSubmit={submit} validationBehavior="aria">
          <TextInput
            id={fieldId(FORM, 'code')}
            name="code"
            autoComplete="one-time-code"
            label={intl.formatMessage({ id: 'auth.mfa.code' })}
            description={intl.formatMessage({ id: 'auth.mfa.codeHint' })}
            value={code}
            onChange={setCode}
            error={errors.code}
            maxLength={32}
            isRequired
            autoFocus
            ltr
          />
          <Button type="submit" className="button button-primary" isDisabled={verify.isPending}>
            {intl.formatMessage({ id: 'auth.mfa.submit' })}
          </Button>
        </Form>
        <p className="muted">{intl.formatMessage({ id: 'auth.mfa.lostDevice' })}</p>
      </div>
    </Page>
  );
}
