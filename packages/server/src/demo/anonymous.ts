import { ageBandForAge, localDateOf } from '@opennrm/core';
import { pickExploitationForms } from './exploitation.js';
import { nationalityProfiles } from './nationalities.js';
import { Placement, REGION_WEIGHTS } from './placement.js';
import { DEMO_PROFILE } from './profile.js';
import type { Rng } from './random.js';
import type { DemoAnonymousNotification, DemoOrganisation } from './types.js';
import type { Gender } from './vocabulary.js';

const DAY_MS = 86_400_000;
const HISTORY_DAYS = 3 * 365;

/** Anonymous notifications per referral: adults who did not consent to a referral (UK: about 1 in 6). */
export const ANONYMOUS_SHARE = 0.15;

/**
 * Adults met by a first responder who did not consent to a referral: counted with the
 * five allowed fields only (gender, age band, nationality, forms, region) and the date,
 * never anything that identifies them. Spread over the same three years as the cases,
 * denser towards now, and made by the same kinds of organisation that refer.
 */
export function generateAnonymousNotifications(
  rng: Rng,
  organisations: readonly DemoOrganisation[],
  host: string,
  count: number,
  now: Date,
): DemoAnonymousNotification[] {
  const placement = new Placement(rng, organisations);
  const profiles = nationalityProfiles(host).map((p) => [p, p.weight] as const);
  const out: DemoAnonymousNotification[] = [];
  for (let i = 0; i < count; i++) {
    const daysAgo = Math.floor(HISTORY_DAYS * (1 - Math.sqrt(1 - rng.next())));
    const at = new Date(now.getTime() - daysAgo * DAY_MS - rng.next() * 12 * 3_600_000);
    const profile = rng.weighted(profiles);
    const gender = rng.weighted<Gender>([
      ['female', profile.femaleShare * 96],
      ['male', (1 - profile.femaleShare) * 96],
      ['transgender', 1],
      ['gender_nonconforming', 1],
      ['unknown', 2],
    ]);
    const forms = pickExploitationForms(rng, gender, false, profile.formBoost);
    const region = rng.weighted(REGION_WEIGHTS);
    const organisation = placement.referrer(region, false, forms);
    out.push({
      id: rng.uuid(),
      organisationId: organisation.id,
      notifiedOn: localDateOf(at, DEMO_PROFILE.calendar.timeZone),
      gender,
      // Adults only: a child is referred, never only counted.
      ageBand: rng.chance(0.06) ? 'unknown' : ageBandForAge(18 + Math.floor(rng.exponential(11))),
      nationality: rng.chance(0.05) ? null : profile.code,
      exploitationForms: forms,
      region: rng.chance(0.04) ? null : region,
    });
  }
  return out.sort((a, b) => a.notifiedOn.localeCompare(b.notifiedOn) || a.id.localeCompare(b.id));
}
