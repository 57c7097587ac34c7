import type { ReactNode } from 'react';
import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { FormattedNumber } from 'react-intl';
import { Link } from 'react-router';
import type { Organisation } from '../api/types';
import { useLabels } from '../i18n/labels';
import { useT } from '../i18n/use-t';

export function OrganisationsTable({
  organisations,
  label,
}: {
  readonly organisations: readonly Organisation[];
  readonly label: string;
}): ReactNode {
  const t = useT();
  const labels = useLabels();
  return (
    <div className="table-scroll">
      <Table aria-label={label} className="table">
        <TableHeader>
          <Column isRowHeader>{t('organisations.column.name')}</Column>
          <Column>{t('organisations.column.kind')}</Column>
          <Column>{t('organisations.column.country')}</Column>
          <Column>{t('organisations.column.region')}</Column>
          <Column>{t('organisations.column.status')}</Column>
          <Column>{t('organisations.column.users')}</Column>
        </TableHeader>
        <TableBody
          items={organisations}
          dependencies={[t, labels]}
          renderEmptyState={() => <p className="table-empty">{t('organisations.empty')}</p>}
        >
          {(organisation) => (
            <Row id={organisation.id}>
              <Cell textValue={organisation.name}>
                <Link to={`/organisations/${organisation.id}`}>
                  <bdi>{organisation.name}</bdi>
                </Link>
              </Cell>
              <Cell>{labels.organisationKind(organisation.kind)}</Cell>
              <Cell>{labels.country(organisation.country)}</Cell>
              <Cell>
                <bdi>{labels.region(organisation.region)}</bdi>
              </Cell>
              <Cell>{t(organisation.active ? 'organisations.active' : 'organisations.inactive')}</Cell>
              <Cell>
                <FormattedNumber value={organisation.userCount} />
              </Cell>
            </Row>
          )}
        </TableBody>
      </Table>
    </div>
  );
}
