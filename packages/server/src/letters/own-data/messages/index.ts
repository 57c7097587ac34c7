import type { ScreeningLanguage } from '@opennrm/core';
import { OWN_DATA_AR } from './ar.js';
import type { OwnDataCatalogue } from './catalogue.js';
import { OWN_DATA_EN } from './en.js';
import { OWN_DATA_ES } from './es.js';
import { OWN_DATA_FR } from './fr.js';
import { OWN_DATA_RO } from './ro.js';
import { OWN_DATA_RU } from './ru.js';
import { OWN_DATA_SQ } from './sq.js';
import { OWN_DATA_TR } from './tr.js';
import { OWN_DATA_UK } from './uk.js';
import { OWN_DATA_VI } from './vi.js';

export type { OwnDataCatalogue, OwnDataMessageKey } from './catalogue.js';

/** The own-data copy's texts in the ten letter languages; each translation is complete. */
export const OWN_DATA_CATALOGUES: Readonly<Record<ScreeningLanguage, OwnDataCatalogue>> = {
  en: OWN_DATA_EN,
  uk: OWN_DATA_UK,
  ru: OWN_DATA_RU,
  ro: OWN_DATA_RO,
  sq: OWN_DATA_SQ,
  ar: OWN_DATA_AR,
  fr: OWN_DATA_FR,
  es: OWN_DATA_ES,
  tr: OWN_DATA_TR,
  vi: OWN_DATA_VI,
};
