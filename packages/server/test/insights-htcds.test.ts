import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Client,
  expectProblem,
  type InjectResponse,
  signIn,
  startTestApp,
  type TestApp,
} from './helpers/app.js';

/**
 * HTCDS/CTDC exchange: the real CTDC victim–perpetrator synthetic file (21,195 rows) is
 * imported and CTDC's own frequency tables come back, checked against counts this test
 * makes itself from the CSV and against the numbers CTDC published (TabStat sheet of the
 * data dictionary); rows that cannot be mapped are reported with their line and reason;
 * only analysts and system administrators import, only analysts export; the export is
 * k-anonymous.
 */

const here = dirname(fileURLToPath(import.meta.url));
const CTDC_DIR = process.env.OPENNRM_CTDC_DIR ?? resolve(here, '../../../../shared/data/ctdc');
const CTDC_FILE = resolve(CTDC_DIR, 'CTDC_VPsynthetic_condensed.csv');
const hasCtdc = existsSync(CTDC_FILE);

const VP_HEADER =
  'yearRegister,gender,majorityStatus,isForcedLabour,isSexualExploit,UN_COO_Region,UN_COE_Region,IP_Exploiter,IP_Gender,IP_ageBroad,IP_citizen_UNRegion,IP_Relation,IP_PayMoney,IP_RecruiterBroker,IP_TransactionProcess,IP_ControlAbuseKidnap';

let t: TestApp;
let analyst: Client;
let admin: Client;
let caseWorker: Client;
let supervisor: Client;
let orgId: string;

beforeAll(async () => {
  t = await startTestApp();
  orgId = await t.createOrganisation('national_coordinator');
  const ngo = await t.createOrganisation('ngo');
  analyst = await signIn(t, await t.createUser({ organisationId: orgId, roles: ['analyst'] }));
  admin = await signIn(t, await t.createUser({ organisationId: orgId, roles: ['system_admin'] }));
  caseWorker = await signIn(t, await t.createUser({ organisationId: ngo, roles: ['case_worker'] }));
  supervisor = await signIn(t, await t.createUser({ organisationId: ngo, roles: ['case_supervisor'] }));
});

afterAll(async () => {
  await t?.close();
});

function upload(client: Client, csv: string, fileName = 'upload.csv'): Promise<InjectResponse> {
  return t.app.inject({
    method: 'POST',
    url: `/api/insights/imports?fileName=${encodeURIComponent(fileName)}`,
    headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken, 'content-type': 'text/csv' },
    payload: csv,
  });
}

type Summary = {
  id: string;
  status: string;
  rowsTotal: number;
  rowsDone: number;
  rowsImported: number;
  rowsRejected: number;
  progress: number;
};

/** Polls the import until it has finished; records the progress seen on the way. */
async function finished(client: Client, id: string, seen: number[] = []): Promise<Record<string, unknown>> {
  for (let i = 0; i < 600; i++) {
    const res = await client.get(`/api/insights/imports/${id}`);
    expect(res.statusCode).toBe(200);
    const body = res.json() as Summary;
    seen.push(body.rowsDone);
    if (body.status !== 'running') return body as unknown as Record<string, unknown>;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('import did not finish');
}

type Table = {
  variable: string;
  categories: {
    value: string;
    label: string;
    count: number | null;
    percent: number | null;
    suppressed: boolean;
  }[];
  validTotal: { count: number | null };
  missing: { count: number | null; suppressed: boolean };
};

describe.skipIf(!hasCtdc)('importing the real CTDC victim–perpetrator file', () => {
  const csv = hasCtdc ? readFileSync(CTDC_FILE, 'utf8') : '';
  let importId: string;

  /** The test's own counts, straight from the CSV (no quotes in this file: a plain split). */
  function countColumn(column: string): { counts: Map<string, number>; missing: number; total: number } {
    const lines = csv.split(/\r?\n/).filter((l) => l.length > 0);
    const header = (lines[0] as string).split(',');
    const at = header.indexOf(column);
    const counts = new Map<string, number>();
    let missing = 0;
    for (const line of lines.slice(1)) {
      const value = line.split(',')[at] ?? '';
      if (value === '') missing++;
      else counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    return { counts, missing, total: lines.length - 1 };
  }

  it('loads all 21,195 rows, showing progress, and reports the perpetrator columns it leaves out', async () => {
    const res = await upload(analyst, csv, 'CTDC_VPsynthetic_condensed.csv');
    expect(res.statusCode).toBe(202);
    const created = res.json() as Summary & { source: string };
    expect(created.source).toBe('ctdc_vp_2022');
    expect(created.status).toBe('running');
    expect(created.rowsTotal).toBe(21195);
    importId = created.id;

    const seen: number[] = [];
    const done = await finished(analyst, importId, seen);
    expect(done).toMatchObject({
      status: 'completed',
      rowsTotal: 21195,
      rowsDone: 21195,
      rowsImported: 21195,
      rowsRejected: 0,
      progress: 1,
      rejects: [],
      rejectsByReason: [],
      importedColumns: [
        'yearRegister',
        'gender',
        'majorityStatus',
        'isForcedLabour',
        'isSexualExploit',
        'UN_COO_Region',
        'UN_COE_Region',
      ],
    });
    expect((done.ignoredColumns as { column: string; reason: string }[]).map((c) => c.reason)).toEqual(
      new Array(9).fill('perpetrator_variable'),
    );
    // Progress is written batch by batch and only ever grows.
    expect(seen).toEqual([...seen].sort((a, b) => a - b));

    const list = await analyst.get('/api/insights/imports');
    expect(list.statusCode).toBe(200);
    expect((list.json() as { items: { id: string; fileName: string }[] }).items).toContainEqual(
      expect.objectContaining({ id: importId, fileName: 'CTDC_VPsynthetic_condensed.csv' }),
    );
  });

  it('reproduces CTDC’s frequency tables: the counts of the CSV and of CTDC’s TabStat sheet', async () => {
    const res = await analyst.get(`/api/insights/imports/${importId}/frequencies`);
    expect(res.statusCode).toBe(200);
    const body = res.json() as { total: number; tables: Table[]; suppressedCells: number };
    expect(body.total).toBe(21195);
    expect(body.tables.map((x) => x.variable)).toEqual([
      'yearRegister',
      'gender',
      'majorityStatus',
      'isForcedLabour',
      'isSexualExploit',
      'UN_COO_Region',
      'UN_COE_Region',
    ]);
    for (const table of body.tables) {
      const own = countColumn(table.variable);
      expect(own.total).toBe(21195);
      const got = new Map(table.categories.map((c) => [c.label, c.count]));
      expect(got, table.variable).toEqual(own.counts);
      expect(table.missing.count, table.variable).toBe(own.missing);
      expect(table.validTotal.count).toBe(own.total - own.missing);
    }
    // CTDC's published TabStat numbers (data dictionary of 1 December 2022).
    const byVariable = new Map(body.tables.map((x) => [x.variable, x]));
    const freq = (variable: string): Record<string, number | null> =>
      Object.fromEntries(byVariable.get(variable)!.categories.map((c) => [c.label, c.count]));
    expect(freq('yearRegister')).toEqual({
      '2005-2013': 2531,
      '2014-2018': 6274,
      '2019': 2398,
      '2020': 2002,
      '2021-2022': 4335,
    });
    expect(byVariable.get('yearRegister')!.missing.count).toBe(3655);
    expect(freq('gender')).toEqual({ Female: 9589, Male: 7995 });
    expect(byVariable.get('gender')!.missing.count).toBe(3611);
    expect(freq('majorityStatus')).toEqual({ Adult: 16379, Minor: 1212 });
    expect(freq('isForcedLabour')).toEqual({ '1': 12248 });
    expect(freq('isSexualExploit')).toEqual({ '1': 2775 });
    expect(freq('UN_COO_Region')).toEqual({
      Africa: 5282,
      'Americas/Oceania': 277,
      Asia: 6139,
      Europe: 5887,
    });
    expect(byVariable.get('UN_COO_Region')!.missing.count).toBe(3610);
    expect(freq('UN_COE_Region')).toEqual({
      Africa: 4271,
      'Americas/Oceania': 212,
      Asia: 6281,
      Europe: 6432,
    });
    // CTDC's "Percent" column, two decimals.
    expect(byVariable.get('gender')!.categories.map((c) => c.percent)).toEqual([45.24, 37.72]);
    expect(body.suppressedCells).toBe(0);
  });

  it('gives victims’ gender by type of exploitation as in the data set’s reference aggregates', async () => {
    const res = await analyst.get(`/api/insights/imports/${importId}/frequencies`);
    const cross = (
      res.json() as {
        crossTables: {
          rows: { value: string }[];
          columns: { value: string }[];
          cells: { count: number }[][];
        }[];
      }
    ).crossTables[0]!;
    const cell = (gender: string, flag: string): number =>
      cross.cells[cross.rows.findIndex((r) => r.value === gender)]![
        cross.columns.findIndex((c) => c.value === flag)
      ]!.count;
    expect(cell('female', 'isSexualExploit')).toBe(2293);
    expect(cell('female', 'isForcedLabour')).toBe(5554);
    expect(cell('male', 'isSexualExploit')).toBe(41);
    expect(cell('male', 'isForcedLabour')).toBe(5652);
    expect(cell('missing', 'isSexualExploit')).toBe(441);
    expect(cell('missing', 'isForcedLabour')).toBe(1042);
  });
});

describe('rows that cannot be mapped', () => {
  it('reports every rejected row with its line, column and reason, and imports the rest', async () => {
    const rows = [
      VP_HEADER,
      '2019,Female,Adult,1,,Europe,Europe,1,Female,,Europe,FriendAcquaintance,No,1,,', // 2: fine
      '2020,Robot,Adult,1,,Europe,Europe,,,,,,,,,', // 3: unknown gender
      '2020,Male,Adult,yes,,Europe,Europe,,,,,,,,,', // 4: flag not 1
      '1850,Male,Adult,,1,Mars,,,,,,,,,,', // 5: year and region
      '2021-2022,Male,Minor', // 6: too few fields
      ',,,,,,,,,,,,,,,', // 7: nothing recorded: imported, all missing
      '2014-2018,Female,Minor,,1,Asia,Asia,,,,,,,,,', // 8: fine
    ];
    const res = await upload(analyst, rows.join('\n'), 'with-errors.csv');
    expect(res.statusCode).toBe(202);
    const done = await finished(analyst, (res.json() as Summary).id);
    expect(done).toMatchObject({
      status: 'completed',
      rowsTotal: 7,
      rowsImported: 3,
      rowsRejected: 4,
    });
    expect(done.rejects).toEqual([
      { row: 3, column: 'gender', reason: 'unknown_value' },
      { row: 4, column: 'isForcedLabour', reason: 'invalid_flag' },
      { row: 5, column: 'yearRegister', reason: 'invalid_year' },
      { row: 5, column: 'UN_COO_Region', reason: 'unknown_value' },
      { row: 6, column: '*', reason: 'wrong_field_count' },
    ]);
    expect(done.rejectsByReason).toContainEqual({ column: 'gender', reason: 'unknown_value', rows: 1 });
    // No value of a rejected row is echoed back.
    expect(JSON.stringify(done)).not.toMatch(/Robot|Mars|1850/);
  });

  it('reports a row it cannot even read as CSV (an unclosed quote) as rejected', async () => {
    const csv = [
      VP_HEADER,
      '2019,Female,Adult,1,,Europe,Europe,,,,,,,,,',
      '2019,"Female,Adult,1,,Europe,Europe,,,,,,,,,',
    ].join('\n');
    const res = await upload(analyst, csv);
    const done = await finished(analyst, (res.json() as Summary).id);
    expect(done).toMatchObject({ status: 'completed', rowsImported: 1, rowsRejected: 1 });
    expect(done.rejects).toEqual([{ row: 3, column: '*', reason: 'unclosed_quote' }]);
  });

  it('refuses a file whose header has no HTCDS/CTDC column, and an empty file, without creating an import', async () => {
    const before = (await analyst.get('/api/insights/imports')).json() as { items: unknown[] };
    expectProblem(await upload(analyst, 'name,address\nA,B'), 400, 'validation');
    expectProblem(await upload(analyst, ''), 400, 'validation');
    const after = (await analyst.get('/api/insights/imports')).json() as { items: unknown[] };
    expect(after.items).toHaveLength(before.items.length);
    expectProblem(
      await analyst.get('/api/insights/imports/00000000-0000-4000-8000-000000000000'),
      404,
      'not-found',
    );
  });
});

describe('small cells in the frequency tables', () => {
  it('withholds counts of 1–4 and enough other cells that the totals do not give them away', async () => {
    const lines = [VP_HEADER];
    const add = (n: number, line: string): void => {
      for (let i = 0; i < n; i++) lines.push(line);
    };
    add(20, '2020,Female,Adult,1,,Europe,Europe,,,,,,,,,');
    add(3, '2020,Male,Adult,,1,Europe,Europe,,,,,,,,,');
    add(12, '2019,,Adult,1,,Asia,Europe,,,,,,,,,');
    const res = await upload(analyst, lines.join('\n'));
    const id = (res.json() as Summary).id;
    await finished(analyst, id);
    const freq = (await analyst.get(`/api/insights/imports/${id}/frequencies`)).json() as {
      total: number;
      tables: Table[];
      crossTables: { cells: { count: number | null; suppressed: boolean }[][] }[];
    };
    expect(freq.total).toBe(35);
    const gender = freq.tables.find((x) => x.variable === 'gender')!;
    const male = gender.categories.find((c) => c.value === 'male')!;
    expect(male).toMatchObject({ count: null, percent: null, suppressed: true });
    // Female + Male + missing = 35 must not give Male away: a second cell of the line is withheld.
    const shown = [...gender.categories.map((c) => c.count), gender.missing.count];
    expect(shown.filter((v) => v === null).length).toBeGreaterThanOrEqual(2);
    const sexual = freq.tables.find((x) => x.variable === 'isSexualExploit')!;
    expect(sexual.categories[0]).toMatchObject({ count: null, suppressed: true });
    expect(sexual.missing.count).toBeNull();
    // Nowhere in the answer does a 3 appear as a count.
    expect(JSON.stringify(freq)).not.toMatch(/"count":3\b/);
    expect(freq.crossTables[0]!.cells.flat().some((c) => c.suppressed)).toBe(true);
  });
});

describe('who may import and export', () => {
  it('refuses case workers and supervisors every import route', async () => {
    for (const client of [caseWorker, supervisor]) {
      expectProblem(await upload(client, `${VP_HEADER}\n`), 403, 'forbidden');
      expectProblem(await client.get('/api/insights/imports'), 403, 'forbidden');
      expectProblem(
        await client.get('/api/insights/imports/00000000-0000-4000-8000-000000000000/frequencies'),
        403,
        'forbidden',
      );
      expectProblem(await client.get('/api/insights/htcds/export'), 403, 'forbidden');
    }
  });

  it('lets a system administrator import but not export; the analyst does both', async () => {
    const res = await upload(admin, `${VP_HEADER}\n2020,Female,Adult,1,,Europe,Europe,,,,,,,,,`);
    expect(res.statusCode).toBe(202);
    await finished(admin, (res.json() as Summary).id);
    expectProblem(await admin.get('/api/insights/htcds/export'), 403, 'forbidden');
    expect((await analyst.get('/api/insights/htcds/export')).statusCode).toBe(200);
  });
});

describe('HTCDS export', () => {
  beforeAll(async () => {
    // 36 alike (women, Ukrainian, born 1990, sexual exploitation), 4 that stand out.
    const set = async (
      caseId: string,
      personId: string,
      v: { birthYear: number; nationality: string; forms: string[]; gender: string },
    ): Promise<void> => {
      await t.database.db
        .updateTable('persons')
        .set({ birth_year: v.birthYear, nationality: v.nationality, gender: v.gender })
        .where('id', '=', personId)
        .execute();
      await t.database.db
        .updateTable('cases')
        .set({ exploitation_forms: v.forms, first_contact_at: new Date('2025-03-01T10:00:00Z') })
        .where('id', '=', caseId)
        .execute();
    };
    for (let i = 0; i < 36; i++) {
      const { caseId, personId } = await t.createCase({
        leadOrgId: orgId,
        identity: { givenName: 'Canary' },
      });
      await set(caseId, personId, {
        birthYear: 1990,
        nationality: 'UA',
        forms: ['sexual_prostitution'],
        gender: 'female',
      });
    }
    const outliers = [
      { birthYear: 1950, nationality: 'NG', forms: ['organ_removal'], gender: 'male' },
      { birthYear: 2010, nationality: 'VN', forms: ['forced_criminality'], gender: 'male' },
      { birthYear: 1980, nationality: 'BR', forms: ['domestic_servitude'], gender: 'transgender' },
      { birthYear: 1970, nationality: 'RO', forms: ['forced_begging'], gender: 'female' },
    ];
    for (const v of outliers) {
      const { caseId, personId } = await t.createCase({
        leadOrgId: orgId,
        identity: { givenName: 'Canary' },
      });
      await set(caseId, personId, v);
    }
  });

  function classesOf(rows: readonly string[][]): Map<string, number> {
    const classes = new Map<string, number>();
    for (const row of rows) classes.set(row.join(','), (classes.get(row.join(',')) ?? 0) + 1);
    return classes;
  }

  it('generalises rather than leave out more than 5 % by default, and stays k-anonymous', async () => {
    const res = await analyst.get('/api/insights/htcds/export');
    expect(res.statusCode).toBe(200);
    const file = res.json() as {
      rows: string[][];
      suppressedRecords: number;
      generalisation: Record<string, string>;
    };
    expect(file.suppressedRecords).toBeLessThanOrEqual(2);
    expect(Object.values(file.generalisation).some((level) => level !== 'year' && level !== 'gender')).toBe(
      true,
    );
    for (const [combination, n] of classesOf(file.rows)) expect(n, combination).toBeGreaterThanOrEqual(11);
  });

  it('exports a k-anonymous file (every combination at least k times) and says how many were left out', async () => {
    const res = await analyst.get('/api/insights/htcds/export?maxSuppressionShare=0.1');
    expect(res.statusCode).toBe(200);
    const file = res.json() as {
      k: number;
      totalRecords: number;
      exportedRecords: number;
      suppressedRecords: number;
      columns: string[];
      rows: string[][];
      generalisation: Record<string, string>;
    };
    expect(file.k).toBe(11);
    expect(file.totalRecords).toBe(40);
    expect(file.exportedRecords + file.suppressedRecords).toBe(40);
    // The four that stand out are left out; the 36 alike keep every detail.
    expect(file.suppressedRecords).toBe(4);
    expect(file.rows).toHaveLength(file.exportedRecords);
    for (const [combination, n] of classesOf(file.rows)) expect(n, combination).toBeGreaterThanOrEqual(11);
    expect(file.generalisation).toEqual({
      year: 'year',
      gender: 'gender',
      age: 'age_band',
      citizenship: 'country',
      exploitation: 'types_and_sectors',
    });
    expect(file.columns.slice(0, 4)).toEqual(['yearOfRegistration', 'gender', 'ageBroad', 'majorityStatus']);
    // The 36 alike are kept in detail.
    expect(file.rows).toContainEqual(
      expect.arrayContaining(['2025', 'Female', '30--38', 'Adult', 'UKR', 'Europe']),
    );
    expect(JSON.stringify(file)).not.toContain('Canary');

    const audit = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('action', '=', 'statistics_release.htcds_export')
      .execute();
    expect(audit.length).toBeGreaterThan(0);
  });

  it('takes another k and answers CSV', async () => {
    const res = await analyst.get('/api/insights/htcds/export?k=20&format=csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="htcds-k20\.csv"/);
    const lines = res.body.split('\r\n');
    expect(lines[0]).toMatch(/^yearOfRegistration,gender,ageBroad,majorityStatus,citizenship,UN_COO_Region,/);
    const classes = new Map<string, number>();
    for (const line of lines.slice(1)) classes.set(line, (classes.get(line) ?? 0) + 1);
    for (const n of classes.values()) expect(n).toBeGreaterThanOrEqual(20);
    expect(Number(res.headers['x-opennrm-records-suppressed'])).toBe(40 - (lines.length - 1));
    expectProblem(await analyst.get('/api/insights/htcds/export?k=1'), 400, 'validation');
  });

  it('imports its own export back (round trip through the CTDC layout)', async () => {
    const csv = (await analyst.get('/api/insights/htcds/export?format=csv')).body;
    const res = await upload(analyst, csv, 'own-export.csv');
    expect(res.statusCode).toBe(202);
    const done = await finished(analyst, (res.json() as Summary).id);
    expect(done).toMatchObject({ status: 'completed', rowsRejected: 0 });
    expect(done.rowsImported).toBe(csv.split('\r\n').length - 1);
  });
});
