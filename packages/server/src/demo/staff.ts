import type { Rng } from './random.js';
import type { DemoOrganisation, DemoUser } from './types.js';
import type { Role } from './vocabulary.js';

/** The named demo accounts whose work the demo should show when they sign in. */
export const DEMO_EMAILS = {
  outreach: 'outreach@opennrm.example',
  inspector: 'inspector@opennrm.example',
  police: 'police@opennrm.example',
  decider: 'decider@opennrm.example',
  guardian: 'guardian@opennrm.example',
} as const;

/** Who in an organisation does what: the user who refers, decides, guards a child. */
export class Staff {
  private readonly byOrg = new Map<string, DemoUser[]>();
  private readonly byEmail = new Map<string, DemoUser>();
  private readonly byId = new Map<string, DemoUser>();

  constructor(
    private readonly rng: Rng,
    users: readonly DemoUser[],
    private readonly organisations: readonly DemoOrganisation[],
  ) {
    for (const user of users) {
      this.byOrg.set(user.organisationId, [...(this.byOrg.get(user.organisationId) ?? []), user]);
      this.byEmail.set(user.email, user);
      this.byId.set(user.id, user);
    }
  }

  account(email: string): DemoUser {
    const user = this.byEmail.get(email);
    if (!user) throw new Error(`no demo account ${email}`);
    return user;
  }

  user(id: string): DemoUser {
    const user = this.byId.get(id);
    if (!user) throw new Error('no demo user with that id');
    return user;
  }

  organisation(key: string): DemoOrganisation {
    const found = this.organisations.find((o) => o.key === key);
    if (!found) throw new Error(`unknown demo organisation key: ${key}`);
    return found;
  }

  withRole(organisationId: string, role: Role): DemoUser[] {
    return (this.byOrg.get(organisationId) ?? []).filter((u) => u.roles.includes(role));
  }

  /**
   * Someone of the organisation in one of `roles` (first role first), the named demo
   * account most of the time when the organisation has one, so that it has work to show.
   */
  pick(organisationId: string, roles: readonly Role[], demoShare = 0.6): DemoUser {
    for (const role of roles) {
      const candidates = this.withRole(organisationId, role);
      if (candidates.length === 0) continue;
      const named = candidates.filter((u) => u.demo);
      if (named.length > 0 && (candidates.length === named.length || this.rng.chance(demoShare)))
        return this.rng.pick(named);
      const others = candidates.filter((u) => !u.demo);
      return this.rng.pick(others.length > 0 ? others : candidates);
    }
    const anyone = this.byOrg.get(organisationId) ?? [];
    if (anyone.length === 0) throw new Error(`organisation ${organisationId} has no staff`);
    return this.rng.pick(anyone);
  }

  /** The person who screens and refers for an organisation. */
  referrer(organisationId: string): DemoUser {
    return this.pick(organisationId, ['first_responder', 'case_worker']);
  }
}
