// @vitest-environment jsdom

import type { ReferralWorkingDraft } from '@opennrm/core';
import { cleanup, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MessageId } from '../../i18n/catalogues';
import foundation from '../../i18n/messages/en.json';
import referrals from '../../i18n/messages/referrals/en.json';
import { OFFLINE_OPTIONS } from '../draft-rules';
import type { ReferralOptions } from '../types';
import { ConsentStep } from './ConsentStep';

const messages = { ...foundation, ...referrals } as Record<MessageId, string>;
const DRAFT_ID = '6f1c2a7e-0000-4000-8000-0000000000d1';
const options: ReferralOptions = {
  ...OFFLINE_OPTIONS,
  competentAuthorities: [{ id: 'authority', name: 'Test Identification Authority', region: 'capital' }],
};

function renderStep(child: boolean, value: ReferralWorkingDraft = {}): void {
  const wrapper = ({ children }: { children: ReactNode }): ReactNode => (
    <IntlProvider locale="en" messages={messages}>
      <MemoryRouter>{children}</MemoryRouter>
    </IntlProvider>
  );
  render(
    <ConsentStep
      value={value}
      update={vi.fn()}
      options={options}
      child={child}
      errors={{}}
      draftId={DRAFT_ID}
    />,
    {
      wrapper,
    },
  );
}

afterEach(cleanup);

describe('ConsentStep', () => {
  it('asks a child nothing: it explains that consent is not required and who gets involved', () => {
    renderStep(true);

    expect(screen.getByText(referrals['referrals.consent.childTitle'])).toBeTruthy();
    expect(screen.getByText(referrals['referrals.consent.childGuardian'])).toBeTruthy();
    expect(screen.queryByRole('radio')).toBeNull();
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('asks an adult about the referral to the named authority, with law enforcement apart and optional', () => {
    renderStep(false);

    expect(screen.getByRole('radiogroup', { name: /Test Identification Authority/ })).toBeTruthy();
    const law = screen.getByRole('group', { name: referrals['referrals.consent.lawTitle'] });
    expect(law.textContent).toContain(referrals['referrals.consent.lawText']);
    const agree = screen.getByRole('checkbox', {
      name: referrals['referrals.consent.lawAgree'],
    }) as HTMLInputElement;
    expect(agree.checked).toBe(false);
  });

  it('offers the anonymous notification once an adult declines, carrying the draft', () => {
    renderStep(false, { consent: { identificationReferral: 'declined' } });

    const link = screen.getByRole('link', { name: referrals['referrals.consent.declinedLink'] });
    expect(link.getAttribute('href')).toBe(`/referrals/anonymous?draft=${DRAFT_ID}`);
  });
});
