import type { AgeBand, CaseStage, ExploitationForm, Gender, OrganisationKind, Role } from '@opennrm/core';
import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId } from './catalogues';
import { countryName, languageName } from './names';

/**
 * Region codes are free slugs that each country profile defines (core/regions.ts); these
 * are the ones in use today (the demo country's regions and "national" for nationwide
 * bodies). A code without a name here is shown as it is.
 */
const REGION_NAMES: Readonly<Record<string, MessageId>> = {
  national: 'region.national',
  capital: 'region.capital',
  north: 'region.north',
  south: 'region.south',
  east: 'region.east',
  west: 'region.west',
  central: 'region.central',
  coast: 'region.coast',
  mountains: 'region.mountains',
};

/** Identity document types the server records today; others are shown as sent. */
const DOCUMENT_TYPES: Readonly<Record<string, MessageId>> = {
  passport: 'person.documentType.passport',
  national_id: 'person.documentType.national_id',
  residence_permit: 'person.documentType.residence_permit',
  birth_certificate: 'person.documentType.birth_certificate',
  travel_document: 'person.documentType.travel_document',
};

export type Labels = {
  readonly role: (role: Role) => string;
  readonly organisationKind: (kind: OrganisationKind) => string;
  readonly stage: (stage: CaseStage) => string;
  readonly gender: (gender: Gender) => string;
  readonly exploitationForm: (form: ExploitationForm) => string;
  readonly ageBand: (band: AgeBand) => string;
  readonly country: (code: string | null) => string;
  readonly language: (code: string) => string;
  readonly region: (code: string) => string;
  /** The region code for what someone typed: a region's name in this language, or a code. */
  readonly regionCode: (typed: string) => string;
  readonly documentType: (type: string) => string;
  /** Joins a list of labels the way the language does ("a, b, c"). */
  readonly list: (items: readonly string[]) => string;
};

/**
 * Words for the shared vocabularies of @opennrm/core. Message ids are built from the
 * values; the compiler checks that every value of every vocabulary has a message.
 */
export function useLabels(): Labels {
  const intl = useIntl();
  return useMemo(() => {
    const listFormat = new Intl.ListFormat(intl.locale, { style: 'narrow', type: 'conjunction' });
    return {
      role: (role) => intl.formatMessage({ id: `enum.role.${role}` }),
      organisationKind: (kind) => intl.formatMessage({ id: `enum.organisationKind.${kind}` }),
      stage: (stage) => intl.formatMessage({ id: `enum.stage.${stage}` }),
      gender: (gender) => intl.formatMessage({ id: `enum.gender.${gender}` }),
      exploitationForm: (form) => intl.formatMessage({ id: `enum.exploitationForm.${form}` }),
      ageBand: (band) => intl.formatMessage({ id: `enum.ageBand.${band}` }),
      country: (code) =>
        code ? countryName(intl.locale, code) : intl.formatMessage({ id: 'common.notRecorded' }),
      language: (code) => languageName(intl.locale, code),
      region: (code) => {
        const id = REGION_NAMES[code];
        return id ? intl.formatMessage({ id }) : code;
      },
      regionCode: (typed) => {
        const text = typed.trim();
        const named = Object.entries(REGION_NAMES).find(
          ([, id]) =>
            intl.formatMessage({ id }).localeCompare(text, intl.locale, { sensitivity: 'base' }) === 0,
        );
        return named ? named[0] : text.toLowerCase();
      },
      documentType: (type) => {
        const id = DOCUMENT_TYPES[type];
        return id ? intl.formatMessage({ id }) : type;
      },
      list: (items) => listFormat.format(items),
    };
  }, [intl]);
}
