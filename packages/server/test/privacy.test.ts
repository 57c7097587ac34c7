import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blindIndex } from '../src/crypto/index.js';
import { connect } from '../src/db/connect.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { type Client, signIn, startTestApp, type TestApp } from './helpers/app.js';

/**
 * The canary test: a person is recorded through the API with identifying data that
 * holds a unique marker, then the marker is looked for everywhere it must not be:
 * logs, the audit trail, every table's text, and the bytes the database keeps on disk
 * (PGlite's data folder) or hands out in a dump (PostgreSQL's pg_dump).
 */

const run = promisify(execFile);
const serverUrl = process.env.OPENNRM_TEST_DATABASE_URL;
const CANARY = `Canary${randomBytes(8).toString('hex')}`;
// A positive control: stored in plain text on purpose (an organisation name is not
// personal data), so a scan that cannot find it proves nothing.
const MARKER = `Marker${randomBytes(8).toString('hex')}`;

const person = {
  givenName: CANARY,
  familyName: `${CANARY}Family`,
  aliases: [`${CANARY}Alias`],
  dateOfBirth: '1991-03-04',
  contact: { phone: `+00 ${CANARY}`, email: `${CANARY}@example.org` },
  address: `${CANARY} Street 1, Testville`,
  identityDocuments: [{ type: 'passport', number: CANARY, country: 'UA' }],
  gender: 'female',
  birthYear: 1991,
  nationality: 'UA',
};

let t: TestApp;
let open = true;
let dataDir: string | null = null;
let worker: Client;
let created: { id: string; personId: string };

async function closeApp(): Promise<void> {
  if (!open) return;
  open = false;
  await t.close();
}

beforeAll(async () => {
  if (serverUrl) {
    t = await startTestApp();
  } else {
    dataDir = mkdtempSync(join(tmpdir(), 'opennrm-canary-'));
    const database = await connect({ kind: 'pglite', dataDir });
    await migrateToLatest(database.db);
    t = await startTestApp({ database });
  }
  const orgId = await t.createOrganisation('ngo', MARKER);
  worker = await signIn(t, await t.createUser({ organisationId: orgId, roles: ['case_worker'] }));
  const res = await worker.send('POST', '/api/cases', {
    person,
    exploitationForms: ['forced_labour'],
    region: 'capital',
  });
  if (res.statusCode !== 201) throw new Error(`case not created: ${res.statusCode} ${res.body}`);
  created = res.json();
});

afterAll(async () => {
  await closeApp();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

function containsCanary(text: string): boolean {
  return text.toLowerCase().includes(CANARY.toLowerCase());
}

/** Every row of every table of the application schema, as Postgres renders it in text. */
async function allRowsAsText(): Promise<Map<string, string[]>> {
  const tables = await sql<{ table_name: string }>`
    select table_name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE'
    order by table_name`.execute(t.database.db);
  const out = new Map<string, string[]>();
  for (const { table_name } of tables.rows) {
    const rows = await sql<{ row: string }>`select r::text as row from ${sql.table(table_name)} as r`.execute(
      t.database.db,
    );
    out.set(
      table_name,
      rows.rows.map((r) => r.row),
    );
  }
  return out;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Which of the needles occur in the bytes, as UTF-8 or UTF-16, in any letter case. */
function needlesIn(bytes: Buffer, needles: readonly string[]): string[] {
  const haystack = bytes.toString('latin1').toLowerCase();
  return needles.filter((needle) => {
    const lower = needle.toLowerCase();
    return (
      haystack.includes(Buffer.from(lower, 'utf8').toString('latin1')) ||
      haystack.includes(Buffer.from(lower, 'utf16le').toString('latin1'))
    );
  });
}

type Scan = { scanned: number; hits: [where: string, needles: string[]][] };

async function scanDump(url: string): Promise<Scan> {
  const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(t.database.db);
  const target = new URL(url);
  target.pathname = `/${rows[0]?.name ?? ''}`;
  const { stdout } = await run('pg_dump', ['--no-owner', '--dbname', target.toString()], {
    maxBuffer: 512 * 1024 * 1024,
    encoding: 'buffer',
  });
  return { scanned: stdout.length, hits: [['pg_dump', needlesIn(stdout, [MARKER, CANARY])]] };
}

/** Closes the database first, so everything it holds is on disk, then reads every file. */
async function scanDataFolder(): Promise<Scan> {
  await closeApp();
  const files = filesUnder(dataDir ?? '');
  const hits: Scan['hits'] = [];
  for (const file of files) {
    const needles = needlesIn(readFileSync(file), [MARKER, CANARY]);
    if (needles.length) hits.push([file, needles]);
  }
  return { scanned: files.length, hits };
}

describe('the canary', () => {
  it('comes back decrypted to a case worker on the team, so it really went through the system', async () => {
    const res = await worker.get(`/api/persons/${created.personId}`);
    const detail = await worker.get(`/api/cases/${created.id}`);
    const list = await worker.get('/api/cases');
    const log = await worker.get(`/api/persons/${created.personId}/access-log`);

    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ givenName: CANARY, address: person.address, contact: person.contact });
    for (const r of [detail, list, log]) {
      expect(r.statusCode).toBe(200);
      expect(containsCanary(r.body)).toBe(false);
    }
  });

  it('appears nowhere in the server logs', () => {
    const logs = t.logs.join('');

    expect(logs).toContain(created.personId);
    expect(logs).toContain('/api/cases');
    expect(containsCanary(logs)).toBe(false);
  });

  it('appears nowhere in the audit log', async () => {
    const rows = await t.database.db.selectFrom('audit_log').selectAll().execute();

    expect(rows.some((r) => r.subject_person_id === created.personId && r.action === 'person.read')).toBe(
      true,
    );
    expect(containsCanary(JSON.stringify(rows))).toBe(false);
  });

  it('appears in no table, in any column, as text', async () => {
    const tables = await allRowsAsText();

    expect(tables.get('persons')?.length).toBeGreaterThan(0);
    expect(tables.get('organisations')?.some((row) => row.includes(MARKER))).toBe(true);
    const leaks = [...tables].filter(([, rows]) => rows.some(containsCanary)).map(([name]) => name);
    expect(leaks).toEqual([]);
  });

  it('can still be found by an exact-match blind index, while the name column holds only ciphertext', async () => {
    const index = blindIndex(t.keyring, 'person.name', `${person.givenName} ${person.familyName}`);
    const other = blindIndex(t.keyring, 'person.name', `${person.givenName} Someone`);

    const found = await t.database.db
      .selectFrom('persons')
      .select(['id', 'given_name_enc', 'family_name_enc'])
      .where('name_bidx', '=', index)
      .execute();
    const notFound = await t.database.db
      .selectFrom('persons')
      .select('id')
      .where('name_bidx', '=', other)
      .execute();

    expect(found.map((r) => r.id)).toEqual([created.personId]);
    expect(notFound).toEqual([]);
    expect(found[0]?.given_name_enc).toBeTruthy();
    expect(found[0]?.given_name_enc).not.toContain(CANARY);
    expect(found[0]?.family_name_enc).not.toContain(CANARY);
  });

  it('appears nowhere in what the database keeps: its data folder (PGlite) or a dump (PostgreSQL)', async () => {
    const found = serverUrl ? await scanDump(serverUrl) : await scanDataFolder();

    expect(found.scanned).toBeGreaterThan(0);
    expect(found.hits.filter(([, needles]) => needles.includes(MARKER)).length).toBeGreaterThan(0);
    expect(found.hits.filter(([, needles]) => needles.includes(CANARY)).map(([where]) => where)).toEqual([]);
  });
});
