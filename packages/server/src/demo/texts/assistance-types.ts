import type { NeedDomain } from '@opennrm/core';

/** What a person may name first when asked what matters most to them now. */
export type PriorityTopic =
  | 'safety'
  | 'housing'
  | 'family'
  | 'money'
  | 'documents'
  | 'work'
  | 'health'
  | 'home'
  | 'stay'
  | 'school';

/**
 * Texts of the assistance records in one language: what is agreed with the person or
 * said by them (goals, actions, priorities, the safety plan, their view of the plan) and
 * the case notes, in the language of the case narrative. Short, plain and non-graphic;
 * written without gendered forms where the language allows.
 */
export type AssistanceTexts = {
  readonly goals: Readonly<Record<NeedDomain, string>>;
  readonly actions: Readonly<Record<NeedDomain, string>>;
  /** A worker's note on some domains of the needs assessment. */
  readonly needNotes: Readonly<Partial<Record<NeedDomain, string>>>;
  /** In the person's own words, first person. */
  readonly priorities: Readonly<Record<PriorityTopic, string>>;
  readonly safetyPlans: readonly string[];
  /** Why the person agrees only in part. */
  readonly partlyAgreed: readonly string[];
  /** Why the person does not agree; support continues regardless. */
  readonly disagreed: readonly string[];
  readonly notes: readonly string[];
  /** A later version of the account: an addition or a correction by the person. */
  readonly accountAdditions: readonly string[];
};
