import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { Link, useNavigate } from 'react-router';
import { api } from '../api/client';
import type { TSession } from '../api/types';
import type { MessageId } from '../i18n/catalogues';
import { applySession, useAuthenticatedSession } from '../session/session-query';
import { Notice, ProblemNotice } from '../ui/Alerts';
import { ErrorSummary } from '../ui/ErrorSummary';
import { TextInput } from '../ui/fields';
import {
  type FieldErrors,
  fieldId,
  hasErrors,
  isFieldProblem,
  problemFieldNames,
  summaryItems,
} from '../ui/form-errors';
import { Page } from '../ui/Page';
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type PasswordIssue,
  passwordIssue,
} from './password-rules';

const FORM = 'password';
type Field = 'currentPassword' | 'newPassword' | 'confirmPassword';
const FIELDS: readonly Field[] = ['currentPassword', 'newPassword', 'confirmPassword'];

const ISSUE_MESSAGES: Readonly<Record<PasswordIssue, MessageId>> = {
  tooShort: 'account.password.tooShort',
  tooLong: 'account.password.tooLong',
  containsEmail: 'account.password.containsEmail',
  repetitive: 'account.password.repetitive',
};

export function ChangePasswordPage(): ReactNode {
  const intl = useIntl();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const session = useAuthenticatedSession();
  const required = session.stage === 'password_change_required';
  const [values, setValues] = useState<Record<Field, string>>({
    currentPassword: '',
    newPassword: '',
    confirmPassword: '',
  });
  const [errors, setErrors] = useState<FieldErrors<Field>>({});

  const change = useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      api.post<TSession>('/api/auth/password', body),
    onSuccess: (next) => {
      applySession(queryClient, next);
      // When the change was asked for, the guard moves on to the next sign-in step.
      if (!required) void navigate('/account', { state: { passwordChanged: true } });
    },
    onError: (error) => {
      const names = problemFieldNames(error);
      const next: FieldErrors<Field> = {};
      if (names.includes('currentPassword'))
        next.currentPassword = intl.formatMessage({ id: 'account.password.currentWrong' });
      if (names.includes('newPassword'))
        next.newPassword = intl.formatMessage({ id: 'account.password.notAccepted' });
      setErrors(next);
    },
  });

  const set = (field: Field) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const next: FieldErrors<Field> = {};
    if (values.currentPassword.length === 0)
      next.currentPassword = intl.formatMessage({
        id: required ? 'account.password.temporaryRequired' : 'account.password.currentRequired',
      });
    const issue = passwordIssue(values.newPassword, session.user.email);
    if (values.newPassword.length === 0)
      next.newPassword = intl.formatMessage({ id: 'account.password.newRequired' });
    else if (issue)
      next.newPassword = intl.formatMessage(
        { id: ISSUE_MESSAGES[issue] },
        { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH },
      );
    else if (values.newPassword === values.currentPassword)
      next.newPassword = intl.formatMessage({ id: 'account.password.sameAsCurrent' });
    if (!next.newPassword && values.confirmPassword !== values.newPassword)
      next.confirmPassword = intl.formatMessage({ id: 'account.password.mismatch' });
    setErrors(next);
    if (hasErrors(next)) return;
    change.mutate({ currentPassword: values.currentPassword, newPassword: values.newPassword });
  };

  const serverProblemShownByFields = isFieldProblem(change.error, FIELDS);

  return (
    <Page title={intl.formatMessage({ id: 'account.password.title' })}>
      <div className="narrow">
        {required ? (
          <Notice tone="info">{intl.formatMessage({ id: 'account.password.requiredIntro' })}</Notice>
        ) : (
          <p>{intl.formatMessage({ id: 'account.password.intro' })}</p>
        )}
        <ErrorSummary items={summaryItems(FORM, errors, FIELDS)} />
        {serverProblemShownByFields ? null : <ProblemNotice error={change.error} />}
        <Form className="form" onSubmit={submit} validationBehavior="aria">
          <TextInput
            id={fieldId(FORM, 'currentPassword')}
            name="currentPassword"
            type="password"
            autoComplete="current-password"
            label={intl.formatMessage({
              id: required ? 'account.password.temporary' : 'account.password.current',
            })}
            value={values.currentPassword}
            onChange={set('currentPassword')}
            error={errors.currentPassword}
            isRequired
            ltr
          />
          <TextInput
            id={fieldId(FORM, 'newPassword')}
            name="newPassword"
            type="password"
            autoComplete="new-password"
            label={intl.formatMessage({ id: 'account.password.new' })}
            description={intl.formatMessage({ id: 'account.password.rules' }, { min: PASSWORD_MIN_LENGTH })}
            value={values.newPassword}
            onChange={set('newPassword')}
            error={errors.newPassword}
            isRequired
            ltr
          />
          <TextInput
            id={fieldId(FORM, 'confirmPassword')}
            name="confirmPassword"
            type="password"
            autoComplete="new-password"
            label={intl.formatMessage({ id: 'account.password.confirm' })}
            value={values.confirmPassword}
            onChange={set('confirmPassword')}
            error={errors.confirmPassword}
            isRequired
            ltr
          />
          <div className="button-row">
            <Button type="submit" className="button button-primary" isDisabled={change.isPending}>
              {intl.formatMessage({ id: 'account.password.submit' })}
            </Button>
            {required ? null : (
              <Link to="/account" className="button button-secondary">
                {intl.formatMessage({ id: 'common.cancel' })}
              </Link>
            )}
          </div>
        </Form>
      </div>
    </Page>
  );
}
