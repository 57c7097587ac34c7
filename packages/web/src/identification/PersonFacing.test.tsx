import { JSDOM } from 'jsdom';
import type { ReactNode } from 'react';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { Messages } from '../i18n/catalogues';
import foundation from '../i18n/messages/en.json';
import identification from '../i18n/messages/identification/en.json';
import type { PersonFacingStep } from './draft';

// A DOM by hand, in the node environment: under the jsdom environment the test runner
// resolves react-aria-components through its 'source' condition, which names files the
// package does not publish. The globals exist before React and the component load.
const dom = new JSDOM('<!doctype html><html><body></body></html>', {
  url: 'http://localhost/',
  pretendToBeVisual: true,
});
// Everything the window has that node lacks, and the DOM's own event classes over node's;
// put back as they were after this file (see afterAll).
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
  // jsdom has no CSS object; react-aria asks it about `:focus-visible` and the like.
  CSS: { supports: () => false, escape: (text: string) => text },
})) {
  setGlobal(name, value);
}
const { QueryClient, QueryClientProvider } = await import('@tanstack/react-query');
const { cleanup, fireEvent, render, screen } = await import('@testing-library/react');
const { IntlProvider } = await import('react-intl');
const { PersonFacing } = await import('./PersonFacing');

type FakeVoice = { lang: string; localService: boolean; default: boolean; name: string };

function installSpeech(voices: FakeVoice[]): { speak: ReturnType<typeof vi.fn> } {
  const speak = vi.fn();
  Object.defineProperty(window, 'speechSynthesis', {
    configurable: true,
    value: {
      getVoices: () => voices,
      speak,
      cancel: vi.fn(),
      addEventListener: vi.fn(),
      removeEventListener: vi.fn(),
    },
  });
  vi.stubGlobal(
    'SpeechSynthesisUtterance',
    class {
      voice: unknown = null;
      lang = '';
      rate = 1;
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(readonly text: string) {}
    },
  );
  return { speak };
}

function show(step: PersonFacingStep, language: 'ar' | 'uk' | 'en' = 'ar') {
  const handlers = { onStart: vi.fn(), onAnswer: vi.fn(), onStop: vi.fn(), onContinueAsWorker: vi.fn() };
  const wrapper = ({ children }: { children: ReactNode }): ReactNode => (
    <QueryClientProvider client={new QueryClient()}>
      <IntlProvider locale="en" messages={{ ...foundation, ...identification } as Messages}>
        {children}
      </IntlProvider>
    </QueryClientProvider>
  );
  render(<PersonFacing language={language} step={step} {...handlers} />, { wrapper });
  return handlers;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

afterAll(() => {
  for (const [name, descriptor] of previous) {
    if (descriptor) Object.defineProperty(globalThis, name, descriptor);
    else Reflect.deleteProperty(globalThis, name);
  }
  dom.window.close();
});

describe('person-facing screening', () => {
  const question: PersonFacingStep = { kind: 'question', key: 'cd_free_to_leave', index: 2, total: 17 };

  it('shows one question in Arabic, right to left, with the progress and the quick exit', () => {
    installSpeech([]);
    show(question);
    const container = document.querySelector('.person-facing-inner');
    expect(container?.getAttribute('lang')).toBe('ar');
    expect(container?.getAttribute('dir')).toBe('rtl');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toMatch(/؟$/);
    expect(screen.getByText('السؤال 3 من 17')).toBeTruthy();
    expect(screen.getByRole('button', { name: /خروج سريع/ })).toBeTruthy();
  });

  it('always offers "I don\'t want to answer", recorded as declined', () => {
    installSpeech([]);
    const handlers = show(question, 'uk');
    fireEvent.click(screen.getByRole('button', { name: 'Я не хочу відповідати' }));
    expect(handlers.onAnswer).toHaveBeenCalledWith('cd_free_to_leave', 'declined');
    fireEvent.click(screen.getByRole('button', { name: 'Так' }));
    expect(handlers.onAnswer).toHaveBeenLastCalledWith('cd_free_to_leave', 'yes');
  });

  it('hides "Read aloud" when the browser has no voice for the language', () => {
    installSpeech([{ lang: 'en-GB', localService: true, default: true, name: 'English' }]);
    show(question, 'uk');
    expect(screen.queryByRole('button', { name: 'Прочитати вголос' })).toBeNull();
  });

  it('reads the question aloud with a voice of the language', () => {
    const { speak } = installSpeech([{ lang: 'uk-UA', localService: true, default: false, name: 'Lesya' }]);
    show(question, 'uk');
    fireEvent.click(screen.getByRole('button', { name: 'Прочитати вголос' }));
    expect(speak).toHaveBeenCalledTimes(1);
    const utterance = speak.mock.calls[0]?.[0] as { text: string; lang: string };
    expect(utterance.lang).toBe('uk-UA');
    expect(utterance.text).toMatch(/\?$/);
  });

  it('ends with a hand-back screen that shows no answer, and a way on for the worker', () => {
    installSpeech([]);
    const handlers = show({ kind: 'handback' }, 'uk');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Дякуємо');
    const text = document.body.textContent ?? '';
    for (const answer of ['Так', 'Ні', 'Не знаю напевно', 'Я не хочу відповідати'])
      expect(text).not.toContain(answer);
    fireEvent.click(screen.getByRole('button', { name: 'I am the worker: continue' }));
    expect(handlers.onContinueAsWorker).toHaveBeenCalled();
  });

  it('lets the person stop at any question', () => {
    installSpeech([]);
    const handlers = show(question, 'en');
    fireEvent.click(screen.getByRole('button', { name: 'Stop and give the device back' }));
    expect(handlers.onStop).toHaveBeenCalled();
  });
});
