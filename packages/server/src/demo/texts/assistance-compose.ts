import type { NeedDomain } from '@opennrm/core';
import type { Rng } from '../random.js';
import { EN, RO, VI } from './assistance-en-ro-vi.js';
import type { AssistanceTexts, PriorityTopic } from './assistance-types.js';
import { AR, RU, UK } from './assistance-uk-ru-ar.js';

/** The same languages as the case narratives; any other case gets English. */
const TEXTS: Readonly<Record<string, AssistanceTexts>> = { en: EN, ro: RO, vi: VI, uk: UK, ru: RU, ar: AR };

export function assistanceTexts(language: string): AssistanceTexts {
  return TEXTS[language] ?? EN;
}

/**
 * Messages between organisations (a service referral, the provider's answer, a request
 * for the person's account) are written in the working language of the system, English
 * in the demo, like the rest of the professional correspondence.
 */
export const WORKING_TEXTS = {
  referralMessage: [
    'Referral from the case team with the person’s agreement. Please contact the case worker to arrange the first meeting.',
    'Urgent: the person needs this service this week. An interpreter is needed for the first meeting.',
    'The person asked for this service. The needs and the agreed plan are shared with you through the case file.',
  ],
  accepted: [
    'Accepted; the first meeting is arranged.',
    'A place is available from tomorrow.',
    'Accepted. We will call the case worker to agree a date.',
  ],
  declinedCapacity: [
    'No free place at the moment; the waiting time is about three weeks.',
    'All places are taken; please try again next month or contact another provider.',
  ],
  declinedEligibility: [
    'This service is not for this age group.',
    'Our funding rules do not allow us to take this person; please see the directory for alternatives.',
  ],
  declinedOther: [
    'The person could not be reached to arrange a first meeting.',
    'The person preferred another provider nearer home.',
  ],
  accountRequest: [
    'We are preparing the compensation claim and need the account so that the person does not have to tell it again.',
    'To prepare the statement for the residence permit without another interview.',
    'For the psychological assessment: the person asked not to have to repeat what happened.',
  ],
} as const;

export function pickWorking(rng: Rng, key: keyof typeof WORKING_TEXTS): string {
  return rng.pick(WORKING_TEXTS[key]);
}

/** The person's priorities in their own words: one to three topics, the most pressing first. */
export function writePriorities(language: string, topics: readonly PriorityTopic[]): string {
  const texts = assistanceTexts(language);
  return topics.map((topic) => texts.priorities[topic]).join(' ');
}

export function goalFor(language: string, domain: NeedDomain): string {
  return assistanceTexts(language).goals[domain];
}

export function actionFor(language: string, domain: NeedDomain): string {
  return assistanceTexts(language).actions[domain];
}

export function needNoteFor(language: string, domain: NeedDomain): string | null {
  return assistanceTexts(language).needNotes[domain] ?? null;
}
