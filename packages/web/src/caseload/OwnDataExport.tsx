import { SCREENING_LANGUAGES, scopesFor } from '@opennrm/core';
import { type ReactNode, useState } from 'react';
import { buildUrl } from '../api/client';
import type { CaseDetail } from '../api/types';
import { languageEndonym } from '../i18n/names';
import { useT } from '../i18n/use-t';
import { usePermissions } from '../session/permissions';
import { SelectInput } from '../ui/fields';

type Choice = 'preferred' | (typeof SCREENING_LANGUAGES)[number];

/**
 * Right of access: a "Print own-data copy" action on the case page. The copy is a PDF of
 * the person's own data in their language, for them (for a child, for the guardian); the
 * server decides what it holds (what the printer's organisation may see) and records every
 * copy. Shown to those who work with the person (case workers, supervisors) and to a
 * child's guardian — the server checks again.
 */
export function OwnDataExport({ item }: { readonly item: CaseDetail }): ReactNode {
  const t = useT();
  const { actor } = usePermissions();
  const [language, setLanguage] = useState<Choice>('preferred');
  const worksWithPerson = scopesFor(actor, 'person', 'update').includes('case_team');
  const guardian = item.isChild && scopesFor(actor, 'person', 'read').includes('guardian_of');
  if (!worksWithPerson && !guardian) return null;
  const href = buildUrl(`/api/persons/${encodeURIComponent(item.personId)}/own-data.pdf`, {
    locale: language === 'preferred' ? undefined : language,
  });
  return (
    <section className="section" aria-labelledby="case-own-data">
      <h2 id="case-own-data">{t('caseload.ownData.title')}</h2>
      <p>{t(item.isChild ? 'caseload.ownData.introChild' : 'caseload.ownData.intro')}</p>
      <div className="filters">
        <SelectInput<Choice>
          id="case-own-data-language"
          name="locale"
          label={t('caseload.ownData.language')}
          options={[
            { id: 'preferred', label: t('caseload.ownData.preferred') },
            ...SCREENING_LANGUAGES.map((code) => ({ id: code, label: languageEndonym(code), lang: code })),
          ]}
          value={language}
          onChange={setLanguage}
          placeholder={t('common.choose')}
        />
      </div>
      <p className="button-row">
        <a className="button button-primary" href={href} target="_blank" rel="noopener noreferrer">
          {t('caseload.ownData.print')}
          <span className="visually-hidden"> {t('caseload.ownData.newTab')}</span>
        </a>
      </p>
    </section>
  );
}
