import { useMemo } from 'react';
import type { MessageId } from '../i18n/catalogues';
import { useT } from '../i18n/use-t';

/**
 * Audit actions are stable codes written by the server (`person.read`). Known ones are
 * put into words; codes added later by new modules are shown as they are.
 */
const ACTIONS: Readonly<Record<string, MessageId>> = {
  'auth.login': 'audit.action.auth.login',
  'auth.logout': 'audit.action.auth.logout',
  'auth.logout_everywhere': 'audit.action.auth.logout_everywhere',
  'auth.mfa.enrolled': 'audit.action.auth.mfa.enrolled',
  'auth.mfa.verify': 'audit.action.auth.mfa.verify',
  'auth.password.changed': 'audit.action.auth.password.changed',
  'audit.verify': 'audit.action.audit.verify',
  'case.create': 'audit.action.case.create',
  'case.read': 'audit.action.case.read',
  'case.list': 'audit.action.case.list',
  'person.read': 'audit.action.person.read',
  'organisation.create': 'audit.action.organisation.create',
  'organisation.update': 'audit.action.organisation.update',
  'user.create': 'audit.action.user.create',
  'user.update': 'audit.action.user.update',
  'user.reset_password': 'audit.action.user.reset_password',
  'user.reset_mfa': 'audit.action.user.reset_mfa',
  'user.unlock': 'audit.action.user.unlock',
  'user.list': 'audit.action.user.list',
  'audit_log.list': 'audit.action.audit_log.list',
  'crypto.rotate_key': 'audit.action.crypto.rotate_key',
  'demo.seed': 'audit.action.demo.seed',
};

const OUTCOMES: Readonly<Record<string, MessageId>> = {
  success: 'audit.outcome.success',
  failure: 'audit.outcome.failure',
  denied: 'audit.outcome.denied',
};

export type AuditWords = {
  readonly action: (code: string) => string;
  readonly outcome: (code: string) => string;
};

export function useAuditWords(): AuditWords {
  const t = useT();
  return useMemo(
    () => ({
      action: (code) => {
        const id = ACTIONS[code];
        return id ? t(id) : code;
      },
      outcome: (code) => {
        const id = OUTCOMES[code];
        return id ? t(id) : code;
      },
    }),
    [t],
  );
}
