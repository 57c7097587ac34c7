import { describe, expect, it } from 'vitest';
import { bodyOf, initialState, KINDS, NONE } from './kinds';

const kind = (key: string) => {
  const found = KINDS.find((k) => k.key === key);
  if (!found) throw new Error(key);
  return found;
};

describe('legal record forms', () => {
  it('send empty optional fields as null and amounts with a dot', () => {
    const compensation = kind('compensation');
    const state = {
      ...initialState(compensation, null),
      route: 'civil_claim',
      claimedOn: '2026-01-02',
      amountClaimed: '1500,50',
      status: 'pending',
    };
    expect(bodyOf(compensation, state)).toEqual({
      route: 'civil_claim',
      claimedOn: '2026-01-02',
      currency: 'EUR',
      amountClaimed: '1500.50',
      status: 'pending',
      decidedOn: null,
      amountAwarded: null,
      amountPaid: null,
    });
  });

  it('round-trips a record, "none" becoming null', () => {
    const aid = kind('legalAid');
    const record = {
      id: 'x',
      providerOrganisationId: null,
      requestedOn: '2026-03-01',
      grantedOn: null,
      status: 'requested',
    };
    const state = initialState(aid, record);
    expect(bodyOf(aid, { ...state, providerOrganisationId: NONE })).toEqual({
      providerOrganisationId: null,
      requestedOn: '2026-03-01',
      grantedOn: null,
      status: 'requested',
    });
  });

  it('keeps an instant when going through the local date-time input', () => {
    const missing = kind('missing');
    const state = initialState(missing, { wentMissingAt: '2026-05-01T09:30:00.000Z', foundAt: null });
    expect(bodyOf(missing, state)).toEqual({ wentMissingAt: '2026-05-01T09:30:00.000Z', foundAt: null });
  });

  it('shows the children’s procedures only for a child', () => {
    expect(KINDS.filter((k) => k.childOnly).map((k) => k.path)).toEqual([
      'children/best-interests',
      'children/missing',
    ]);
  });
});
