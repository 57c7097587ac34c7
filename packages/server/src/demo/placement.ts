import type { Rng } from './random.js';
import type { DemoAudience, DemoOrganisation } from './types.js';
import type { DemoRegion, ExploitationForm, Gender, OrganisationKind } from './vocabulary.js';

/** Where persons are met: the capital dominates, as in most countries' statistics. */
export const REGION_WEIGHTS: readonly (readonly [DemoRegion, number])[] = [
  ['capital', 30],
  ['north', 12],
  ['south', 12],
  ['east', 8],
  ['west', 10],
  ['central', 10],
  ['coast', 11],
  ['mountains', 7],
];

/**
 * Who refers, by organisation kind: law enforcement (police, border, immigration) about
 * 45 %, NGOs about 25 %, the other first responders the rest. Children are more often met by
 * child protection and schools, forced labour by labour inspectors and unions; those shifts
 * come out of the "others" share so the law-enforcement and NGO shares hold.
 */
function referrerWeights(isChild: boolean, labour: boolean): (readonly [OrganisationKind, number])[] {
  const weights: Partial<Record<OrganisationKind, number>> = {
    police: 32,
    border_guard: 7,
    immigration_asylum: 6,
    ngo: 25,
    labour_inspectorate: 8,
    trade_union: 2,
    health_service: 4,
    social_services: 8,
    child_protection: 4,
    education: 2,
    other: 1,
    embassy_consulate: 0.5,
    international_organisation: 0.5,
  };
  if (isChild) {
    weights.child_protection = 11;
    weights.education = 5;
    weights.labour_inspectorate = 2;
    weights.trade_union = 0.5;
    weights.social_services = 7.5;
  } else if (labour) {
    weights.labour_inspectorate = 13;
    weights.trade_union = 5;
    weights.child_protection = 0.5;
    weights.education = 0.5;
    weights.health_service = 2;
    weights.social_services = 5;
  }
  return Object.entries(weights).map(([kind, w]) => [kind as OrganisationKind, w ?? 0] as const);
}

export class Placement {
  private readonly byKind = new Map<OrganisationKind, DemoOrganisation[]>();

  constructor(
    private readonly rng: Rng,
    private readonly organisations: readonly DemoOrganisation[],
  ) {
    for (const o of organisations) {
      const list = this.byKind.get(o.kind) ?? [];
      list.push(o);
      this.byKind.set(o.kind, list);
    }
  }

  byKey(key: string): DemoOrganisation {
    const found = this.organisations.find((o) => o.key === key);
    if (!found) throw new Error(`unknown demo organisation key: ${key}`);
    return found;
  }

  /** An organisation of this kind, preferably in the region (most services are local). */
  ofKind(kind: OrganisationKind, region: DemoRegion, audience?: DemoAudience): DemoOrganisation {
    const all = (this.byKind.get(kind) ?? []).filter((o) => !audience || o.audience.includes(audience));
    if (all.length === 0) throw new Error(`no demo organisation of kind ${kind}`);
    const local = all.filter((o) => o.region === region);
    return this.rng.pick(local.length > 0 && this.rng.chance(0.85) ? local : all);
  }

  referrer(region: DemoRegion, isChild: boolean, forms: readonly ExploitationForm[]): DemoOrganisation {
    const labour = forms.includes('forced_labour') || forms.includes('servitude');
    const kind = this.rng.weighted(referrerWeights(isChild, labour));
    if (kind === 'police' && this.rng.chance(0.2)) return this.byKey('police-national');
    if (kind === 'ngo') return this.generalNgo(region);
    return this.ofKind(kind, region);
  }

  /** An NGO that works with everyone, in the region if there is one, else the national network. */
  generalNgo(region: DemoRegion): DemoOrganisation {
    return this.ofKind('ngo', region, 'all');
  }

  /** The organisation that leads assistance: child protection for children, an NGO or shelter for adults. */
  lead(region: DemoRegion, gender: Gender, isChild: boolean): DemoOrganisation {
    if (isChild) {
      return this.rng.chance(0.65) ? this.childProtection(region) : this.byKey('ngo-children-first');
    }
    const r = this.rng.next();
    if ((gender === 'transgender' || gender === 'gender_nonconforming') && r < 0.6)
      return this.byKey('ngo-rainbow');
    if (gender === 'male' && r < 0.3) return this.byKey('shelter-men');
    if (gender === 'female' && region === 'south' && r < 0.6) return this.byKey('ngo-women-south');
    if (r > 0.85) return this.ofKind('social_services', region);
    return this.generalNgo(region);
  }

  childProtection(region: DemoRegion): DemoOrganisation {
    return this.byKey(region === 'west' ? 'child-protection-west' : 'child-protection');
  }

  /** A shelter that takes this person: men, women, boys, girls and LGBTI persons are housed apart. */
  shelter(gender: Gender, isChild: boolean): DemoOrganisation {
    if (gender === 'transgender' || gender === 'gender_nonconforming') return this.byKey('shelter-lgbti');
    if (isChild && gender !== 'unknown')
      return this.byKey(gender === 'male' ? 'shelter-boys' : 'shelter-girls');
    if (gender === 'unknown') return this.byKey('shelter-families');
    if (gender === 'male') return this.byKey('shelter-men');
    return this.byKey(this.rng.chance(0.7) ? 'shelter-women' : 'shelter-families');
  }
}
