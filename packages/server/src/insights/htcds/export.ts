import {
  ageBand,
  type ExploitationForm,
  isExploitationForm,
  isGender,
  type KAnonymousFile,
  kAnonymise,
  type NrmCaseRecord,
  toHtcdsRecord,
} from '@opennrm/core';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/**
 * The HTCDS export: every presumed or identified victim (not screenings, not anonymous
 * notifications, not persons found not to be victims) in HTCDS vocabulary, as a
 * CTDC-style k-anonymised microdata file (core `kAnonymise`). Only plain, non-identifying
 * columns are read — gender, birth year (turned into an age band at first contact),
 * nationality, forms and country of exploitation, year of first contact — never a name,
 * a date of birth or a free text, and no identifier leaves.
 */
const NOT_EXPORTED_STAGES = ['screening', 'anonymous_notification', 'not_identified'];

export async function readExportRecords(
  db: Kysely<DB>,
  period: { from?: string | undefined; to?: string | undefined },
): Promise<NrmCaseRecord[]> {
  let query = db
    .selectFrom('cases as c')
    .innerJoin('persons as p', 'p.id', 'c.person_id')
    .select([
      'c.first_contact_at',
      'c.is_child',
      'c.exploitation_forms',
      'c.exploitation_countries',
      'p.gender',
      'p.birth_year',
      'p.nationality',
    ])
    .where('c.stage', 'not in', NOT_EXPORTED_STAGES);
  if (period.from) query = query.where('c.first_contact_at', '>=', new Date(`${period.from}T00:00:00Z`));
  if (period.to) {
    const end = new Date(`${period.to}T00:00:00Z`);
    end.setUTCDate(end.getUTCDate() + 1);
    query = query.where('c.first_contact_at', '<', end);
  }
  const rows = await query.execute();
  return rows.map((row) => {
    const contact = new Date(row.first_contact_at);
    return {
      year: contact.getUTCFullYear(),
      gender: isGender(row.gender) ? row.gender : 'unknown',
      ageBand: ageBand(row.birth_year, contact),
      isChild: row.is_child,
      nationality: row.nationality,
      exploitationCountry: row.exploitation_countries[0] ?? null,
      forms: row.exploitation_forms.filter(isExploitationForm) as ExploitationForm[],
      // Not recorded by OpenNRM yet: exported blank, as HTCDS allows.
      labourSectors: [],
      meansOfControl: [],
      recruiterRelations: [],
      traffickingMonths: null,
    };
  });
}

export async function htcdsExport(
  db: Kysely<DB>,
  options: { k: number; maxSuppressionShare: number; from?: string | undefined; to?: string | undefined },
): Promise<KAnonymousFile> {
  const records = await readExportRecords(db, options);
  return kAnonymise(records.map(toHtcdsRecord), {
    k: options.k,
    maxSuppressionShare: options.maxSuppressionShare,
  });
}
