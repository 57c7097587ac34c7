import { describe, expect, it } from 'vitest';
import type { GroupedRow } from '../measure-sql.js';
import type { InsightsFilter } from '../period.js';
import type { RawTable } from '../tables.js';
import { formGenderAgeTable, outcomeTable } from './bias.js';
import { shapeChildren, shapeVoices } from './children.js';
import { shapeConditionality } from './conditionality.js';
import { groupAlias } from './groups.js';
import { shapeOfficialCounts } from './official-counts.js';
import { shapeRemedies } from './remedies.js';
import { shapeTimeliness } from './timeliness.js';
import { shapeUnmetNeed } from './unmet-need.js';
import { shapeWhoIdentifies } from './who-identifies.js';

/** Each measure's shaping on small hand-built aggregates with known answers (no database). */

const FILTER: InsightsFilter = { from: '2025-01-01', to: '2025-06-30', granularity: 'quarter', region: null };
const ORGS = [
  { id: 'o-ngo', name: 'Open Doors', kind: 'ngo' },
  { id: 'o-police', name: 'Police North', kind: 'police' },
  { id: 'o-union', name: 'Union', kind: 'trade_union' },
];

const row = (dim: string, value: string | null, values: Record<string, number>): GroupedRow => ({
  dim,
  value,
  ...values,
});

function find(tables: RawTable[], id: string): RawTable {
  const t = tables.find((x) => x.id === id);
  if (!t) throw new Error(`no table ${id}`);
  return t;
}

function at(table: RawTable, key: string, column: string): number | null {
  const r = table.rows.find((x) => x.key.join('|') === key);
  const i = table.columns.findIndex((c) => c.id === column);
  return r?.values[i] ?? null;
}

describe('official counts', () => {
  const data = {
    cases: [
      row('', null, { presumed: 30, identified: 12, rg: 20, rg_positive: 15, cg: 14, cg_positive: 12 }),
      row('gender', 'female', { presumed: 20, identified: 9 }),
      row('gender', 'male', { presumed: 10, identified: 3 }),
      row('registering_org', 'o-ngo', { presumed: 18, identified: 8 }),
      row('registering_org', 'o-police', { presumed: 7, identified: 2 }),
      row('registering_org', 'o-union', { presumed: 5, identified: 2 }),
      row('nationality', 'UA', { presumed: 25, identified: 10 }),
      row('nationality', null, { presumed: 5, identified: 2 }),
      row('citizenship', 'non_eu', { presumed: 25, identified: 10 }),
      row('citizenship', 'unknown', { presumed: 5, identified: 2 }),
    ],
    forms: [
      { form: 'forced_labour', presumed: 12, identified: 5 },
      { form: 'sexual_prostitution', presumed: 20, identified: 8 },
    ],
    trend: [
      { bucket: '2025-01-01', presumed: 10, identified: 4 },
      { bucket: '2025-04-01', presumed: 20, identified: 8 },
    ],
    anonymous: [
      row('', null, { n: 6 }),
      row('gender', 'female', { n: 6 }),
      row('nationality', 'RO', { n: 6 }),
    ],
    anonymousForms: [{ form: 'sexual_prostitution', n: 6 }],
    organisations: ORGS,
    hostCountry: 'AT',
  };
  const tables = shapeOfficialCounts(data, FILTER);

  it('gives presumed, identified and anonymous totals and the share of positive decisions', () => {
    expect(find(tables, 'official_counts.totals').rows[0]?.values).toEqual([30, 12, 6]);
    const decisions = find(tables, 'official_counts.decisions');
    expect(at(decisions, 'reasonable_grounds', 'negative')).toBe(5);
    expect(at(decisions, 'reasonable_grounds', 'share_positive')).toBe(0.75);
    expect(at(decisions, 'conclusive_grounds', 'positive')).toBe(12);
  });

  it('adds organisations up to their sector and keeps every sector, empty ones as zeros', () => {
    const sector = find(tables, 'official_counts.by_sector');
    expect(at(sector, 'civil_society', 'presumed')).toBe(23);
    expect(at(sector, 'law_enforcement', 'presumed')).toBe(7);
    expect(at(sector, 'justice', 'presumed')).toBe(0);
    expect(sector.rollup?.members.civil_society?.sort()).toEqual(['o-ngo', 'o-union']);
    expect(find(tables, 'official_counts.by_registering_org').labels?.['o-ngo']).toBe('Open Doors');
  });

  it('counts anonymous notifications by citizenship from their nationality', () => {
    const citizenship = find(tables, 'official_counts.by_citizenship');
    expect(at(citizenship, 'other_eu', 'anonymous')).toBe(6);
    expect(at(citizenship, 'non_eu', 'presumed')).toBe(25);
    expect(at(citizenship, 'national', 'presumed')).toBe(0);
  });

  it('shows every bucket of the period, in order, and forms as an overlapping list', () => {
    expect(find(tables, 'official_counts.trend').rows.map((r) => r.key[0])).toEqual([
      '2025-01-01',
      '2025-04-01',
    ]);
    const forms = find(tables, 'official_counts.by_form');
    expect(forms.structure).toBe('overlapping');
    expect(at(forms, 'organ_removal', 'presumed')).toBe(0);
    expect(forms.total).toEqual([30, 12, 6]);
  });
});

describe('who identifies', () => {
  it('gives the share referred from outside law enforcement and immigration, overall and by period', () => {
    const tables = shapeWhoIdentifies(
      {
        rows: [
          { bucket: '2025-01-01', org: 'o-ngo', n: 6 },
          { bucket: '2025-01-01', org: 'o-police', n: 4 },
          { bucket: '2025-04-01', org: 'o-union', n: 10 },
        ],
        organisations: ORGS,
      },
      FILTER,
    );
    const share = find(tables, 'who_identifies.share');
    expect(share.rows[0]?.values).toEqual([20, 16, 4, 0.8]);
    const trend = find(tables, 'who_identifies.trend');
    expect(at(trend, '2025-01-01', 'share_outside')).toBe(0.6);
    expect(at(trend, '2025-04-01', 'share_outside')).toBe(1);
    expect(at(find(tables, 'who_identifies.by_organisation_kind'), 'trade_union', 'presumed')).toBe(10);
  });
});

describe('bias', () => {
  it('flags men in sexual exploitation as under-identified when the totals expect many more', () => {
    const cells = [
      { form: 'sexual_prostitution', gender: 'female', age_group: 'adult', n: 200 },
      { form: 'sexual_prostitution', gender: 'male', age_group: 'adult', n: 2 },
      { form: 'forced_labour', gender: 'female', age_group: 'adult', n: 100 },
      { form: 'forced_labour', gender: 'male', age_group: 'adult', n: 200 },
    ];
    const table = formGenderAgeTable({ cells, outcomes: [], organisations: ORGS }, null);
    expect(table.structure).toBe('cube');
    const men = table.rows.find((r) => r.key.join('|') === 'sexual_prostitution|male|adult');
    expect(men?.flag).toBe('under_identified');
    expect(men?.values[1]).toBeCloseTo((202 * 202) / 502, 0);
    expect(table.test?.significant).toBe(true);
  });

  it('flags a group refused significantly more often', () => {
    const outcomes = [
      row('', null, { rg: 0, rg_positive: 0, cg: 200, cg_positive: 160 }),
      row('age_group', 'child', { rg: 0, rg_positive: 0, cg: 100, cg_positive: 95 }),
      row('age_group', 'adult', { rg: 0, rg_positive: 0, cg: 100, cg_positive: 65 }),
    ];
    const table = outcomeTable({ cells: [], outcomes, organisations: ORGS }, 'age_group');
    expect(at(table, 'adult', 'cg_negative')).toBe(35);
    expect(at(table, 'adult', 'cg_share_positive')).toBe(0.65);
    expect(table.rows.find((r) => r.key[0] === 'adult')?.flag).toBe('refused_more_often');
    expect(table.rows.find((r) => r.key[0] === 'child')?.flag).toBeNull();
  });
});

describe('conditionality, timeliness, unmet need, children', () => {
  it('counts the assisted who do not cooperate and the median days to help by group', () => {
    const tables = shapeConditionality({
      histogram: [
        { d: 1, [groupAlias('all')]: 6, [groupAlias('children')]: 2 },
        { d: 5, [groupAlias('all')]: 4, [groupAlias('children')]: 3 },
      ],
      persons: {
        [`${groupAlias('all')}_persons`]: 12,
        [`${groupAlias('children')}_persons`]: 5,
        assisted: 10,
        not_cooperating: 4,
        stops: 0,
        stopped_persons: 0,
      },
      statuses: [{ status: 'declines_contact', n: 4 }],
    });
    expect(find(tables, 'conditionality.cooperation').rows[0]?.values).toEqual([10, 4, 6, 0.4]);
    const time = find(tables, 'conditionality.time_to_assistance');
    expect(at(time, 'all', 'median_days')).toBe(1);
    expect(at(time, 'children', 'median_days')).toBe(5);
    expect(at(time, 'all', 'not_yet_assisted')).toBe(2);
  });

  it('compares decisions with their target', () => {
    const tables = shapeTimeliness({
      decisions: [
        row('', null, {
          rg_first_decisions: 10,
          rg_with_target: 10,
          rg_on_time: 7,
          cg_first_decisions: 4,
          cg_with_target: 0,
          cg_on_time: 0,
        }),
      ],
      histogram: [
        { d: 3, rg: 5, cg: 0 },
        { d: 9, rg: 5, cg: 4 },
      ],
      periods: { periods: 8, withheld: 1, extended: 2 },
      grounds: [{ ground: 'public_order', n: 1 }],
    });
    const decisions = find(tables, 'timeliness.decisions');
    expect(at(decisions, 'all', 'rg_late')).toBe(3);
    expect(at(decisions, 'all', 'rg_share_on_time')).toBe(0.7);
    expect(at(decisions, 'all', 'rg_median_days')).toBe(6);
    expect(at(decisions, 'all', 'cg_no_target')).toBe(4);
    expect(find(tables, 'timeliness.recovery_periods').rows[0]?.values).toEqual([8, 7, 1, 2, 5]);
  });

  it('finds unmet need per domain from the needs and what was delivered', () => {
    const tables = shapeUnmetNeed({
      domains: {
        need_accommodation: 10,
        served_accommodation: 4,
        need_mental_health: 6,
        served_mental_health: 6,
      },
      groups: { [`${groupAlias('men')}_needs`]: 5, [`${groupAlias('men')}_unmet`]: 3 },
      waits: [],
      gaps: [{ need_domain: 'accommodation', reason: 'declined_capacity', n: 7 }],
      gapGroups: { all: 7, men: 7 },
      services: [{ kind: 'shelter', services: 2, places: 20, free_places: 0, mean_waiting_days: 12 }],
      recorded: { needs: true, gaps: true, services: true },
    });
    const domain = find(tables, 'unmet_need.by_domain');
    expect(domain.rows.find((r) => r.key[0] === 'accommodation')?.values).toEqual([10, 4, 6, 0.6]);
    expect(at(domain, 'mental_health', 'share_unmet')).toBe(0);
    expect(at(find(tables, 'unmet_need.by_group'), 'men', 'with_unmet_need')).toBe(3);
    expect(at(find(tables, 'unmet_need.capacity_gaps'), 'accommodation', 'gaps_declined_capacity')).toBe(7);
    expect(at(find(tables, 'unmet_need.services'), 'shelter', 'free_places')).toBe(0);
  });

  it('counts children with a guardian, best-interests procedures and children missing', () => {
    const tables = shapeChildren({
      counts: {
        children: 20,
        guardian_appointed: 15,
        bi_assessed: 12,
        bi_determined: 5,
        went_missing: 6,
        still_missing: 2,
      },
      histogram: [
        { d: 2, n: 10 },
        { d: 30, n: 5 },
      ],
      recorded: { bestInterests: true, missing: true },
    });
    expect(find(tables, 'children.guardians').rows[0]?.values).toEqual([20, 15, 5, 0.75, 2]);
    expect(at(find(tables, 'children.best_interests'), 'determination', 'procedure_not_completed')).toBe(15);
    expect(find(tables, 'children.missing').rows[0]?.values).toEqual([20, 6, 14, 2, 4]);
  });
});

describe('no data yet', () => {
  it('says so for a module that has recorded nothing, and for survivors’ feedback', () => {
    const remedies = shapeRemedies({
      permits: [],
      legalAid: [],
      compensation: [],
      nonPunishment: [],
      solutions: [{ kind: 'return', status: 'completed', n: 7 }],
      recorded: {
        permits: false,
        legalAid: false,
        compensation: false,
        nonPunishment: false,
        solutions: true,
      },
    });
    expect(find(remedies, 'remedies.residence_permits').noData).toBe(true);
    expect(find(remedies, 'remedies.durable_solutions').noData).toBeFalsy();
    expect(at(find(remedies, 'remedies.durable_solutions'), 'return', 'solutions_completed')).toBe(7);
    expect(shapeVoices()[0]?.noData).toBe(true);
  });
});
