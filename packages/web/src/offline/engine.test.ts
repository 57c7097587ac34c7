import { beforeEach, describe, expect, it } from 'vitest';
import { DraftEngine } from './engine';
import { memoryStorage } from './storage';
import { FakeDraftServer, keyMaterial } from './test-support';

/** Synthetic drafts only. */
const ID = '6f1c2a7e-0000-4000-8000-00000000000a';
const v1 = { answers: { dr_job_different: 'yes' }, notes: 'Canary Synthetic first' };
const mine = { answers: { dr_job_different: 'yes', cr_threats: 'no' }, notes: 'mine' };
const theirs = { answers: { dr_job_different: 'no' }, notes: 'theirs' };

let storage: ReturnType<typeof memoryStorage>;
let server: FakeDraftServer;

function engine(): DraftEngine {
  return new DraftEngine({ storage, transport: server, isOnline: () => server.online, autoSync: false });
}

async function unlocked(): Promise<DraftEngine> {
  const e = engine();
  await e.unlock(server.key);
  await e.idle();
  return e;
}

function bytes(record: { sealed: { data: ArrayBuffer } | null } | undefined): string {
  return record?.sealed ? new TextDecoder('latin1').decode(record.sealed.data) : '';
}

/** A draft written here and synced at version 1. */
async function synced(e: DraftEngine): Promise<void> {
  e.update('screening', ID, v1);
  await e.syncAll();
  await e.idle();
  expect(e.entry(ID)?.status).toBe('synced');
}

beforeEach(() => {
  storage = memoryStorage();
  server = new FakeDraftServer();
});

describe('saving and syncing', () => {
  it('saves every change encrypted at once, then pushes it as a new draft', async () => {
    const e = await unlocked();
    e.open('screening', ID);
    e.update('screening', ID, v1);
    expect(e.entry(ID)).toMatchObject({ status: 'saved_locally', value: v1 });
    await e.idle();
    const record = storage.records.get(ID);
    expect(record).toMatchObject({ kind: 'screening', pending: true, baseVersion: null, deleted: false });
    expect(bytes(record)).not.toContain('Canary');
    expect(JSON.stringify({ ...record, sealed: null })).not.toContain('Canary');

    await e.syncAll();
    await e.idle();
    expect(server.calls).toContain(`put ${ID} base=null`);
    expect(server.drafts.get(ID)).toMatchObject({ version: 1, payload: v1 });
    expect(e.entry(ID)?.status).toBe('synced');
    expect(storage.records.get(ID)).toMatchObject({ pending: false, baseVersion: 1 });
  });

  it('keeps changes while offline, counts them, and pushes them once online', async () => {
    const e = await unlocked();
    server.online = false;
    e.update('screening', ID, v1);
    await e.syncAll();
    await e.idle();
    expect(server.drafts.size).toBe(0);
    expect(e.entry(ID)?.status).toBe('saved_locally');
    expect(e.summary()).toMatchObject({ waiting: 1, conflicts: 0, locked: false });

    server.online = true;
    await e.syncAll();
    await e.idle();
    expect(server.drafts.get(ID)?.payload).toEqual(v1);
    expect(e.summary().waiting).toBe(0);
  });

  it('pushes again when the draft changed while a push was under way', async () => {
    const e = await unlocked();
    e.update('screening', ID, v1);
    let release = (): void => undefined;
    server.gate = new Promise((resolve) => {
      release = resolve;
    });
    const running = e.syncAll();
    e.update('screening', ID, mine);
    server.gate = null;
    release();
    await running;
    await e.idle();
    expect(server.drafts.get(ID)).toMatchObject({ version: 2, payload: mine });
    expect(server.calls).toEqual([`put ${ID} base=null`, `put ${ID} base=1`]);
    expect(e.entry(ID)?.status).toBe('synced');
  });

  it('keeps a draft the server refuses, and tries again only once it changed', async () => {
    const e = await unlocked();
    server.refuse = (payload) => (payload as { notes?: string }).notes === 'too long';
    e.update('screening', ID, { ...v1, notes: 'too long' });
    await e.syncAll();
    await e.idle();
    expect(e.entry(ID)).toMatchObject({ status: 'saved_locally', rejected: true });
    await e.syncAll();
    expect(server.calls.filter((c) => c.startsWith('put'))).toHaveLength(1);

    e.update('screening', ID, v1);
    await e.syncAll();
    await e.idle();
    expect(e.entry(ID)).toMatchObject({ status: 'synced', rejected: false });
  });
});

describe('conflicts', () => {
  it('never overwrites a colleague’s newer version: both are kept and shown', async () => {
    const e = await unlocked();
    await synced(e);
    server.save(ID, 'screening', theirs, 'Colleague A');
    e.update('screening', ID, mine);
    await e.syncAll();
    await e.idle();

    expect(server.drafts.get(ID)).toMatchObject({ version: 2, payload: theirs });
    const entry = e.entry(ID);
    expect(entry?.status).toBe('conflict');
    expect(entry?.conflict).toMatchObject({
      mine,
      theirs,
      theirsVersion: 2,
      theirsUpdatedBy: 'Colleague A',
      theirsDeleted: false,
    });
    expect(e.summary()).toMatchObject({ conflicts: 1, waiting: 0 });
    // Stays in conflict: a later sync does not push.
    await e.syncAll();
    expect(server.calls.filter((c) => c.startsWith('put'))).toHaveLength(2);
  });

  it('"keep mine" pushes mine on top of their version', async () => {
    const e = await unlocked();
    await synced(e);
    server.save(ID, 'screening', theirs);
    e.update('screening', ID, mine);
    await e.syncAll();
    await e.idle();
    e.resolve(ID, 'mine');
    expect(e.entry(ID)?.conflict).toBeNull();
    await e.syncAll();
    await e.idle();
    expect(server.calls.at(-1)).toBe(`put ${ID} base=2`);
    expect(server.drafts.get(ID)).toMatchObject({ version: 3, payload: mine });
    expect(e.entry(ID)).toMatchObject({ status: 'synced', value: mine });
  });

  it('"take theirs" replaces mine here and sends nothing', async () => {
    const e = await unlocked();
    await synced(e);
    server.save(ID, 'screening', theirs);
    e.update('screening', ID, mine);
    await e.syncAll();
    await e.idle();
    const puts = server.calls.length;
    e.resolve(ID, 'theirs');
    await e.syncAll();
    await e.idle();
    expect(server.calls).toHaveLength(puts);
    expect(e.entry(ID)).toMatchObject({ status: 'synced', value: theirs, conflict: null });
    expect(storage.records.get(ID)).toMatchObject({ baseVersion: 2, pending: false, hasConflict: false });
  });

  it('edits made during a conflict change "mine"', async () => {
    const e = await unlocked();
    await synced(e);
    server.save(ID, 'screening', theirs);
    e.update('screening', ID, mine);
    await e.syncAll();
    const edited = { ...mine, notes: 'edited during the conflict' };
    e.update('screening', ID, edited);
    expect(e.entry(ID)?.conflict?.mine).toEqual(edited);
    expect(e.entry(ID)?.status).toBe('conflict');
  });

  it('settles without asking when the server already holds exactly this version', async () => {
    const e = await unlocked();
    e.update('screening', ID, v1);
    // The first push arrived but its answer was lost: the server has v1 at version 1.
    server.save(ID, 'screening', { notes: v1.notes, answers: { ...v1.answers } }, 'Me');
    await e.syncAll();
    await e.idle();
    expect(e.entry(ID)).toMatchObject({ status: 'synced', conflict: null });
    expect(storage.records.get(ID)?.baseVersion).toBe(1);
  });

  it('shows a colleague’s deletion as a conflict; keeping mine revives the draft', async () => {
    const e = await unlocked();
    await synced(e);
    await server.remove(ID, 1);
    e.update('screening', ID, mine);
    await e.syncAll();
    await e.idle();
    expect(e.entry(ID)?.conflict).toMatchObject({ theirsDeleted: true, theirsVersion: 2, mine });
    e.resolve(ID, 'mine');
    await e.syncAll();
    await e.idle();
    expect(server.drafts.get(ID)).toMatchObject({ version: 3, payload: mine });
  });

  it('taking a colleague’s deletion removes the draft here', async () => {
    const e = await unlocked();
    await synced(e);
    await server.remove(ID, 1);
    e.update('screening', ID, mine);
    await e.syncAll();
    await e.idle();
    e.resolve(ID, 'theirs');
    await e.idle();
    expect(storage.records.has(ID)).toBe(false);
    expect(e.localDrafts('screening')).toEqual([]);
    expect(e.entry(ID)).toMatchObject({ value: undefined, conflict: null });
  });

  it('keeps a conflict, encrypted, across a reload', async () => {
    const e = await unlocked();
    await synced(e);
    server.save(ID, 'screening', { ...theirs, notes: 'Canary Synthetic theirs' });
    e.update('screening', ID, mine);
    await e.syncAll();
    await e.idle();
    expect(bytes(storage.records.get(ID))).not.toContain('Canary');

    const reloaded = await unlocked();
    reloaded.open('screening', ID);
    expect(reloaded.entry(ID)?.conflict).toMatchObject({ mine, theirsVersion: 2 });
  });
});

describe('opening a draft', () => {
  it('takes a newer server version when nothing changed here', async () => {
    const e = await unlocked();
    await synced(e);
    server.save(ID, 'screening', theirs);
    e.open('screening', ID);
    await e.idle();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(e.entry(ID)).toMatchObject({ status: 'synced', value: theirs });
  });

  it('opens a colleague’s draft this device has never seen', async () => {
    server.save(ID, 'referral', { narrative: 'written by a colleague' });
    const e = await unlocked();
    e.open('referral', ID);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(e.entry(ID)).toMatchObject({ status: 'synced', value: { narrative: 'written by a colleague' } });
  });
});

describe('locking', () => {
  it('after a reload the drafts stay locked until the key is given again', async () => {
    const first = await unlocked();
    first.update('screening', ID, v1);
    await first.idle();

    const reloaded = engine();
    await reloaded.idle();
    reloaded.open('screening', ID);
    expect(reloaded.entry(ID)).toMatchObject({ status: 'locked', value: undefined });
    expect(reloaded.summary()).toMatchObject({ locked: true, stored: 1, waiting: 1 });
    expect(reloaded.localDrafts('screening')).toEqual([
      { id: ID, updatedAt: expect.any(String), status: 'locked' },
    ]);
    reloaded.update('screening', ID, mine);
    await reloaded.idle();
    expect(storage.records.get(ID)?.pending).toBe(true);

    await reloaded.unlock(server.key);
    await reloaded.idle();
    expect(reloaded.entry(ID)).toMatchObject({ value: v1 });
    expect(server.drafts.get(ID)?.payload).toEqual(v1);
  });

  it('lock forgets every decrypted value at once and keeps the encrypted records', async () => {
    const e = await unlocked();
    e.update('screening', ID, v1);
    e.lock();
    expect(e.unlocked).toBe(false);
    expect(e.entry(ID)).toMatchObject({ status: 'locked', value: undefined, conflict: null });
    await e.idle();
    // The change made just before the lock was still written (work is not lost).
    expect(storage.records.get(ID)).toMatchObject({ pending: true });
    expect(storage.records.get(ID)?.sealed).not.toBeNull();
  });

  it('drops the answer of a push that was under way when the store was locked', async () => {
    const e = await unlocked();
    e.update('screening', ID, v1);
    let release = (): void => undefined;
    server.gate = new Promise((resolve) => {
      release = resolve;
    });
    const running = e.syncAll();
    e.lock();
    server.gate = null;
    release();
    await running;
    await e.idle();
    expect(e.entry(ID)).toMatchObject({ status: 'locked', value: undefined });
  });

  it('does not open another user’s drafts on a shared device', async () => {
    const first = await unlocked();
    first.update('screening', ID, v1);
    await first.idle();

    const other = engine();
    await other.unlock(keyMaterial(2));
    await other.idle();
    expect(other.localDrafts('screening')).toEqual([]);
    other.open('screening', ID);
    expect(other.entry(ID)?.value).toBeUndefined();
    other.update('screening', ID, mine);
    await other.idle();
    expect(storage.records.get(ID)?.keyId).toBe(server.key.keyId);
    expect(other.summary()).toMatchObject({ stored: 0, waiting: 0 });
  });

  it('stays locked when locked while the key was being derived', async () => {
    const e = engine();
    const unlocking = e.unlock(server.key);
    e.lock();
    await unlocking;
    expect(e.unlocked).toBe(false);
  });
});

describe('discarding', () => {
  it('deletes here and on the server on top of the known version', async () => {
    const e = await unlocked();
    await synced(e);
    await e.discard(ID);
    await e.idle();
    expect(server.calls.at(-1)).toBe(`delete ${ID} base=1`);
    expect(server.drafts.get(ID)?.deleted).toBe(true);
    expect(storage.records.has(ID)).toBe(false);
    expect(e.localDrafts('screening')).toEqual([]);
  });

  it('wipes the content at once while offline and tells the server later', async () => {
    const e = await unlocked();
    await synced(e);
    server.online = false;
    await e.discard(ID);
    await e.idle();
    expect(storage.records.get(ID)).toMatchObject({ deleted: true, sealed: null });
    expect(e.summary().waiting).toBe(1);

    server.online = true;
    await e.syncAll();
    await e.idle();
    expect(server.drafts.get(ID)?.deleted).toBe(true);
    expect(storage.records.has(ID)).toBe(false);
  });

  it('keeps a colleague’s newer version on the server', async () => {
    const e = await unlocked();
    await synced(e);
    server.save(ID, 'screening', theirs);
    await e.discard(ID);
    await e.idle();
    expect(server.drafts.get(ID)).toMatchObject({ deleted: false, payload: theirs });
    expect(storage.records.has(ID)).toBe(false);
  });

  it('never contacts the server for a draft it never had', async () => {
    const e = await unlocked();
    server.online = false;
    e.update('screening', ID, v1);
    await e.discard(ID);
    await e.idle();
    expect(storage.records.size).toBe(0);
    expect(server.calls.filter((c) => c.startsWith('delete'))).toEqual([]);
  });
});

describe('when the storage fails', () => {
  it('still works from memory for the visit and syncs', async () => {
    const broken = {
      get: () => Promise.reject(new Error('blocked')),
      put: () => Promise.reject(new Error('blocked')),
      delete: () => Promise.reject(new Error('blocked')),
      list: () => Promise.reject(new Error('blocked')),
    };
    const e = new DraftEngine({ storage: broken, transport: server, isOnline: () => true, autoSync: false });
    await e.unlock(server.key);
    e.update('screening', ID, v1);
    await e.syncAll();
    await e.idle();
    expect(e.entry(ID)).toMatchObject({ status: 'synced', value: v1 });
    expect(server.drafts.get(ID)?.payload).toEqual(v1);
  });
});
