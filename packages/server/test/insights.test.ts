import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../src/insights/report/build-report.js';
import { type Client, expectProblem, signIn, startTestApp, type TestApp } from './helpers/app.js';

/**
 * National stock-taking over HTTP (issue 5): a small known data set is inserted row by
 * row, every measure's figures are checked, and no route or export lets a count from 1
 * to 4 through. Synthetic data only.
 */

type Cell = { value: number | null; suppressed: boolean };
type Table = {
  id: string;
  measure: string;
  dimensions: string[];
  columns: { id: string; kind: string }[];
  rows: { key: string[]; cells: Cell[]; flag: string | null }[];
  total: Cell[] | null;
  noData: boolean;
};
type Dashboard = {
  filter: { from: string; to: string; region: string | null; granularity: string };
  protection: { threshold: number };
  measures: { id: string; noData: boolean }[];
  tables: Table[];
  gaps: { kind: string; count: number; text: string; subject: string[] }[];
  qualityNotes: { field: string; share: number; text: string }[];
};

const PERIOD = 'from=2025-01-01&to=2025-12-31&granularity=quarter';
const THRESHOLD = 5;

let t: TestApp;
let analyst: Client;
let supervisor: Client;
let caseWorker: Client;
let ngo: string;
let police: string;
let inspectorate: string;
let authority: string;
let staffId: string;
let keyId: string;
let someCaseId = '';
let somePersonId = '';

const at = (day: string, hour = 10): Date => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00Z`);

async function insert(
  table: string,
  values: Record<string, unknown> | Record<string, unknown>[],
): Promise<void> {
  await t.database.db
    .insertInto(table as never)
    .values(values as never)
    .execute();
}

type PersonSpec = {
  gender: string;
  birthYear: number | null;
  nationality: string | null;
  child: boolean;
  forms: string[];
  region: string;
  org: string;
  contact: string;
  migrationStatus?: string;
  vulnerabilities?: string[];
  disabilities?: string[];
  stage?: string;
};

/** A person and their case, referred on the day after first contact. */
async function seedCase(spec: PersonSpec): Promise<string> {
  const personId = randomUUID();
  const caseId = randomUUID();
  await insert('persons', {
    id: personId,
    data_key_id: keyId,
    gender: spec.gender,
    birth_year: spec.birthYear,
    nationality: spec.nationality,
    migration_status: spec.migrationStatus ?? null,
    vulnerabilities: spec.vulnerabilities ?? [],
    disabilities: spec.disabilities ?? [],
    created_by_org_id: spec.org,
  });
  await insert('cases', {
    id: caseId,
    reference: `NRM-T-${caseId.slice(0, 8)}`,
    person_id: personId,
    stage: spec.stage ?? 'referred',
    is_child: spec.child,
    exploitation_forms: spec.forms,
    exploitation_place: 'in_country',
    region: spec.region,
    referring_org_id: spec.org,
    lead_org_id: spec.org,
    first_contact_at: at(spec.contact),
  });
  const referred = new Date(at(spec.contact).getTime() + 86_400_000);
  await insert('referrals', {
    id: randomUUID(),
    case_id: caseId,
    referring_org_id: spec.org,
    referring_user_id: staffId,
    competent_org_id: authority,
    profile_id: 'generic_coe_eu',
    profile_version: 1,
    child_status: spec.child ? 'child' : 'adult',
    elements: JSON.stringify({}),
    exploitation_forms: spec.forms,
    exploitation_location: 'in_country',
    referred_at: referred,
  });
  if (!someCaseId) {
    someCaseId = caseId;
    somePersonId = personId;
  }
  return caseId;
}

async function decide(
  caseId: string,
  stage: string,
  positive: boolean,
  decided: Date,
  due: Date | null,
): Promise<void> {
  await insert('decisions', {
    id: randomUUID(),
    case_id: caseId,
    stage,
    outcome: positive ? 'positive' : 'negative',
    positive,
    standard: stage === 'reasonable_grounds' ? 'reasonable_grounds' : 'balance_of_probabilities',
    data_key_id: keyId,
    reasons_enc: 'sealed',
    decided_by_user_id: staffId,
    decided_by_org_id: authority,
    decided_at: decided,
    due_at: due,
    profile_id: 'generic_coe_eu',
    profile_version: 1,
  });
}

async function recoveryPeriod(caseId: string, starts: Date, extended: boolean): Promise<void> {
  const id = randomUUID();
  await insert('recovery_periods', {
    id,
    case_id: caseId,
    starts_at: starts,
    ends_at: new Date(starts.getTime() + 30 * 86_400_000),
    minimum_days: 30,
    status: 'running',
    no_removal: true,
    data_key_id: keyId,
  });
  if (extended) {
    await insert('recovery_extensions', {
      id: randomUUID(),
      recovery_period_id: id,
      days: 14,
      reason_enc: 'sealed',
      granted_by_user_id: staffId,
      granted_at: new Date(starts.getTime() + 20 * 86_400_000),
    });
  }
}

/**
 * The known data set (2025, regions north and south):
 * - A: 12 women, sexual exploitation, nationals, registered by an NGO (north); positive
 *   reasonable grounds on time, positive conclusive; needs assessed (accommodation high,
 *   mental health medium), accommodation delivered to 5; 6 decline contact with police;
 *   7 return and 5 integrate; 6 residence permits (5 granted with the right to work).
 * - B: 8 men, forced labour, Ukrainians without status, registered by a labour inspectorate
 *   (south); positive reasonable grounds, late; 5 recovery periods extended.
 * - C: 6 girls, forced begging, Romanians, registered by the police (north); negative
 *   reasonable grounds on time; 5 get a guardian in 3 days.
 * - D: 2 transgender adults, domestic servitude, registered by the police (north).
 * - E: 3 cases of 2024 (outside the period).
 * - 6 anonymous notifications in 2025: 5 women, 1 man.
 */
async function seedKnownDataSet(): Promise<void> {
  const service = randomUUID();
  await insert('services', {
    id: service,
    organisation_id: ngo,
    kind: 'shelter',
    name: 'Test shelter',
    regions: ['north'],
    capacity_total: 10,
    capacity_free: 2,
    waiting_days: 4,
  });
  for (let i = 0; i < 12; i++) {
    const caseId = await seedCase({
      gender: 'female',
      birthYear: 1990,
      nationality: 'AT',
      child: false,
      forms: ['sexual_prostitution'],
      region: 'north',
      org: ngo,
      contact: '2025-03-10',
    });
    await decide(caseId, 'reasonable_grounds', true, at('2025-03-14'), at('2025-03-18'));
    await recoveryPeriod(caseId, at('2025-03-14'), false);
    await decide(caseId, 'conclusive_grounds', true, at('2025-05-01'), null);
    const assessment = randomUUID();
    await insert('needs_assessments', {
      id: assessment,
      case_id: caseId,
      version: 1,
      data_key_id: keyId,
      assessed_by_user_id: staffId,
      assessed_by_org_id: ngo,
      assessed_at: at('2025-03-12'),
    });
    await insert('assessed_needs', [
      {
        assessment_id: assessment,
        case_id: caseId,
        domain: 'accommodation',
        level: 'high',
        urgency: 'immediate',
      },
      {
        assessment_id: assessment,
        case_id: caseId,
        domain: 'mental_health',
        level: 'medium',
        urgency: 'within_week',
      },
      { assessment_id: assessment, case_id: caseId, domain: 'education', level: 'low', urgency: 'routine' },
    ]);
    if (i < 5) {
      await insert('service_referrals', {
        id: randomUUID(),
        case_id: caseId,
        service_id: service,
        provider_org_id: ngo,
        need_domain: 'accommodation',
        data_key_id: keyId,
        sent_by_user_id: staffId,
        sent_by_org_id: ngo,
        sent_at: at('2025-03-12'),
        status: 'started',
        responded_at: at('2025-03-13'),
        started_at: at('2025-03-14'),
      });
    }
    await insert('cooperation_records', {
      id: randomUUID(),
      case_id: caseId,
      status: i < 6 ? 'declines_contact' : 'cooperating',
      recorded_by_user_id: staffId,
      recorded_at: at('2025-03-20'),
    });
    await insert('durable_solutions', {
      id: randomUUID(),
      case_id: caseId,
      kind: i < 7 ? 'return' : 'integration',
      status: 'completed',
      decided_on: '2025-07-01',
    });
    if (i < 6) {
      await insert('residence_permits', {
        id: randomUUID(),
        case_id: caseId,
        basis: 'victim_situation',
        applied_on: '2025-06-01',
        status: i < 5 ? 'granted' : 'pending',
        decided_on: i < 5 ? '2025-06-20' : null,
        right_to_work: i < 5,
      });
    }
  }
  for (let i = 0; i < 8; i++) {
    const caseId = await seedCase({
      gender: 'male',
      birthYear: 1985,
      nationality: 'UA',
      child: false,
      forms: ['forced_labour'],
      region: 'south',
      org: inspectorate,
      contact: '2025-06-01',
      migrationStatus: 'irregular',
    });
    await decide(caseId, 'reasonable_grounds', true, at('2025-06-20'), at('2025-06-08'));
    await recoveryPeriod(caseId, at('2025-06-20'), i < 5);
  }
  for (let i = 0; i < 6; i++) {
    const caseId = await seedCase({
      gender: 'female',
      birthYear: 2012,
      nationality: 'RO',
      child: true,
      forms: ['forced_begging'],
      region: 'north',
      org: police,
      contact: '2025-09-01',
    });
    await decide(caseId, 'reasonable_grounds', false, at('2025-09-05'), at('2025-09-08'));
    await insert('guardian_appointments', {
      id: randomUUID(),
      case_id: caseId,
      requested_at: at('2025-09-02'),
      appointed_at: i < 5 ? at('2025-09-05') : null,
    });
  }
  for (let i = 0; i < 2; i++) {
    await seedCase({
      gender: 'transgender',
      birthYear: 1995,
      nationality: 'UA',
      child: false,
      forms: ['domestic_servitude'],
      region: 'north',
      org: police,
      contact: '2025-10-01',
    });
  }
  for (let i = 0; i < 3; i++) {
    await seedCase({
      gender: 'female',
      birthYear: 1980,
      nationality: 'AT',
      child: false,
      forms: ['sexual_prostitution'],
      region: 'north',
      org: ngo,
      contact: '2024-05-01',
    });
  }
  const notification = (gender: string) => ({
    id: randomUUID(),
    organisation_id: ngo,
    notified_on: '2025-04-01',
    gender,
    age_band: '24-26',
    nationality: 'UA',
    exploitation_forms: ['sexual_prostitution'],
    region: 'north',
  });
  await insert(
    'anonymous_notifications',
    [1, 2, 3, 4, 5].map(() => notification('female')),
  );
  await insert('anonymous_notifications', notification('male'));
}

beforeAll(async () => {
  t = await startTestApp();
  ngo = await t.createOrganisation('ngo');
  police = await t.createOrganisation('police');
  inspectorate = await t.createOrganisation('labour_inspectorate');
  authority = await t.createOrganisation('competent_authority');
  const coordinator = await t.createOrganisation('national_coordinator');
  staffId = (await t.createUser({ organisationId: ngo, roles: ['case_worker'] })).id;
  keyId = randomUUID();
  await insert('data_keys', { id: keyId, kek_id: 'test', wrapped: 'test' });
  await seedKnownDataSet();
  analyst = await signIn(
    t,
    await t.createUser({ organisationId: coordinator, roles: ['analyst'], mfa: false }),
  );
  supervisor = await signIn(
    t,
    await t.createUser({ organisationId: coordinator, roles: ['case_supervisor'] }),
  );
  caseWorker = await signIn(t, await t.createUser({ organisationId: ngo, roles: ['case_worker'] }));
});

afterAll(async () => {
  await t?.close();
});

async function dashboard(query = PERIOD): Promise<Dashboard> {
  const res = await analyst.get(`/api/insights/dashboard?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Dashboard;
}

function table(d: { tables: Table[] }, id: string): Table {
  const found = d.tables.find((x) => x.id === id);
  if (!found) throw new Error(`no table ${id}`);
  return found;
}

/** The published value of a cell (null when withheld or empty). */
function value(tb: Table, key: string | string[], column: string): number | null {
  const keys = Array.isArray(key) ? key : [key];
  const row = tb.rows.find((r) => r.key.join('|') === keys.join('|'));
  const index = tb.columns.findIndex((c) => c.id === column);
  if (!row || index < 0) throw new Error(`no cell ${tb.id} ${keys.join('|')} ${column}`);
  return row.cells[index]?.suppressed ? null : (row.cells[index]?.value ?? null);
}

function suppressed(tb: Table, key: string, column: string): boolean {
  const row = tb.rows.find((r) => r.key.join('|') === key);
  const index = tb.columns.findIndex((c) => c.id === column);
  return row?.cells[index]?.suppressed === true;
}

function totalOf(tb: Table, column: string): number | null {
  const index = tb.columns.findIndex((c) => c.id === column);
  const cell = tb.total?.[index];
  return cell?.suppressed ? null : (cell?.value ?? null);
}

/** No count cell from 1 to threshold − 1, and no value behind a withheld cell, anywhere. */
function expectNoSmallCounts(tables: Table[]): void {
  for (const tb of tables) {
    for (const row of [...tb.rows.map((r) => r.cells), ...(tb.total ? [tb.total] : [])]) {
      row.forEach((cell, i) => {
        if (cell.suppressed) expect(cell.value, `${tb.id} withheld cell holds a value`).toBeNull();
        if (tb.columns[i]?.kind !== 'count' || cell.value === null) return;
        expect(
          cell.value === 0 || cell.value >= THRESHOLD,
          `${tb.id} ${tb.columns[i]?.id} = ${cell.value}`,
        ).toBe(true);
      });
    }
  }
}

describe('official counts', () => {
  it('counts presumed and identified victims and anonymous notifications in the period', async () => {
    const d = await dashboard();
    const totals = table(d, 'official_counts.totals');
    expect(value(totals, 'all', 'presumed')).toBe(28);
    expect(value(totals, 'all', 'identified')).toBe(12);
    expect(value(totals, 'all', 'anonymous')).toBe(6);
    const decisions = table(d, 'official_counts.decisions');
    expect(value(decisions, 'reasonable_grounds', 'decisions')).toBe(26);
    expect(value(decisions, 'reasonable_grounds', 'positive')).toBe(20);
    expect(value(decisions, 'reasonable_grounds', 'negative')).toBe(6);
    expect(value(decisions, 'reasonable_grounds', 'share_positive')).toBeCloseTo(20 / 26, 3);
    expect(value(decisions, 'conclusive_grounds', 'positive')).toBe(12);
  });

  it('breaks counts down, withholding small cells and a complement so they cannot be worked out', async () => {
    const d = await dashboard();
    const gender = table(d, 'official_counts.by_gender');
    expect(value(gender, 'female', 'presumed')).toBe(18);
    expect(suppressed(gender, 'transgender_nonconforming', 'presumed')).toBe(true);
    // 2 transgender persons: withheld, and the next smallest (8 men) with it.
    expect(suppressed(gender, 'male', 'presumed')).toBe(true);
    expect(totalOf(gender, 'presumed')).toBe(28);
    // One man among the anonymous notifications: withheld, and the women's 5 with it.
    expect(suppressed(gender, 'male', 'anonymous')).toBe(true);
    expect(suppressed(gender, 'female', 'anonymous')).toBe(true);
    expect(totalOf(gender, 'anonymous')).toBe(6);
    expect(value(table(d, 'official_counts.by_age_group'), 'child', 'presumed')).toBe(6);
    const citizenship = table(d, 'official_counts.by_citizenship');
    expect(value(citizenship, 'national', 'presumed')).toBe(12);
    expect(value(citizenship, 'other_eu', 'presumed')).toBe(6);
    expect(value(citizenship, 'non_eu', 'presumed')).toBe(10);
    const sector = table(d, 'official_counts.by_sector');
    expect(value(sector, 'civil_society', 'presumed')).toBe(12);
    expect(value(sector, 'public_services', 'presumed')).toBe(8);
    expect(value(sector, 'law_enforcement', 'presumed')).toBe(8);
    expect(value(table(d, 'official_counts.by_form'), 'forced_labour', 'presumed')).toBe(8);
    const region = table(d, 'official_counts.by_region');
    expect(value(region, 'north', 'presumed')).toBe(20);
    expect(value(region, 'south', 'presumed')).toBe(8);
    const trend = table(d, 'official_counts.trend');
    expect(trend.rows.map((r) => r.key[0])).toEqual(['2025-01-01', '2025-04-01', '2025-07-01', '2025-10-01']);
    expect(value(trend, '2025-01-01', 'presumed')).toBe(12);
  });

  it('filters a region and a period', async () => {
    const south = await dashboard(`${PERIOD}&region=south`);
    expect(value(table(south, 'official_counts.totals'), 'all', 'presumed')).toBe(8);
    const before = await dashboard('from=2024-01-01&to=2024-12-31&granularity=year');
    // Three cases in 2024: fewer than five, withheld.
    expect(value(table(before, 'official_counts.totals'), 'all', 'presumed')).toBeNull();
  });
});

describe('who identifies, bias, timeliness', () => {
  it('gives the share referred from outside law enforcement and immigration', async () => {
    const d = await dashboard();
    const share = table(d, 'who_identifies.share');
    expect(value(share, 'all', 'presumed')).toBe(28);
    expect(value(share, 'all', 'outside_enforcement')).toBe(20);
    expect(value(share, 'all', 'share_outside')).toBeCloseTo(20 / 28, 3);
    expect(value(table(d, 'who_identifies.by_organisation_kind'), 'labour_inspectorate', 'presumed')).toBe(8);
  });

  it('tests forms against gender and age and flags the under-identified cells', async () => {
    const d = await dashboard();
    const bias = table(d, 'bias.form_gender_age');
    expect(bias.dimensions).toEqual(['form', 'gender', 'age_group']);
    // A cross table is protected with all its margins: in so small a data set the two
    // transgender persons' cell takes others with it, but the test's reading stays.
    const observed = value(bias, ['sexual_prostitution', 'female', 'adult'], 'observed');
    expect(observed === null || observed === 12).toBe(true);
    expect(value(bias, ['sexual_prostitution', 'female', 'adult'], 'expected')).toBeCloseTo(
      (12 * 12) / 28,
      1,
    );
    expect(bias.rows.find((r) => r.key.join('|') === 'sexual_prostitution|female|adult')?.flag).toBe(
      'over_identified',
    );
    expect(suppressed(bias, 'domestic_servitude|transgender_nonconforming|adult', 'observed')).toBe(true);
    const outcomes = table(d, 'bias.outcomes_by_age_group');
    expect(value(outcomes, 'child', 'rg_negative')).toBe(6);
    expect(outcomes.rows.find((r) => r.key[0] === 'child')?.flag).toBe('refused_more_often');
  });

  it('measures decisions against their target and the recovery periods', async () => {
    const d = await dashboard();
    const decisions = table(d, 'timeliness.decisions');
    expect(value(decisions, 'all', 'rg_first_decisions')).toBe(26);
    expect(value(decisions, 'all', 'rg_on_time')).toBe(18);
    expect(value(decisions, 'all', 'rg_late')).toBe(8);
    const periods = table(d, 'timeliness.recovery_periods');
    expect(value(periods, 'all', 'periods')).toBe(20);
    expect(value(periods, 'all', 'extended')).toBe(5);
    expect(value(periods, 'all', 'withheld')).toBe(0);
  });
});

describe('assistance, remedies, children', () => {
  it('counts non-cooperating persons assisted and unmet needs by domain and group', async () => {
    const d = await dashboard();
    const cooperation = table(d, 'conditionality.cooperation');
    expect(value(cooperation, 'all', 'assisted')).toBe(12);
    expect(value(cooperation, 'all', 'not_cooperating')).toBe(6);
    const time = table(d, 'conditionality.time_to_assistance');
    expect(value(time, 'all', 'median_days')).toBe(2);
    const domain = table(d, 'unmet_need.by_domain');
    expect(value(domain, 'accommodation', 'persons_in_need')).toBe(12);
    expect(value(domain, 'accommodation', 'served')).toBe(5);
    expect(value(domain, 'accommodation', 'unmet')).toBe(7);
    expect(value(domain, 'mental_health', 'unmet')).toBe(12);
    // A low need is not counted as a need.
    expect(value(domain, 'education', 'persons_in_need')).toBe(0);
    expect(value(table(d, 'unmet_need.by_group'), 'women', 'with_unmet_need')).toBe(12);
  });

  it('counts remedies and says when a module has no data yet', async () => {
    const d = await dashboard();
    const solutions = table(d, 'remedies.durable_solutions');
    expect(value(solutions, 'return', 'solutions')).toBe(7);
    expect(value(solutions, 'integration', 'solutions')).toBe(5);
    const permits = table(d, 'remedies.residence_permits');
    expect(value(permits, 'victim_situation', 'permits_applied')).toBe(6);
    expect(suppressed(permits, 'victim_situation', 'permits_pending')).toBe(true);
    expect(table(d, 'remedies.compensation_claims').noData).toBe(true);
    expect(table(d, 'voices.feedback').noData).toBe(true);
    expect(d.measures.find((m) => m.id === 'voices')?.noData).toBe(true);
  });

  it('counts children with a guardian, withholding the one without', async () => {
    const d = await dashboard();
    const guardians = table(d, 'children.guardians');
    expect(value(guardians, 'all', 'children')).toBe(6);
    expect(suppressed(guardians, 'all', 'no_guardian_yet')).toBe(true);
    expect(suppressed(guardians, 'all', 'guardian_appointed')).toBe(true);
  });

  it('names the largest gaps in plain language with their numbers', async () => {
    const d = await dashboard();
    expect(d.gaps.length).toBeGreaterThan(0);
    expect(d.gaps.length).toBeLessThanOrEqual(5);
    const counts = d.gaps.map((g) => g.count);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    const mental = d.gaps.find((g) => g.kind === 'unmet_need' && g.subject[0] === 'mental_health');
    expect(mental?.count).toBe(12);
    expect(mental?.text).toMatch(/mental health/i);
    expect(d.gaps.some((g) => g.kind === 'late_reasonable_grounds' && g.count === 8)).toBe(true);
    const ro = await analyst.get(`/api/insights/dashboard?${PERIOD}&lang=ro`);
    expect((ro.json() as Dashboard).gaps[0]?.text).not.toBe(d.gaps[0]?.text);
  });

  it('writes data-quality notes', async () => {
    const d = await dashboard();
    const quality = table(d, 'data_quality.missing');
    expect(value(quality, 'gender', 'missing')).toBe(0);
    expect(quality.rows.map((r) => r.key[0])).toContain('migration_status');
  });
});

describe('kept up to date', () => {
  it('counts a change made after the first read, and the same after the rollup is merged', async () => {
    const before = await dashboard();
    const presumed = value(table(before, 'official_counts.by_region'), 'south', 'presumed');
    // Five men move from the south to the north; a new solution is recorded.
    const moved = await t.database.db
      .selectFrom('cases')
      .select('id')
      .where('region', '=', 'south')
      .orderBy('id')
      .limit(5)
      .execute();
    await t.database.db
      .updateTable('cases')
      .set({ region: 'north' })
      .where(
        'id',
        'in',
        moved.map((m) => m.id),
      )
      .execute();
    await insert('durable_solutions', {
      id: randomUUID(),
      case_id: someCaseId,
      kind: 'relocation',
      status: 'planned',
      decided_on: '2025-08-01',
    });
    const after = await dashboard();
    expect(presumed).toBe(8);
    // 3 left in the south: withheld now, and the north with it (two regions only).
    expect(value(table(after, 'official_counts.by_region'), 'south', 'presumed')).toBeNull();
    expect(value(table(after, 'official_counts.by_region'), 'north', 'presumed')).toBeNull();
    expect(value(table(after, 'official_counts.totals'), 'all', 'presumed')).toBe(28);
    // The figures behind them, before protection: the rollup moved five persons exactly.
    const { computeRawTables } = await import('../src/insights/compute.js');
    const { raw } = await computeRawTables(t.database.db, {
      from: '2025-01-01',
      to: '2025-12-31',
      granularity: 'quarter',
      region: null,
    });
    const byRegion = raw.find((x) => x.id === 'official_counts.by_region');
    expect(byRegion?.rows.map((r) => [r.key[0], r.values[0]]).sort()).toEqual([
      ['north', 25],
      ['south', 3],
    ]);
    const rawSolutions = raw.find((x) => x.id === 'remedies.durable_solutions');
    expect(rawSolutions?.rows.find((r) => r.key[0] === 'relocation')?.values[0]).toBe(1);
    const { compactRollup } = await import('../src/insights/rollup.js');
    await compactRollup(t.database.db);
    const merged = await dashboard();
    expect(merged.tables).toEqual(after.tables);
    // Back as they were, for the other tests.
    await t.database.db
      .updateTable('cases')
      .set({ region: 'south' })
      .where(
        'id',
        'in',
        moved.map((m) => m.id),
      )
      .execute();
    await t.database.db.deleteFrom('durable_solutions').where('kind', '=', 'relocation').execute();
    expect(value(table(await dashboard(), 'official_counts.by_region'), 'south', 'presumed')).toBe(8);
  });
});

describe('one measure with its breakdowns', () => {
  it('returns the measure tables, protected like the dashboard', async () => {
    const res = await supervisor.get(`/api/insights/measures/official_counts?${PERIOD}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { measure: string; tables: Table[] };
    expect(body.tables.every((x) => x.measure === 'official_counts')).toBe(true);
    const d = await dashboard();
    expect(table(body, 'official_counts.by_gender')).toEqual(table(d, 'official_counts.by_gender'));
    expectNoSmallCounts(body.tables);
  });

  it('refuses an unknown measure and a period that ends before it starts', async () => {
    expectProblem(await analyst.get('/api/insights/measures/everything'), 400, 'validation');
    expectProblem(
      await analyst.get('/api/insights/dashboard?from=2025-05-01&to=2025-01-01'),
      400,
      'validation',
    );
    expectProblem(await analyst.get('/api/insights/dashboard?from=2025-02-30'), 400, 'validation');
  });
});

describe('aggregates only', () => {
  it('lets no count from 1 to 4 through the dashboard or any measure', async () => {
    expectNoSmallCounts((await dashboard()).tables);
    expectNoSmallCounts((await dashboard(`${PERIOD}&region=north`)).tables);
    expectNoSmallCounts((await dashboard('from=2024-01-01&to=2025-12-31&granularity=month')).tables);
  });

  it('lets an analyst read aggregates but never a person or a case', async () => {
    const person = await analyst.get(`/api/persons/${somePersonId}`);
    expect([403, 404]).toContain(person.statusCode);
    const item = await analyst.get(`/api/cases/${someCaseId}`);
    expect([403, 404]).toContain(item.statusCode);
    expect((await analyst.get('/api/cases')).statusCode).toBe(403);
  });

  it('refuses statistics to a case worker', async () => {
    expectProblem(await caseWorker.get(`/api/insights/dashboard?${PERIOD}`), 403, 'forbidden');
    expectProblem(
      await caseWorker.get(`/api/insights/tables/official_counts.totals.csv?${PERIOD}`),
      403,
      'forbidden',
    );
  });
});

describe('exports', () => {
  it('exports a table as CSV with withheld cells marked, never their value', async () => {
    const res = await analyst.get(`/api/insights/tables/official_counts.by_gender.csv?${PERIOD}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('gender,gender_label,presumed,identified,anonymous,flag');
    const male = lines.find((l) => l.startsWith('male,'));
    expect(male?.split(',').slice(2, 5)).toEqual(['c', '0', 'c']);
    expect(lines.find((l) => l.startsWith('female,'))?.split(',')[2]).toBe('18');
    expect(lines.at(-1)?.startsWith('total,')).toBe(true);
  });

  it('exports every table as CSV and XLSX without a small count', async () => {
    const d = await dashboard();
    for (const tb of d.tables.filter((x) => !x.noData).slice(0, 60)) {
      const csv = await analyst.get(`/api/insights/tables/${tb.id}.csv?${PERIOD}`);
      expect(csv.statusCode, tb.id).toBe(200);
      const [header = [], ...records] = parse(csv.body, { bom: true }) as string[][];
      for (const fields of records) {
        tb.columns.forEach((column, i) => {
          if (column.kind !== 'count') return;
          const field = fields[header.indexOf(column.id)] ?? '';
          if (field === 'c' || field === '') return;
          const n = Number(field);
          expect(n === 0 || n >= THRESHOLD, `${tb.id} ${column.id} ${field} (${i})`).toBe(true);
        });
      }
    }
    const xlsx = await analyst.get(`/api/insights/tables/official_counts.by_gender.xlsx?${PERIOD}`);
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('table');
    const values: unknown[] = [];
    sheet?.eachRow((row) => {
      row.eachCell((cell) => {
        values.push(cell.value);
      });
    });
    expect(values).toContain(18);
    expect(values).toContain('c');
    for (const v of values)
      if (typeof v === 'number') expect(v === 0 || v >= THRESHOLD, String(v)).toBe(true);
  });

  it('answers 404 for a table that does not exist', async () => {
    expectProblem(
      await analyst.get(`/api/insights/tables/official_counts.nothing.csv?${PERIOD}`),
      404,
      'not-found',
    );
  });
});

describe('releases', () => {
  it('publishes a noised, suppressed release and charges the privacy budget', async () => {
    const res = await analyst.send('POST', '/api/insights/releases', {
      title: 'Annual figures 2025',
      from: '2025-01-01',
      to: '2025-12-31',
      tables: ['official_counts.by_gender', 'official_counts.by_age_group'],
      epsilonPerTable: '0.5',
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json() as {
      release: { id: string; epsilon: string; data: Table[] };
      budget: { spentEpsilon: string };
    };
    expect(body.release.epsilon).toBe('1');
    expect(body.budget.spentEpsilon).toBe('1');
    expect(body.release.data).toHaveLength(2);
    expectNoSmallCounts(body.release.data);
    const list = await supervisor.get('/api/insights/releases');
    expect(list.statusCode).toBe(200);
    expect((list.json() as { items: unknown[] }).items).toHaveLength(1);
    const one = await supervisor.get(`/api/insights/releases/${body.release.id}`);
    expectNoSmallCounts((one.json() as { data: Table[] }).data);
  });

  it('refuses a release beyond the privacy budget and draws nothing', async () => {
    const res = await analyst.send('POST', '/api/insights/releases', {
      title: 'Too much',
      from: '2025-01-01',
      to: '2025-12-31',
      tables: ['official_counts.totals', 'official_counts.by_region', 'official_counts.by_form'],
      epsilonPerTable: 4,
    });
    const problem = expectProblem(res, 409, 'conflict');
    expect(problem.reason).toBe('privacy_budget_exceeded');
    const list = (await analyst.get('/api/insights/releases')).json() as {
      items: unknown[];
      budget: { spentEpsilon: string };
    };
    expect(list.items).toHaveLength(1);
    expect(list.budget.spentEpsilon).toBe('1');
  });

  it('lets only analysts publish', async () => {
    const res = await supervisor.send('POST', '/api/insights/releases', {
      title: 'Not mine',
      from: '2025-01-01',
      to: '2025-12-31',
      tables: ['official_counts.totals'],
      epsilonPerTable: 0.1,
    });
    expectProblem(res, 403, 'forbidden');
  });
});

describe('the stock-taking report', () => {
  it('is queued, built with progress and downloaded as a PDF by its requester only', async () => {
    const res = await analyst.send('POST', '/api/insights/reports', {
      from: '2025-01-01',
      to: '2025-12-31',
      granularity: 'quarter',
      language: 'ar',
    });
    expect(res.statusCode, res.body).toBe(202);
    const queued = res.json() as { id: string; status: string; progress: number };
    expect(queued.status).toBe('queued');
    expectProblem(await analyst.get(`/api/insights/reports/${queued.id}.pdf`), 404, 'not-found');
    // No queue runs in this test app: build it as the job would.
    expect(await buildReport(t.database.db, queued.id)).toBe('done');
    const done = (await analyst.get(`/api/insights/reports/${queued.id}`)).json() as {
      status: string;
      progress: number;
      pages: number;
      downloadUrl: string;
    };
    expect(done).toMatchObject({ status: 'done', progress: 100 });
    expect(done.pages).toBeGreaterThan(3);
    const pdf = await analyst.get(done.downloadUrl);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.headers['content-language']).toBe('ar');
    // Another reader of statistics does not see my report.
    expectProblem(await supervisor.get(`/api/insights/reports/${queued.id}`), 404, 'not-found');
    expectProblem(await supervisor.get(`/api/insights/reports/${queued.id}.pdf`), 404, 'not-found');
  });

  it('is built by the job queue once it runs, with progress to see meanwhile', async () => {
    const { createJobQueue } = await import('../src/jobs/queue.js');
    const { startInsightsJobs } = await import('../src/insights/report/report-jobs.js');
    const { createLogger } = await import('../src/platform/logger.js');
    const queue = createJobQueue(t.database, createLogger('silent'), { pollingIntervalSeconds: 0.5 });
    await queue.start();
    try {
      await startInsightsJobs({
        queue,
        database: t.database,
        logger: createLogger('silent'),
        pollingIntervalSeconds: 0.5,
      });
      const res = await supervisor.send('POST', '/api/insights/reports', {
        from: '2025-01-01',
        to: '2025-12-31',
        language: 'uk',
      });
      expect(res.statusCode, res.body).toBe(202);
      const { id } = res.json() as { id: string };
      const seen = new Set<string>();
      let status = { status: 'queued', progress: 0 };
      for (let i = 0; i < 120 && status.status !== 'done' && status.status !== 'failed'; i++) {
        await new Promise((r) => setTimeout(r, 250));
        status = (await supervisor.get(`/api/insights/reports/${id}`)).json() as typeof status;
        seen.add(status.status);
      }
      expect(status).toMatchObject({ status: 'done', progress: 100 });
      const pdf = await supervisor.get(`/api/insights/reports/${id}.pdf`);
      expect(pdf.headers['content-language']).toBe('uk');
    } finally {
      await queue.stop({ graceful: false, wait: true });
    }
  });
});
