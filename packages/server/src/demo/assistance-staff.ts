import type { Faker } from '@faker-js/faker';
import { organisationByKey } from './organisations.js';
import type { Rng } from './random.js';
import type { DemoOrganisation, DemoUser } from './types.js';

/**
 * More case workers where the cases are: with about 2000 persons, the organisations that
 * lead assistance carry a few hundred open cases, and a case worker holds some 20 to 40.
 * A fixed list (not sized by the number of persons), so users stay the same whatever the
 * size of the data set; drawn from a stream of its own after the other users.
 */
export const EXTRA_CASE_WORKERS: Readonly<Record<string, number>> = {
  'ngo-open-doors': 6,
  'child-protection': 8,
  'ngo-children-first': 5,
  'ngo-northern-lights': 4,
  'ngo-coastal': 4,
  'shelter-men': 2,
  'ngo-mountain': 3,
  'social-capital': 1,
  'social-coast': 1,
  'child-protection-west': 1,
};

function emailPart(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

export function generateAssistanceStaff(
  rng: Rng,
  faker: Faker,
  organisations: readonly DemoOrganisation[],
  existing: readonly DemoUser[],
): DemoUser[] {
  const emails = new Set(existing.map((u) => u.email));
  const users: DemoUser[] = [];
  for (const [key, count] of Object.entries(EXTRA_CASE_WORKERS)) {
    const organisation = organisationByKey(organisations, key);
    for (let i = 0; i < count; i++) {
      const sex = rng.chance(0.6) ? 'female' : 'male';
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
        roles: ['case_worker'],
        locale: 'en',
        demo: false,
      });
    }
  }
  return users;
}
