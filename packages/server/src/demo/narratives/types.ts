/** What the exploitation mainly looked like, for choosing the sentence that describes it. */
export type NarrativeTheme =
  | 'sexual'
  | 'labour'
  | 'criminality'
  | 'begging'
  | 'domestic'
  | 'marriage'
  | 'general';

/**
 * Sentence templates for one language. Written without gendered verb forms where the
 * language allows, and without graphic detail: a case summary, not a testimony.
 * Placeholders: {sector}, {place}, {date}.
 */
export type NarrativeTemplates = {
  readonly places: { readonly in_country: string; readonly abroad: string; readonly both: string };
  readonly sectors: readonly string[];
  readonly recruitment: readonly string[];
  readonly conditions: Readonly<Record<NarrativeTheme, string>>;
  readonly contact: string;
};
