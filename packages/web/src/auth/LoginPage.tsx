import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { api } from '../api/client';
import type { TSession } from '../api/types';
import { type SignOutNotice, setSignOutNotice, useSignOutNotice } from '../session/notice';
import { applySession } from '../session/session-query';
import { Notice, ProblemNotice } from '../ui/Alerts';
import { ErrorSummary } from '../ui/ErrorSummary';
import { TextInput } from '../ui/fields';
import { type FieldErrors, fieldId, hasErrors, summaryItems } from '../ui/form-errors';
import { Page } from '../ui/Page';

const FORM = 'login';
type Field = 'email' | 'password';
const FIELDS: readonly Field[] = ['email', 'password'];

const NOTICE_MESSAGES = {
  'session-expired': 'auth.notice.sessionExpired',
  idle: 'auth.notice.idle',
  'signed-out': 'auth.notice.signedOut',
  'signed-out-everywhere': 'auth.notice.signedOutEverywhere',
} as const satisfies Record<SignOutNotice, string>;

export function LoginPage(): ReactNode {
  const intl = useIntl();
  const queryClient = useQueryClient();
  const notice = useSignOutNotice();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors<Field>>({});

  const login = useMutation({
    mutationFn: (body: { email: string; password: string }) => api.post<TSession>('/api/auth/login', body),
    onSuccess: (session) => {
      setSignOutNotice(null);
      applySession(queryClient, session);
    },
    onError: () => setPassword(''),
  });

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const next: FieldErrors<Field> = {};
    if (email.trim().length === 0) next.email = intl.formatMessage({ id: 'auth.login.emailRequired' });
    else if (!/^[^\s@]+@[^\s@]+$/.test(email.trim()))
      next.email = intl.formatMessage({ id: 'auth.login.emailInvalid' });
    if (password.length === 0) next.password = intl.formatMessage({ id: 'auth.login.passwordRequired' });
    setErrors(next);
    if (hasErrors(next)) return;
    login.mutate({ email: email.trim(), password });
  };

  return (
    <Page title={intl.formatMessage({ id: 'auth.login.title' })}>
      <div className="narrow">
        {notice ? <Notice tone="info">{intl.formatMessage({ id: NOTICE_MESSAGES[notice] })}</Notice> : null}
        <ErrorSummary items={summaryItems(FORM, errors, FIELDS)} />
        <ProblemNotice error={login.error} />
        <Form className="form" onSubmit={submit} validationBehavior="aria">
          <TextInput
            id={fieldId(FORM, 'email')}
            name="email"
            type="email"
            autoComplete="username"
            inputMode="email"
            label={intl.formatMessage({ id: 'auth.login.email' })}
            value={email}
            onChange={setEmail}
            error={errors.email}
            isRequired
            ltr
          />
          <TextInput
            id={fieldId(FORM, 'password')}
            name="password"
            type="password"
            autoComplete="current-password"
            label={intl.formatMessage({ id: 'auth.login.password' })}
            value={password}
            onChange={setPassword}
            error={errors.password}
            isRequired
            ltr
          />
          <Button type="submit" className="button button-primary" isDisabled={login.isPending}>
            {intl.formatMessage({ id: login.isPending ? 'auth.login.submitting' : 'auth.login.submit' })}
          </Button>
        </Form>
        <p className="muted">{intl.formatMessage({ id: 'auth.login.help' })}</p>
      </div>
    </Page>
  );
}
