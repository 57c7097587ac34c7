import type { Rng } from '../random.js';
import type { ExploitationForm, ExploitationPlace } from '../vocabulary.js';
import { EN, RO, VI } from './templates-en-ro-vi.js';
import { AR, RU, UK } from './templates-uk-ru-ar.js';
import type { NarrativeTemplates, NarrativeTheme } from './types.js';

/** Languages with templates; any other preferred language gets the English summary. */
const TEMPLATES: Readonly<Record<string, NarrativeTemplates>> = {
  en: EN,
  ro: RO,
  vi: VI,
  uk: UK,
  ru: RU,
  ar: AR,
};

export const NARRATIVE_LANGUAGES: readonly string[] = Object.keys(TEMPLATES);

export function themeOf(form: ExploitationForm): NarrativeTheme {
  switch (form) {
    case 'sexual_prostitution':
    case 'sexual_pornography':
    case 'sexual_online':
    case 'sexual_other':
      return 'sexual';
    case 'forced_labour':
    case 'servitude':
    case 'slavery_similar_practices':
      return 'labour';
    case 'forced_criminality':
      return 'criminality';
    case 'forced_begging':
      return 'begging';
    case 'domestic_servitude':
      return 'domestic';
    case 'forced_marriage':
      return 'marriage';
    case 'organ_removal':
    case 'surrogacy_exploitation':
    case 'illegal_adoption':
    case 'other':
    case 'unknown':
      return 'general';
    default: {
      const unreachable: never = form;
      throw new Error(`unknown form ${String(unreachable)}`);
    }
  }
}

export type Narrative = { readonly text: string; readonly language: string };

/** A short, non-graphic synthetic case summary in the person's language where possible. */
export function composeNarrative(
  rng: Rng,
  preferredLanguage: string,
  forms: readonly ExploitationForm[],
  place: ExploitationPlace,
  firstContactAt: Date,
): Narrative {
  const language = TEMPLATES[preferredLanguage] ? preferredLanguage : 'en';
  const t = TEMPLATES[language] ?? EN;
  const date = `${String(firstContactAt.getUTCMonth() + 1).padStart(2, '0')}/${firstContactAt.getUTCFullYear()}`;
  const fill = (template: string): string =>
    template
      .replace('{sector}', rng.pick(t.sectors))
      .replace('{place}', t.places[place])
      .replace('{date}', date);

  const sentences = [fill(rng.pick(t.recruitment))];
  for (const theme of new Set(forms.map(themeOf))) sentences.push(t.conditions[theme]);
  sentences.push(fill(t.contact));
  return { text: sentences.join(' '), language };
}
