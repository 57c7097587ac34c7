import { describe, expect, it } from 'vitest';
import type { ScreeningAnswers } from './indicators/types.js';
import { type DimensionReading, dimensionLevel, overallReading, scoreScreening } from './scoring.js';

const level = (answers: ScreeningAnswers, dimension: string, childStatus = 'adult' as const) =>
  scoreScreening({ answers, childStatus }).dimensions.find((reading) => reading.dimension === dimension);

/** Answers that show every adult element: deceived, excessive hours, documents kept. */
const ALL_ELEMENTS_STRONG: ScreeningAnswers = {
  dr_job_different: 'yes',
  ec_excessive_hours: 'yes',
  cd_documents_kept: 'yes',
};

describe('dimensionLevel (the ILO/EC combination rule)', () => {
  it.each([
    [{ strong: 1, medium: 0, weak: 0 }, 'strong'],
    [{ strong: 0, medium: 2, weak: 0 }, 'strong'],
    [{ strong: 0, medium: 1, weak: 0 }, 'medium'],
    [{ strong: 0, medium: 1, weak: 3 }, 'medium'],
    [{ strong: 0, medium: 0, weak: 1 }, 'medium'],
    [{ strong: 0, medium: 0, weak: 0 }, 'none'],
  ] as const)('%o reads %s', (counts, expected) => {
    expect(dimensionLevel(counts, 1)).toBe(expected);
  });

  it('reads not_known when no question of the dimension got a yes or a no', () => {
    expect(dimensionLevel({ strong: 0, medium: 0, weak: 0 }, 0)).toBe('not_known');
  });
});

describe('scoreScreening per dimension', () => {
  it('finds an indicator on "no" for a question asked the other way round', () => {
    const reading = level({ cd_free_to_leave: 'no' }, 'coercion_at_destination');
    expect(reading?.level).toBe('strong');
    expect(reading?.found.map((item) => item.questionKey)).toEqual(['cd_free_to_leave']);
    expect(level({ cd_free_to_leave: 'yes' }, 'coercion_at_destination')?.level).toBe('none');
  });

  it('never reads "I don\'t want to answer" as "no"', () => {
    const declined = level({ cd_free_to_leave: 'declined' }, 'coercion_at_destination');
    const no = level({ cd_free_to_leave: 'yes' }, 'coercion_at_destination');
    expect(declined?.found).toEqual([]);
    expect(declined?.level).toBe('not_known');
    expect(declined?.declined).toBe(1);
    expect(no?.level).toBe('none');
    const yesQuestion = level({ cd_documents_kept: 'declined' }, 'coercion_at_destination');
    expect(yesQuestion?.level).toBe('not_known');
  });

  it('reads "unsure" as neither yes nor no', () => {
    const reading = level({ cd_debt: 'unsure' }, 'coercion_at_destination');
    expect(reading?.level).toBe('not_known');
    expect(reading?.unsure).toBe(1);
  });

  it('reads two medium indicators as strong and one as medium', () => {
    expect(level({ cd_wages_withheld: 'yes' }, 'coercion_at_destination')?.level).toBe('medium');
    expect(
      level({ cd_wages_withheld: 'yes', cd_threat_denounce: 'yes' }, 'coercion_at_destination')?.level,
    ).toBe('strong');
  });

  it('reads a weak indicator alone as medium', () => {
    const reading = level({ rav_general_context: 'yes' }, 'recruitment_abuse_of_vulnerability');
    expect(reading?.counts).toEqual({ strong: 0, medium: 0, weak: 1 });
    expect(reading?.level).toBe('medium');
  });

  it('counts a question shared by several lists once, at its strongest grading', () => {
    // fc_crimes is medium in the ILO/EC lists and strong in the forced-criminality list.
    const reading = level({ fc_crimes: 'yes' }, 'coercion_at_destination');
    expect(reading?.found).toHaveLength(1);
    expect(reading?.found[0]?.strength).toBe('strong');
    expect(reading?.found[0]?.indicatorIds).toEqual(
      expect.arrayContaining(['ilo_ec_adult_labour/cd_illicit_activities', 'forced_criminality/fc_crimes']),
    );
  });

  it('counts open questions and keeps them apart from answered ones', () => {
    const reading = level({}, 'deceptive_recruitment');
    expect(reading?.answered).toBe(0);
    expect(reading?.open).toBeGreaterThan(5);
  });
});

describe('overall reading', () => {
  it('reads a strong indication for an adult when every element is strong', () => {
    const result = scoreScreening({ answers: ALL_ELEMENTS_STRONG, childStatus: 'adult' });
    expect(result.overall).toBe('strong_indication');
    expect(result.readings.map((reading) => reading.key)).toContain(
      'screening.reading.overallStrongIndication',
    );
  });

  it('reads an indication when one element is only medium', () => {
    const answers: ScreeningAnswers = { ...ALL_ELEMENTS_STRONG, dr_job_different: 'no', dr_wages: 'yes' };
    expect(scoreScreening({ answers, childStatus: 'adult' }).overall).toBe('indication');
  });

  it('requires coercion or vulnerability at destination for an adult', () => {
    const answers: ScreeningAnswers = { dr_job_different: 'yes', ec_excessive_hours: 'yes' };
    const result = scoreScreening({ answers, childStatus: 'adult' });
    expect(result.overall).toBe('insufficient');
    expect(result.readings).toContainEqual({
      key: 'screening.reading.elementMissing',
      params: { element: 'coercion_or_vulnerability' },
    });
  });

  it('does not require the means for a child: recruitment and exploitation suffice', () => {
    const answers: ScreeningAnswers = { dr_job_different: 'yes', ec_excessive_hours: 'yes' };
    const result = scoreScreening({ answers, childStatus: 'presumed_child' });
    expect(result.population).toBe('child');
    expect(result.overall).toBe('strong_indication');
    expect(result.elements).toContainEqual({ element: 'coercion_or_vulnerability', level: 'not_required' });
    expect(result.readings.map((reading) => reading.key)).toContain(
      'screening.reading.childMeansNotRequired',
    );
  });

  it('accepts abuse of vulnerability at destination in place of coercion', () => {
    const answers: ScreeningAnswers = {
      ...ALL_ELEMENTS_STRONG,
      cd_documents_kept: 'no',
      avd_dependent: 'yes',
    };
    expect(scoreScreening({ answers, childStatus: 'adult' }).overall).toBe('indication');
  });

  it('combines element levels as the rule says, from dimension readings alone', () => {
    const reading = (dimension: DimensionReading['dimension'], value: DimensionReading['level']) =>
      ({ dimension, level: value }) as DimensionReading;
    const dims = [
      reading('coercive_recruitment', 'medium'),
      reading('exploitative_conditions', 'strong'),
      reading('abuse_of_vulnerability_at_destination', 'strong'),
    ];
    expect(overallReading(dims, 'adult').overall).toBe('indication');
    expect(overallReading(dims.slice(0, 2), 'adult').overall).toBe('insufficient');
    expect(overallReading(dims.slice(0, 2), 'child').overall).toBe('indication');
  });
});

describe('suggested forms', () => {
  it('points to the forms named by the indicators found, with the questions behind them', () => {
    const answers: ScreeningAnswers = { fb_begging: 'yes', fc_crimes: 'yes', cd_forced_sex: 'yes' };
    const forms = scoreScreening({ answers, childStatus: 'adult' }).forms;
    expect(forms).toEqual([
      { form: 'sexual_prostitution', questionKeys: ['cd_forced_sex'] },
      { form: 'forced_begging', questionKeys: ['fb_begging'] },
      { form: 'forced_criminality', questionKeys: ['fc_crimes'] },
    ]);
  });

  it('takes the form of a labour-only question from its lists, and none from a question every list asks', () => {
    expect(scoreScreening({ answers: { cd_forced_tasks: 'yes' }, childStatus: 'adult' }).forms).toEqual([
      { form: 'forced_labour', questionKeys: ['cd_forced_tasks'] },
    ]);
    expect(scoreScreening({ answers: { cd_documents_kept: 'yes' }, childStatus: 'adult' }).forms).toEqual([]);
  });

  it('points a child to online sexual exploitation', () => {
    const forms = scoreScreening({ answers: { osec_images: 'yes' }, childStatus: 'child' }).forms;
    expect(forms.map((item) => item.form)).toEqual(['sexual_online']);
  });
});

describe('what to do next', () => {
  const actions = (answers: ScreeningAnswers, childStatus: 'adult' | 'child' | 'presumed_child' = 'adult') =>
    scoreScreening({ answers, childStatus }).nextSteps.map((step) => step.action);

  it('puts urgent safety first when the person is in danger, hurt or has no safe place tonight', () => {
    expect(actions({ safety_in_danger_now: 'yes' })[0]).toBe('urgent_safety');
    expect(actions({ safety_injured: 'yes' })[0]).toBe('urgent_safety');
    expect(actions({ safety_place_tonight: 'no' })[0]).toBe('urgent_safety');
    expect(
      scoreScreening({ answers: { safety_place_tonight: 'no' }, childStatus: 'adult' }).urgentFlags,
    ).toEqual(['no_safe_place_tonight']);
  });

  it('raises no urgent flag on a declined or reassuring safety answer', () => {
    expect(actions({ safety_in_danger_now: 'declined', safety_place_tonight: 'declined' })).not.toContain(
      'urgent_safety',
    );
    expect(actions({ safety_in_danger_now: 'no', safety_place_tonight: 'yes' })).not.toContain(
      'urgent_safety',
    );
  });

  it('sends a child or presumed child to child protection now, whatever the answers', () => {
    expect(actions({}, 'child')).toContain('child_protection_now');
    expect(actions({}, 'presumed_child')).toContain('child_protection_now');
    expect(actions({}, 'adult')).not.toContain('child_protection_now');
  });

  it('suggests referral on an overall indication or on one strong dimension', () => {
    expect(actions(ALL_ELEMENTS_STRONG)).toContain('refer');
    expect(actions({ cd_debt: 'yes' })).toContain('refer');
    expect(actions({ cd_wages_withheld: 'yes' })).not.toContain('refer');
  });

  it('suggests referral for a child on any indicator', () => {
    expect(actions({ cd_wages_withheld: 'yes' }, 'child')).toContain('refer');
    expect(actions({ cd_wages_withheld: 'no' }, 'child')).not.toContain('refer');
  });

  it('always offers support, and asks to continue while questions are open', () => {
    expect(actions({})).toEqual(['continue_screening', 'offer_support']);
  });
});

describe('a suggestion, never a decision', () => {
  it('has no field that decides status, and says it is a suggestion first', () => {
    const result = scoreScreening({ answers: ALL_ELEMENTS_STRONG, childStatus: 'adult' });
    expect(Object.keys(result).sort()).toEqual(
      [
        'dimensions',
        'elements',
        'forms',
        'nextSteps',
        'overall',
        'population',
        'readings',
        'sets',
        'urgentFlags',
      ].sort(),
    );
    expect(result.readings[0]?.key).toBe('screening.reading.suggestionOnly');
  });

  it('tells the screener how many answers were declined or unsure', () => {
    const result = scoreScreening({
      answers: { cd_debt: 'declined', cd_threats: 'unsure' },
      childStatus: 'adult',
    });
    expect(result.readings).toContainEqual({
      key: 'screening.reading.declinedNotCountedAsNo',
      params: { count: 1 },
    });
    expect(result.readings).toContainEqual({ key: 'screening.reading.unsureAnswers', params: { count: 1 } });
  });
});
