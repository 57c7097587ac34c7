import type { CaseTeamMember } from '../api/types';

export type TeamOrganisation = {
  readonly id: string;
  readonly organisation: CaseTeamMember['organisation'];
  /** Why the organisation is on the team, in the order the purposes were given. */
  readonly purposes: readonly string[];
  /** When the organisation first joined the team, for whichever purpose. */
  readonly since: string;
};

/** One row per organisation: an organisation on the team for several purposes appears once. */
export function teamByOrganisation(team: readonly CaseTeamMember[]): TeamOrganisation[] {
  const rows = new Map<string, TeamOrganisation>();
  for (const member of team) {
    const row = rows.get(member.organisation.id);
    if (!row) {
      rows.set(member.organisation.id, {
        id: member.organisation.id,
        organisation: member.organisation,
        purposes: [member.purpose],
        since: member.addedAt,
      });
      continue;
    }
    rows.set(row.id, {
      ...row,
      purposes: row.purposes.includes(member.purpose) ? row.purposes : [...row.purposes, member.purpose],
      since: Date.parse(member.addedAt) < Date.parse(row.since) ? member.addedAt : row.since,
    });
  }
  return [...rows.values()];
}
