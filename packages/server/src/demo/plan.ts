import type { Timeline } from './timeline.js';
import type { DemoChildStatus } from './types.js';
import type { DemoRegion, ExploitationForm, Gender } from './vocabulary.js';

/** One case before it is built: who, what, and how it moved along the NRM path. */
export type CasePlan = {
  readonly id: string;
  readonly personId: string;
  readonly gender: Gender;
  readonly nationality: string;
  readonly preferredLanguage: string;
  readonly isChild: boolean;
  readonly childStatus: DemoChildStatus;
  /** Mutable only for the planted journey cases (journeys.ts). */
  forms: readonly ExploitationForm[];
  readonly region: DemoRegion;
  readonly referringOrgId: string;
  readonly firstContact: Date;
  /** Shaped after the walk (decision queue, withholding, an overturned decision). */
  timeline: Timeline;
  /** The first case of a person met again later: over before the second began. */
  readonly superseded: boolean;
  /** The review of its reconsideration overturned the negative decision (exactly one case). */
  overturned: boolean;
  /**
   * Planted for a browser journey (journeys.ts): the organisation that leads the case, and
   * one it must not have shared with or referred to yet.
   */
  planted?: { readonly leadOrgId: string; readonly awayFromOrgId: string };
};
