import { describe, expect, it } from 'vitest';
import type { CaseTeamMember } from '../api/types';
import { teamByOrganisation } from './case-team';

const shelter = { id: '00000000-0000-4000-8000-000000000001', name: 'Shelter', kind: 'shelter' } as const;
const ngo = { id: '00000000-0000-4000-8000-000000000002', name: 'NGO', kind: 'ngo' } as const;

describe('teamByOrganisation', () => {
  it('lists an organisation on the team for several purposes once, with every purpose', () => {
    const team: CaseTeamMember[] = [
      { organisation: shelter, purpose: 'accommodation', addedAt: '2026-03-02T10:00:00Z' },
      { organisation: ngo, purpose: 'identification', addedAt: '2026-03-01T10:00:00Z' },
      { organisation: shelter, purpose: 'assistance', addedAt: '2026-03-05T10:00:00Z' },
    ];
    expect(teamByOrganisation(team)).toEqual([
      {
        id: shelter.id,
        organisation: shelter,
        purposes: ['accommodation', 'assistance'],
        since: '2026-03-02T10:00:00Z',
      },
      { id: ngo.id, organisation: ngo, purposes: ['identification'], since: '2026-03-01T10:00:00Z' },
    ]);
  });

  it('dates the row from the first time the organisation joined, whatever the order', () => {
    const team: CaseTeamMember[] = [
      { organisation: ngo, purpose: 'assistance', addedAt: '2026-04-10T08:00:00Z' },
      { organisation: ngo, purpose: 'identification', addedAt: '2026-01-15T08:00:00Z' },
      { organisation: ngo, purpose: 'identification', addedAt: '2026-02-15T08:00:00Z' },
    ];
    const [row] = teamByOrganisation(team);
    expect(row?.since).toBe('2026-01-15T08:00:00Z');
    expect(row?.purposes).toEqual(['assistance', 'identification']);
  });
});
