import type { ReactNode } from 'react';
import {
  Cell,
  Column,
  Row,
  type SortDescriptor,
  type SortDirection,
  Table,
  TableBody,
  TableHeader,
} from 'react-aria-components';
import { FormattedDate } from 'react-intl';
import { Link } from 'react-router';
import type { CaseSort, CaseSummary } from '../api/types';
import { useLabels } from '../i18n/labels';
import { useT } from '../i18n/use-t';

export function sortDescriptorFor(sort: CaseSort): SortDescriptor {
  switch (sort) {
    case 'reference':
      return { column: 'reference', direction: 'ascending' };
    case 'first_contact_asc':
      return { column: 'firstContact', direction: 'ascending' };
    case 'first_contact_desc':
      return { column: 'firstContact', direction: 'descending' };
    default: {
      const unreachable: never = sort;
      return unreachable;
    }
  }
}

/** The server sorts by reference (A–Z) or by date of first contact (either way). */
export function sortFor(descriptor: SortDescriptor): CaseSort {
  if (descriptor.column === 'reference') return 'reference';
  return descriptor.direction === 'ascending' ? 'first_contact_asc' : 'first_contact_desc';
}

/** Cases without personal data: the reference, where the case stands and who leads it. */
export function CasesTable({
  cases,
  label,
  sort,
  onSortChange,
}: {
  readonly cases: readonly CaseSummary[];
  readonly label: string;
  readonly sort?: CaseSort;
  readonly onSortChange?: (sort: CaseSort) => void;
}): ReactNode {
  const t = useT();
  const labels = useLabels();
  const sortable = sort !== undefined && onSortChange !== undefined;

  return (
    <div className="table-scroll">
      <Table
        aria-label={label}
        className="table"
        sortDescriptor={sortable ? sortDescriptorFor(sort) : undefined}
        onSortChange={sortable ? (descriptor) => onSortChange(sortFor(descriptor)) : undefined}
      >
        <TableHeader>
          <Column id="reference" isRowHeader allowsSorting={sortable}>
            {({ sortDirection }) => (
              <SortableLabel label={t('cases.column.reference')} direction={sortDirection} />
            )}
          </Column>
          <Column id="stage">{t('cases.column.stage')}</Column>
          <Column id="child">{t('cases.column.child')}</Column>
          <Column id="gender">{t('cases.column.gender')}</Column>
          <Column id="ageBand">{t('cases.column.ageBand')}</Column>
          <Column id="nationality">{t('cases.column.nationality')}</Column>
          <Column id="forms">{t('cases.column.exploitation')}</Column>
          <Column id="region">{t('cases.column.region')}</Column>
          <Column id="lead">{t('cases.column.lead')}</Column>
          <Column id="firstContact" allowsSorting={sortable}>
            {({ sortDirection }) => (
              <SortableLabel label={t('cases.column.firstContact')} direction={sortDirection} />
            )}
          </Column>
        </TableHeader>
        <TableBody
          items={cases}
          dependencies={[t, labels]}
          renderEmptyState={() => <p className="table-empty">{t('cases.empty')}</p>}
        >
          {(item) => (
            <Row id={item.id}>
              <Cell textValue={item.reference}>
                <Link to={`/cases/${item.id}`} className="reference" dir="ltr">
                  {item.reference}
                </Link>
              </Cell>
              <Cell>{labels.stage(item.stage)}</Cell>
              <Cell>{t(item.isChild ? 'cases.child.yes' : 'cases.child.no')}</Cell>
              <Cell>{labels.gender(item.gender)}</Cell>
              <Cell>{labels.ageBand(item.ageBand)}</Cell>
              <Cell>{labels.country(item.nationality)}</Cell>
              <Cell>
                {item.exploitationForms === undefined
                  ? t('caseFile.hiddenForPurpose')
                  : item.exploitationForms.length > 0
                    ? labels.list(item.exploitationForms.map(labels.exploitationForm))
                    : t('common.notRecorded')}
              </Cell>
              <Cell>
                <bdi>{labels.region(item.region)}</bdi>
              </Cell>
              <Cell>
                <bdi>{item.leadOrganisation.name}</bdi>
              </Cell>
              <Cell>
                <FormattedDate value={item.firstContactAt} dateStyle="medium" />
              </Cell>
            </Row>
          )}
        </TableBody>
      </Table>
    </div>
  );
}

/** The sort direction is announced through aria-sort; the arrow shows it to sighted users. */
function SortableLabel({
  label,
  direction,
}: {
  readonly label: string;
  readonly direction: SortDirection | undefined;
}): ReactNode {
  return (
    <>
      {label}
      {direction ? (
        <span className="sort-indicator" aria-hidden="true">
          {direction === 'ascending' ? '▲' : '▼'}
        </span>
      ) : null}
    </>
  );
}
