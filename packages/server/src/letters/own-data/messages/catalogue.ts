import type { OWN_DATA_EN } from './en.js';

export type OwnDataMessageKey = keyof typeof OWN_DATA_EN;
/** A complete translation of the own-data copy: every key of the English source. */
export type OwnDataCatalogue = Readonly<Record<OwnDataMessageKey, string>>;
