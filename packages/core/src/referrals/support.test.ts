import { describe, expect, it } from 'vitest';
import { anonymousNotificationRefusal, SUPPORT_WITHOUT_REFERRAL, supportStillOffered } from './support.js';

describe('supportStillOffered', () => {
  it('offers help that needs no referral, and a referral later', () => {
    const offered = supportStillOffered({ exploitationForms: ['sexual_prostitution'] });
    expect(offered).toEqual(expect.arrayContaining(['helpline', 'health_care', 'shelter', 'referral_later']));
    expect(offered).not.toContain('labour_rights_advice');
  });

  it('adds labour-rights advice when labour exploitation is recorded, keeping the order', () => {
    const offered = supportStillOffered({ exploitationForms: ['domestic_servitude'] });
    expect(offered).toContain('labour_rights_advice');
    expect(offered).toEqual(SUPPORT_WITHOUT_REFERRAL.filter((code) => offered.includes(code)));
  });
});

describe('anonymousNotificationRefusal', () => {
  it('refuses to only count a child, who is referred without needing consent', () => {
    expect(anonymousNotificationRefusal({ ageBand: '16-17' })).toBe('child');
    expect(anonymousNotificationRefusal({ ageBand: '0-8' })).toBe('child');
  });

  it('accepts an adult or an unknown age band', () => {
    expect(anonymousNotificationRefusal({ ageBand: '18-20' })).toBeNull();
    expect(anonymousNotificationRefusal({ ageBand: 'unknown' })).toBeNull();
  });
});
