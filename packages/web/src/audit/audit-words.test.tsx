// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { describe, expect, it } from 'vitest';
import type { Messages } from '../i18n/catalogues';
import en from '../i18n/messages/en.json';
import uk from '../i18n/messages/uk.json';
import { useAuditWords } from './audit-words';

// The foundation catalogue is enough: every word the audit page uses lives there.
function wordsIn(locale: 'en' | 'uk'): ReturnType<typeof useAuditWords> {
  const wrapper = ({ children }: { children: ReactNode }): ReactNode => (
    <IntlProvider
      locale={locale}
      messages={(locale === 'en' ? en : uk) as Messages}
      onError={() => undefined}
    >
      {children}
    </IntlProvider>
  );
  return renderHook(() => useAuditWords(), { wrapper }).result.current;
}

describe('audit words', () => {
  it('names the actions the server writes, including the language change', () => {
    const words = wordsIn('en');
    expect(words.action('user.locale.changed')).toBe('Changed own interface language');
    expect(words.action('recovery_period.extend')).toBe('Extended a recovery and reflection period');
    expect(words.named('draft.key_issued')).toBe(true);
  });

  it('names the actions of the case file, assistance, directory, justice and caseload modules', () => {
    const words = wordsIn('en');
    expect(words.action('case_account.read')).toBe('Read the person’s account');
    expect(words.action('service_referral.accept')).toBe('Accepted a service referral');
    expect(words.action('person.own_data_export')).toBe('Printed the person’s own-data copy');
    expect(words.action('case.case_worker.assign')).toBe('Named the case worker');
    expect(words.resource('support_plan')).toBe('Support plan');
    // A refusal on a new resource is put into words from its parts.
    expect(words.action('case_note.read')).toBe('Case note: reading');
    expect(wordsIn('uk').action('service_referral.withdraw')).toBe('Відкликання направлення до послуги');
  });

  it('puts a refusal by the route policy into words from its resource and action', () => {
    const words = wordsIn('uk');
    expect(words.action('notice.list')).toBe('Нагадування про строк: перегляд списку');
    expect(words.action('referral.update')).toBe('Направлення: зміна');
    expect(words.named('referral.update')).toBe(true);
  });

  it('keeps the raw code of an action no one has named yet', () => {
    const words = wordsIn('en');
    expect(words.action('transnational.request.sent')).toBe('Other action (transnational.request.sent)');
    expect(words.named('transnational.request.sent')).toBe(false);
    // A known verb on an unknown resource is not guessed at either.
    expect(words.named('shelter_bed.read')).toBe(false);
  });

  it('names the resource an entry is about, or shows its code', () => {
    const words = wordsIn('en');
    expect(words.resource('audit_log')).toBe('Audit log');
    expect(words.resource('future_thing')).toBe('future_thing');
  });
});
