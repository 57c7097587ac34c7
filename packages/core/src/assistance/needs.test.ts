import { describe, expect, it } from 'vitest';
import { assessedNeeds, checkNeedsAssessment, domainAssessments, needsByPriority } from './needs.js';
import type { NeedsAssessmentInput } from './shapes.js';
import { NEED_DOMAINS } from './vocabulary.js';

const codes = (input: Parameters<typeof checkNeedsAssessment>[0]): string[] =>
  checkNeedsAssessment(input).map((p) => `${p.path}:${p.code}`);

describe('needs assessment rules', () => {
  it('accepts domains with a level and urgency, and the person’s words with their language', () => {
    expect(
      codes({
        needs: [
          { domain: 'safety', level: 'high', urgency: 'immediate' },
          { domain: 'financial', level: 'none' },
        ],
        priorities: 'Meine Tochter sehen',
        prioritiesLanguage: 'de',
      }),
    ).toEqual([]);
  });

  it('accepts the person’s priorities alone, before any domain is assessed', () => {
    expect(codes({ needs: [], priorities: 'Work', prioritiesLanguage: 'en' })).toEqual([]);
  });

  it.each<[string, NeedsAssessmentInput, string]>([
    [
      'a domain twice',
      {
        needs: [
          { domain: 'safety', level: 'low', urgency: 'routine' },
          { domain: 'safety', level: 'high', urgency: 'immediate' },
        ],
      },
      'needs.1.domain:duplicate_domain',
    ],
    [
      'a need without urgency',
      { needs: [{ domain: 'safety', level: 'medium' }] },
      'needs.0.urgency:urgency_required',
    ],
    [
      'no need marked urgent',
      { needs: [{ domain: 'safety', level: 'none', urgency: 'within_week' }] },
      'needs.0.urgency:no_need_not_urgent',
    ],
    ['priorities without language', { needs: [], priorities: 'x' }, 'prioritiesLanguage:language_required'],
    [
      'a language without priorities',
      { needs: [{ domain: 'safety', level: 'none' }], prioritiesLanguage: 'ro' },
      'priorities:priorities_required_with_language',
    ],
    ['nothing', { needs: [] }, 'needs:nothing_assessed'],
  ])('refuses %s', (_name, input, expected) => {
    expect(codes(input)).toEqual([expected]);
  });

  it('stores "no need" as routine', () => {
    expect(assessedNeeds({ needs: [{ domain: 'family', level: 'none' }] })).toEqual([
      { domain: 'family', level: 'none', urgency: 'routine', notes: null },
    ]);
  });

  it('lists all fifteen domains in order, saying which were not assessed', () => {
    const all = domainAssessments([{ domain: 'documents', level: 'high', urgency: 'immediate', notes: 'n' }]);
    expect(all.map((d) => d.domain)).toEqual([...NEED_DOMAINS]);
    expect(all).toHaveLength(15);
    expect(all.filter((d) => d.assessed)).toEqual([
      { domain: 'documents', assessed: true, level: 'high', urgency: 'immediate', notes: 'n' },
    ]);
    expect(all[0]).toEqual({ domain: 'safety', assessed: false, level: null, urgency: null, notes: null });
  });

  it('puts the most urgent needs first, then the highest, and leaves out "no need"', () => {
    const sorted = needsByPriority([
      { domain: 'education', level: 'high', urgency: 'routine' },
      { domain: 'accommodation', level: 'medium', urgency: 'immediate' },
      { domain: 'safety', level: 'high', urgency: 'immediate' },
      { domain: 'family', level: 'none', urgency: 'routine' },
    ] as const);
    expect(sorted.map((n) => n.domain)).toEqual(['safety', 'accommodation', 'education']);
  });
});
