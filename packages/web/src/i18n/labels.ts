import type { AgeBand, CaseStage, ExploitationForm, Gender, OrganisationKind, Role } from '@opennrm/core';
import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { countryName, languageName } from './names';

export type Labels = {
  readonly role: (role: Role) => string;
  readonly organisationKind: (kind: OrganisationKind) => string;
  readonly stage: (stage: CaseStage) => string;
  readonly gender: (gender: Gender) => string;
  readonly exploitationForm: (form: ExploitationForm) => string;
  readonly ageBand: (band: AgeBand) => string;
  readonly country: (code: string | null) => string;
  readonly language: (code: string) => string;
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
      list: (items) => listFormat.format(items),
    };
  }, [intl]);
}
