import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { isApiProblem } from '../api/problem';
import type { MessageId } from '../i18n/catalogues';

/** Problem types with a message of their own; anything else shows a general message. */
const MESSAGE_BY_TYPE: Readonly<Record<string, MessageId>> = {
  'invalid-credentials': 'problem.invalidCredentials',
  'account-disabled': 'problem.accountDisabled',
  'mfa-required': 'problem.mfaRequired',
  'invalid-code': 'problem.invalidCode',
  unauthenticated: 'problem.unauthenticated',
  'session-expired': 'problem.sessionExpired',
  forbidden: 'problem.forbidden',
  csrf: 'problem.csrf',
  'not-found': 'problem.notFound',
  conflict: 'problem.conflict',
  validation: 'problem.validation',
  'payload-too-large': 'problem.payloadTooLarge',
  'unsupported-media-type': 'problem.unexpected',
  network: 'problem.network',
  'unexpected-response': 'problem.unexpected',
};

export type ProblemText = {
  readonly message: string;
  /** The server's own explanation, shown only in English because it is written in English. */
  readonly detail?: string;
  /** Quoted so support can find the request in the server log (no personal data). */
  readonly reference?: string;
};

/** Turns any error into words in the reader's language. */
export function useProblemText(): (error: unknown) => ProblemText {
  const intl = useIntl();
  return useCallback(
    (error: unknown): ProblemText => {
      if (!isApiProblem(error)) return { message: intl.formatMessage({ id: 'problem.unexpected' }) };
      const reference = error.requestId;
      const minutes =
        error.retryAfterSeconds === undefined
          ? undefined
          : Math.max(1, Math.ceil(error.retryAfterSeconds / 60));
      let message: string;
      if (error.type === 'account-locked') {
        message =
          minutes === undefined
            ? intl.formatMessage({ id: 'problem.accountLocked' })
            : intl.formatMessage({ id: 'problem.accountLockedMinutes' }, { minutes });
      } else if (error.type === 'rate-limited') {
        message =
          minutes === undefined
            ? intl.formatMessage({ id: 'problem.rateLimited' })
            : intl.formatMessage({ id: 'problem.rateLimitedMinutes' }, { minutes });
      } else {
        const id = MESSAGE_BY_TYPE[error.type] ?? 'problem.internal';
        message = intl.formatMessage({ id });
      }
      const detail = intl.locale === 'en' && error.detail ? error.detail : undefined;
      const withReference = error.type === 'internal' || MESSAGE_BY_TYPE[error.type] === undefined;
      return {
        message,
        ...(detail ? { detail } : {}),
        ...(withReference && reference ? { reference } : {}),
      };
    },
    [intl],
  );
}
