import type { Faker } from '@faker-js/faker';
import { ORGANISATION_SPECS, organisationByKey } from './organisations.js';
import type { Rng } from './random.js';
import type { DemoOrganisation, DemoUser } from './types.js';
import type { OrganisationKind, Role } from './vocabulary.js';

/** The one password of every named demo account. Demo mode only: never on a real server. */
export const DEMO_PASSWORD = 'demo-password-2026';

export type DemoAccount = {
  readonly email: string;
  readonly displayName: string;
  readonly roles: readonly Role[];
  readonly organisationKey: string;
  readonly organisationName: string;
  /** One line for the README and the start-up banner. */
  readonly purpose: string;
};

type AccountSpec = Omit<DemoAccount, 'organisationName'>;

const ACCOUNT_SPECS: readonly AccountSpec[] = [
  {
    email: 'admin@opennrm.example',
    displayName: 'Alex Admin',
    roles: ['system_admin'],
    organisationKey: 'national-coordinator',
    purpose: 'Runs the platform: organisations, users, audit',
  },
  {
    email: 'coordinator@opennrm.example',
    displayName: 'Casey Coordinator',
    roles: ['analyst', 'case_supervisor'],
    organisationKey: 'national-coordinator',
    purpose: 'National coordinator: statistics and oversight of cases',
  },
  {
    email: 'outreach@opennrm.example',
    displayName: 'Olive Outreach',
    roles: ['first_responder'],
    organisationKey: 'ngo-open-doors',
    purpose: 'NGO outreach worker: screens and refers',
  },
  {
    email: 'inspector@opennrm.example',
    displayName: 'Ivan Inspector',
    roles: ['first_responder'],
    organisationKey: 'labour-north',
    purpose: 'Labour inspector: spots forced labour and refers',
  },
  {
    email: 'police@opennrm.example',
    displayName: 'Pat Police',
    roles: ['first_responder'],
    organisationKey: 'police-national',
    purpose: 'Police anti-trafficking officer: refers',
  },
  {
    email: 'caseworker@opennrm.example',
    displayName: 'Kim Caseworker',
    roles: ['case_worker'],
    organisationKey: 'ngo-open-doors',
    purpose: 'NGO case worker: assistance and support plans',
  },
  {
    email: 'supervisor@opennrm.example',
    displayName: 'Sam Supervisor',
    roles: ['case_supervisor'],
    organisationKey: 'ngo-open-doors',
    purpose: 'NGO case supervisor: reviews and assigns cases',
  },
  {
    email: 'decider@opennrm.example',
    displayName: 'Dana Decider',
    roles: ['identification_decision_maker'],
    organisationKey: 'competent-authority',
    purpose: 'Competent authority: reasonable and conclusive grounds decisions',
  },
  {
    email: 'guardian@opennrm.example',
    displayName: 'Gabi Guardian',
    roles: ['guardian'],
    organisationKey: 'child-protection',
    purpose: "Children's guardian",
  },
  {
    email: 'lawyer@opennrm.example',
    displayName: 'Lee Lawyer',
    roles: ['legal_adviser'],
    organisationKey: 'legal-aid',
    purpose: 'Legal adviser: legal aid, compensation, non-punishment',
  },
  {
    email: 'analyst@opennrm.example',
    displayName: 'Ana Analyst',
    roles: ['analyst'],
    organisationKey: 'national-coordinator',
    purpose: 'Analyst: aggregated statistics only, no personal data',
  },
  {
    email: 'orgadmin@opennrm.example',
    displayName: 'Omar Orgadmin',
    roles: ['organisation_admin'],
    organisationKey: 'ngo-open-doors',
    purpose: "Manages the NGO's own users",
  },
  {
    email: 'shelter@opennrm.example',
    displayName: 'Shay Shelter',
    roles: ['case_worker'],
    organisationKey: 'shelter-men',
    purpose: "Case worker at the men's shelter",
  },
];

function organisationName(key: string): string {
  const spec = ORGANISATION_SPECS.find((s) => s.key === key);
  if (!spec) throw new Error(`unknown demo organisation key: ${key}`);
  return spec.name;
}

/** The named demo accounts, for the README and for printing at start-up in demo mode. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = ACCOUNT_SPECS.map((spec) => ({
  ...spec,
  organisationName: organisationName(spec.organisationKey),
}));

/**
 * Background staff by organisation kind: each entry is one person's role set. Together with
 * the named accounts this gives about 85 users with every role in several organisations.
 */
const STAFF_BY_KIND: Readonly<Record<OrganisationKind, readonly (readonly Role[])[]>> = {
  ngo: [['first_responder'], ['case_worker'], ['organisation_admin', 'case_supervisor']],
  shelter: [['case_worker'], ['organisation_admin']],
  labour_inspectorate: [['first_responder']],
  trade_union: [['first_responder']],
  health_service: [['first_responder']],
  social_services: [['first_responder', 'case_worker']],
  child_protection: [['guardian'], ['guardian'], ['case_worker']],
  education: [['first_responder']],
  police: [['first_responder']],
  border_guard: [['first_responder'], ['organisation_admin']],
  immigration_asylum: [['first_responder']],
  prosecutor: [['first_responder']],
  court: [['organisation_admin']],
  competent_authority: [
    ['identification_decision_maker'],
    ['identification_decision_maker'],
    ['case_supervisor'],
  ],
  national_coordinator: [['analyst'], ['organisation_admin']],
  embassy_consulate: [['first_responder']],
  international_organisation: [['case_worker', 'first_responder']],
  legal_aid_provider: [['legal_adviser']],
  other: [['first_responder']],
};

/** Lower-case ASCII for e-mail local parts: drops diacritics and anything not a letter. */
function emailPart(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

export function generateUsers(
  rng: Rng,
  faker: Faker,
  organisations: readonly DemoOrganisation[],
): DemoUser[] {
  const users: DemoUser[] = [];
  const emails = new Set<string>();

  for (const account of DEMO_ACCOUNTS) {
    users.push({
      id: rng.uuid(),
      organisationId: organisationByKey(organisations, account.organisationKey).id,
      email: account.email,
      displayName: account.displayName,
      roles: account.roles,
      locale: 'en',
      demo: true,
    });
    emails.add(account.email);
  }

  for (const organisation of organisations) {
    for (const roles of STAFF_BY_KIND[organisation.kind]) {
      const sex = rng.chance(0.5) ? 'female' : 'male';
      const given = faker.person.firstName(sex);
      const family = faker.person.lastName(sex);
      const base = `${emailPart(given)}.${emailPart(family)}`;
      let email = `${base}@${organisation.key}.example.org`;
      for (let n = 2; emails.has(email); n++) email = `${base}${n}@${organisation.key}.example.org`;
      emails.add(email);
      users.push({
        id: rng.uuid(),
        organisationId: organisation.id,
        email,
        displayName: `${given} ${family}`,
        roles,
        locale: 'en',
        demo: false,
      });
    }
  }
  return users;
}
