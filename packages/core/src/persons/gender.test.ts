import { describe, expect, it } from 'vitest';
import { GENDERS, htcdsGender, ZGender } from './gender.js';

describe('gender', () => {
  it('maps transgender and gender non-conforming to the single HTCDS value', () => {
    expect(htcdsGender('transgender')).toBe('transgender_nonconforming');
    expect(htcdsGender('gender_nonconforming')).toBe('transgender_nonconforming');
    expect(GENDERS.filter((g) => htcdsGender(g) === g)).toEqual(['female', 'male', 'unknown']);
  });

  it('rejects values outside the vocabulary', () => {
    expect(ZGender.safeParse('woman').success).toBe(false);
    expect(ZGender.safeParse('unknown').success).toBe(true);
  });
});
