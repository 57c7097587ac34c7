// @vitest-environment jsdom

import { QueryClient } from '@tanstack/react-query';
import { act, cleanup, render, renderHook, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AuthenticatedSession } from '../api/types';
import type { MessageId } from '../i18n/catalogues';
import messages from '../i18n/messages/offline/en.json';
import { quickExit } from '../quick-exit/quick-exit';
import { endLocalSession } from '../session/session-query';
import { DraftEngine } from './engine';
import { useOfflineDraft } from './hooks';
import { OfflineStatus } from './OfflineStatus';
import { lockOfflineStore, setDraftEngineForTests } from './runtime';
import { memoryStorage } from './storage';
import { FakeDraftServer } from './test-support';

const ID = '6f1c2a7e-0000-4000-8000-0000000000b1';
type Note = { text: string };

// Only this module's messages: the rest of the catalogue is not needed here.
const offlineMessages = messages as Record<MessageId, string>;
const wrapper = ({ children }: { children: ReactNode }): ReactNode => (
  <IntlProvider locale="en" messages={offlineMessages}>
    {children}
  </IntlProvider>
);

function session(roles: AuthenticatedSession['user']['roles']): AuthenticatedSession {
  return {
    authenticated: true,
    demoMode: false,
    stage: 'ready',
    csrfToken: 'csrf',
    idleTimeoutSeconds: 900,
    absoluteExpiresAt: '2026-03-02T20:00:00Z',
    user: {
      id: '00000000-0000-4000-8000-0000000000c1',
      email: 'worker@test.example',
      displayName: 'Test Worker',
      roles,
      locale: 'en',
      mfaEnrolled: true,
      demo: false,
      organisation: { id: 'org', name: 'Test NGO', kind: 'ngo', country: 'AT', region: 'capital' },
    },
  };
}

let server: FakeDraftServer;
let engine: DraftEngine;
let storage: ReturnType<typeof memoryStorage>;
let online = true;

beforeEach(() => {
  online = true;
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
  server = new FakeDraftServer();
  storage = memoryStorage();
  engine = new DraftEngine({
    storage,
    transport: server,
    isOnline: () => online,
    autoSync: false,
  });
  setDraftEngineForTests(engine);
  // The key comes from the fake server here; the app's own request must not be made.
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(server.key), { status: 200 })),
  );
});

afterEach(() => {
  cleanup();
  setDraftEngineForTests(null);
  vi.unstubAllGlobals();
});

describe('useOfflineDraft', () => {
  it('gives the initial value, then every change at once', async () => {
    await engine.unlock(server.key);
    const { result } = renderHook(() => useOfflineDraft<Note>('referral', ID, () => ({ text: '' })), {
      wrapper,
    });
    expect(result.current).toMatchObject({ value: { text: '' }, conflict: null });
    act(() => result.current.update({ text: 'typed' }));
    expect(result.current).toMatchObject({ value: { text: 'typed' }, status: 'saved_locally' });
    await act(async () => {
      await engine.syncAll();
      await engine.idle();
    });
    expect(result.current.status).toBe('synced');
    expect(server.drafts.get(ID)?.payload).toEqual({ text: 'typed' });
  });

  it('is locked after sign-out or quick exit, and ignores changes then', async () => {
    await engine.unlock(server.key);
    const { result } = renderHook(() => useOfflineDraft<Note>('referral', ID, () => ({ text: '' })), {
      wrapper,
    });
    act(() => result.current.update({ text: 'before' }));
    online = false;
    act(() => lockOfflineStore());
    expect(result.current).toMatchObject({ status: 'locked', value: { text: '' } });
    act(() => result.current.update({ text: 'while locked' }));
    expect(result.current.value).toEqual({ text: '' });
    await act(async () => {
      await engine.unlock(server.key);
    });
    expect(result.current.value).toEqual({ text: 'before' });
  });
});

describe('OfflineStatus', () => {
  it('says everything is synced, politely, when online', async () => {
    render(<OfflineStatus session={session(['first_responder'])} />, { wrapper });
    await act(async () => {
      await engine.idle();
    });
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('All changes synced');
  });

  it('says offline, saved here encrypted, and how many changes wait', async () => {
    await engine.unlock(server.key);
    online = false;
    engine.update('screening', ID, { text: 'offline work' });
    render(<OfflineStatus session={session(['case_worker'])} />, { wrapper });
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('Offline — changes are saved on this device, encrypted');
    expect(status.textContent).toContain('1 change waiting to sync');
  });

  it('says the drafts on this device are locked', async () => {
    await engine.unlock(server.key);
    engine.update('screening', ID, { text: 'work' });
    await engine.idle();
    engine.lock();
    online = false;
    render(<OfflineStatus session={session(['case_worker'])} />, { wrapper });
    expect(screen.getByRole('status').textContent).toContain('Drafts on this device are locked');
  });

  it('is not shown to roles that keep no drafts', () => {
    const { container } = render(<OfflineStatus session={session(['analyst'])} />, { wrapper });
    expect(container.textContent).toBe('');
  });
});

describe('leaving', () => {
  it('quick exit drops the key at once and leaves only encrypted drafts', async () => {
    await engine.unlock(server.key);
    engine.update('referral', ID, { text: 'Canary Synthetic' });
    vi.stubGlobal('location', { replace: vi.fn(), reload: vi.fn(), href: 'http://localhost/' });
    quickExit(new QueryClient());
    expect(engine.unlocked).toBe(false);
    expect(engine.entry(ID)).toMatchObject({ status: 'locked', value: undefined });
    await engine.idle();
    const record = storage.records.get(ID);
    expect(record?.sealed).not.toBeNull();
    expect(new TextDecoder('latin1').decode(record?.sealed?.data)).not.toContain('Canary');
    document.body.hidden = false;
  });

  it('sign-out and an ended session lock the store', async () => {
    await engine.unlock(server.key);
    endLocalSession(new QueryClient());
    expect(engine.unlocked).toBe(false);
  });
});
