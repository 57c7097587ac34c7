import { describe, expect, it } from 'vitest';
import type { ExploitationForm } from '../../cases/exploitation.js';
import { EN_QUESTIONS } from '../messages/index.js';
import { SAFETY_QUESTIONS } from '../safety.js';
import {
  applicableSets,
  ILO_EC_ADULT_LABOUR,
  ILO_EC_ADULT_SEXUAL,
  ILO_EC_CHILD_LABOUR,
  ILO_EC_CHILD_SEXUAL,
  ILO_FORCED_LABOUR_11,
  INDICATOR_SETS,
  OVERLOOKED_FORM_SET_IDS,
  questionKeysOfSets,
} from './index.js';
import { SCREENING_DIMENSIONS, ZIndicatorSet } from './types.js';

const FORM_OF_SET: Readonly<Record<string, ExploitationForm>> = {
  domestic_servitude: 'domestic_servitude',
  forced_begging: 'forced_begging',
  forced_criminality: 'forced_criminality',
  organ_removal: 'organ_removal',
  forced_marriage: 'forced_marriage',
  online_sexual_exploitation_of_children: 'sexual_online',
};

const ILO_EC = [ILO_EC_ADULT_LABOUR, ILO_EC_ADULT_SEXUAL, ILO_EC_CHILD_LABOUR, ILO_EC_CHILD_SEXUAL];

describe('indicator sets as data', () => {
  it.each(INDICATOR_SETS.map((set) => [set.id, set] as const))('%s is a valid, versioned set', (_id, set) => {
    expect(ZIndicatorSet.safeParse(set).success).toBe(true);
    expect(set.version).toBeGreaterThanOrEqual(1);
  });

  it('has unique set ids', () => {
    const ids = INDICATOR_SETS.map((set) => set.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('refuses a set with a duplicate indicator id or a dimension it does not declare', () => {
    const duplicate = {
      ...ILO_FORCED_LABOUR_11,
      indicators: [ILO_FORCED_LABOUR_11.indicators[0], ILO_FORCED_LABOUR_11.indicators[0]],
    };
    expect(ZIndicatorSet.safeParse(duplicate).success).toBe(false);
    const undeclared = { ...ILO_FORCED_LABOUR_11, dimensions: ['exploitative_conditions'] };
    expect(ZIndicatorSet.safeParse(undeclared).success).toBe(false);
  });

  it('gives every question an English text, and every English text a use', () => {
    const used = new Set([
      ...questionKeysOfSets(INDICATOR_SETS),
      ...SAFETY_QUESTIONS.map((question) => question.questionKey),
    ]);
    for (const key of used) expect(EN_QUESTIONS[key], key).toBeTruthy();
    for (const key of Object.keys(EN_QUESTIONS)) expect(used.has(key), key).toBe(true);
  });

  it('reads a shared question the same way in every set (same key, same question)', () => {
    const polarity = new Map<string, string>();
    for (const set of INDICATOR_SETS) {
      for (const item of set.indicators) {
        const when = item.indicatesWhen ?? 'yes';
        expect(polarity.get(item.questionKey) ?? when, item.questionKey).toBe(when);
        polarity.set(item.questionKey, when);
      }
    }
    expect(polarity.get('cd_free_to_leave')).toBe('no');
  });
});

describe('the ILO/EC operational indicators', () => {
  it.each(ILO_EC.map((set) => [set.id, set] as const))('%s covers all six dimensions', (_id, set) => {
    for (const dimension of SCREENING_DIMENSIONS) {
      expect(
        set.indicators.some((item) => item.dimension === dimension),
        dimension,
      ).toBe(true);
    }
  });

  it('grades the deceptive-recruitment and coercion indicators as the ILO/EC does', () => {
    const strength = (key: string) =>
      ILO_EC_ADULT_LABOUR.indicators.find((item) => item.questionKey === key)?.strength;
    expect(strength('dr_job_different')).toBe('strong');
    expect(strength('dr_conditions')).toBe('medium');
    expect(strength('dr_marriage_adoption')).toBe('medium');
    for (const key of ['cd_documents_kept', 'cd_debt', 'cd_free_to_leave', 'cd_threats', 'cd_violence']) {
      expect(strength(key), key).toBe('strong');
    }
    for (const key of ['fc_crimes', 'cd_forced_tasks', 'cd_threat_denounce', 'cd_wages_withheld']) {
      expect(strength(key), key).toBe('medium');
    }
  });

  it('asks the sexual list about forced clients and the labour list about forced tasks', () => {
    const keys = (set: typeof ILO_EC_ADULT_LABOUR) => set.indicators.map((item) => item.questionKey);
    expect(keys(ILO_EC_ADULT_SEXUAL)).toContain('cd_forced_sex');
    expect(keys(ILO_EC_ADULT_SEXUAL)).not.toContain('cd_forced_tasks');
    expect(keys(ILO_EC_ADULT_LABOUR)).toContain('cd_forced_tasks');
    expect(keys(ILO_EC_ADULT_LABOUR)).not.toContain('cd_forced_sex');
  });

  it('grades hazardous work and missing schooling higher for children than for adults', () => {
    const strength = (set: typeof ILO_EC_ADULT_LABOUR, key: string) =>
      set.indicators.find((item) => item.questionKey === key)?.strength;
    expect(strength(ILO_EC_ADULT_LABOUR, 'ec_hazardous')).toBe('medium');
    expect(strength(ILO_EC_CHILD_LABOUR, 'ec_hazardous')).toBe('strong');
    expect(strength(ILO_EC_ADULT_LABOUR, 'ec_no_education')).toBe('weak');
    expect(strength(ILO_EC_CHILD_LABOUR, 'ec_no_education')).toBe('medium');
  });
});

describe('the ILO 11 forced-labour indicators', () => {
  it('holds all eleven indicators', () => {
    const names = new Set(ILO_FORCED_LABOUR_11.indicators.map((item) => item.id.split('.')[0]));
    expect([...names].sort()).toEqual(
      [
        'abuse_of_vulnerability',
        'deception',
        'restriction_of_movement',
        'isolation',
        'physical_and_sexual_violence',
        'intimidation_and_threats',
        'retention_of_identity_documents',
        'withholding_of_wages',
        'debt_bondage',
        'abusive_working_and_living_conditions',
        'excessive_overtime',
      ].sort(),
    );
  });
});

describe('the lists for overlooked forms', () => {
  const overlooked = INDICATOR_SETS.filter((set) =>
    (OVERLOOKED_FORM_SET_IDS as readonly string[]).includes(set.id),
  );

  it('ships all six lists', () => {
    expect(overlooked.map((set) => set.id).sort()).toEqual([...OVERLOOKED_FORM_SET_IDS].sort());
  });

  it.each(overlooked.map((set) => [set.id, set] as const))(
    '%s has 5 to 10 indicators, a strong one, and points to its form',
    (_id, set) => {
      expect(set.indicators.length).toBeGreaterThanOrEqual(5);
      expect(set.indicators.length).toBeLessThanOrEqual(10);
      expect(set.indicators.some((item) => item.strength === 'strong')).toBe(true);
      expect(set.indicators.some((item) => item.forms?.includes(FORM_OF_SET[set.id] ?? 'unknown'))).toBe(
        true,
      );
    },
  );
});

describe('applicableSets', () => {
  it('gives an adult the adult lists and the lists for everyone, not the child lists', () => {
    const ids = applicableSets('adult').map((set) => set.id);
    expect(ids).toContain('ilo_ec_adult_labour');
    expect(ids).toContain('forced_marriage');
    expect(ids).not.toContain('ilo_ec_child_sexual');
    expect(ids).not.toContain('online_sexual_exploitation_of_children');
  });

  it('gives a child the child lists, including online sexual exploitation', () => {
    const ids = applicableSets('child').map((set) => set.id);
    expect(ids).toContain('ilo_ec_child_labour');
    expect(ids).toContain('online_sexual_exploitation_of_children');
    expect(ids).not.toContain('ilo_ec_adult_labour');
  });

  it('narrows by exploitation but keeps the lists for any exploitation', () => {
    const ids = applicableSets('adult', { exploitation: 'labour' }).map((set) => set.id);
    expect(ids).toContain('ilo_ec_adult_labour');
    expect(ids).toContain('forced_begging');
    expect(ids).not.toContain('ilo_ec_adult_sexual');
  });
});
