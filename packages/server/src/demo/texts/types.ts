import type { NarrativeTheme } from '../narratives/types.js';

/**
 * Short free texts written about a case (decision reasons, extension reasons, grounds for
 * a reconsideration, a screener's override), in the language of the case narrative.
 * Placeholders: {form} (the main form of exploitation, after a colon so that no language
 * has to inflect it) and {org} (an organisation's name).
 */
export type CaseTexts = {
  /** The main form of exploitation as a noun phrase, for "{form}". */
  readonly forms: Readonly<Record<NarrativeTheme, string>>;
  readonly reasonableGroundsPositive: readonly string[];
  /** For a child: the means need not be shown (CoE art. 4(c)). */
  readonly reasonableGroundsPositiveChild: string;
  readonly reasonableGroundsNegative: readonly string[];
  readonly conclusiveGroundsPositive: readonly string[];
  readonly conclusiveGroundsNegative: readonly string[];
  /** Reasons of the decision that replaces an overturned one (also the panel's notes). */
  readonly overturned: string;
  /** A panel's notes when the negative decision is upheld. */
  readonly upheld: readonly string[];
  readonly reconsiderationGrounds: readonly string[];
  readonly extensionReasons: readonly string[];
  /** CoE art. 13(3): the only grounds are public order and an improperly claimed status. */
  readonly withheldPublicOrder: string;
  /** Why a screener concluded differently from the indicators' suggestion. */
  readonly screeningOverride: readonly string[];
  /** How to reach the person safely, in the referrer's words. */
  readonly safeContact: readonly string[];
};
