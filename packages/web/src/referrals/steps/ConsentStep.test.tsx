import type { ReferralWorkingDraft } from '@opennrm/core';
import { JSDOM } from 'jsdom';
import type { ReactNode } from 'react';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { Messages } from '../../i18n/catalogues';
import foundation from '../../i18n/messages/en.json';
import referrals from '../../i18n/messages/referrals/en.json';
import type { ReferralOptions } from '../types';

// A DOM by hand, in the node environment (as identification/PersonFacing.test.tsx): under
// the jsdom environment the runner resolves react-aria-components through its 'source'
// condition, which names files the package does not publish.
const dom = new JSDOM('<!doctype html><html><body></body></html>', {
  url: 'http://localhost/',
  pretendToBeVisual: true,
});
const previous = new Map<string, PropertyDescriptor | undefined>();
function setGlobal(name: string, value: unknown): void {
  if (!previous.has(name)) previous.set(name, Object.getOwnPropertyDescriptor(globalThis, name));
  Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
}
const OVERRIDE = ['Event', 'EventTarget', 'CustomEvent', 'AbortController', 'AbortSignal'];
for (const name of Object.getOwnPropertyNames(dom.window)) {
  if (name in globalThis && !OVERRIDE.includes(name)) continue;
  const value = (dom.window as unknown as Record<string, unknown>)[name];
  setGlobal(name, typeof value === 'function' && /^[a-z]/.test(name) ? value.bind(dom.window) : value);
}
for (const [name, value] of Object.entries({
  window: dom.window,
  document: dom.window.document,
  navigator: dom.window.navigator,
  IS_REACT_ACT_ENVIRONMENT: true,
  CSS: { supports: () => false, escape: (text: string) => text },
})) {
  setGlobal(name, value);
}
const { cleanup, render, screen } = await import('@testing-library/react');
const { IntlProvider } = await import('react-intl');
const { MemoryRouter } = await import('react-router');
const { ConsentStep } = await import('./ConsentStep');

const DRAFT_ID = '6f1c2a7e-0000-4000-8000-0000000000d1';
const options: ReferralOptions = {
  profile: {
    id: 'generic_coe_eu',
    version: 1,
    name: 'Test rules',
    decisionStages: 2,
    reasonableGroundsDeadlineWorkingDays: 5,
  },
  mayRefer: true,
  ownRegion: 'capital',
  regions: ['capital'],
  competentAuthorities: [{ id: 'authority', name: 'Test Identification Authority', region: 'capital' }],
  providers: [],
};

function renderStep(child: boolean, value: ReferralWorkingDraft = {}): void {
  const wrapper = ({ children }: { children: ReactNode }): ReactNode => (
    <IntlProvider locale="en" messages={{ ...foundation, ...referrals } as Messages}>
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
    { wrapper },
  );
}

afterEach(cleanup);
afterAll(() => {
  for (const [name, descriptor] of previous) {
    if (descriptor) Object.defineProperty(globalThis, name, descriptor);
    else Reflect.deleteProperty(globalThis, name);
  }
  dom.window.close();
});

describe('the consent step', () => {
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
    const agree = screen.getByRole('checkbox', { name: referrals['referrals.consent.lawAgree'] });
    expect((agree as HTMLInputElement).checked).toBe(false);
  });

  it('offers the anonymous notification once an adult declines, carrying the draft', () => {
    renderStep(false, { consent: { identificationReferral: 'declined' } });

    const link = screen.getByRole('link', { name: referrals['referrals.consent.declinedLink'] });
    expect(link.getAttribute('href')).toBe(`/referrals/anonymous?draft=${DRAFT_ID}`);
  });
});
