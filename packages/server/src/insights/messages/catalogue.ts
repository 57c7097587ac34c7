import type { INSIGHTS_EN } from './en.js';

export type InsightsMessageKey = keyof typeof INSIGHTS_EN;
/** A complete translation: every key of the English source, nothing else. */
export type InsightsCatalogue = Readonly<Record<InsightsMessageKey, string>>;
