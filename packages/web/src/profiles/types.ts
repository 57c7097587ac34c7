import type { CountryProfile } from '@opennrm/core';

/** One stored version of a country profile (server: profiles/schemas.ts). */
export type ProfileVersionSummary = {
  readonly id: string;
  readonly version: number;
  readonly name: string;
  readonly createdAt: string;
  readonly publishedBy: { readonly id: string; readonly displayName: string } | null;
  /** Its id is the active profile (new cases start under that profile's newest version). */
  readonly active: boolean;
  readonly newest: boolean;
  /** New cases start under exactly this version. */
  readonly current: boolean;
};

export type ProfileVersionView = ProfileVersionSummary & { readonly definition: CountryProfile };

export type ProfileList = {
  readonly activeId: string;
  readonly items: readonly ProfileVersionSummary[];
};
