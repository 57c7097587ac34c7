import type { ReactNode } from 'react';
import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { FormattedDate, FormattedNumber } from 'react-intl';
import { Link, useParams } from 'react-router';
import { useLabels } from '../i18n/labels';
import { useT } from '../i18n/use-t';
import { Loading, ProblemNotice } from '../ui/Alerts';
import { Page } from '../ui/Page';
import { ServiceCapacityDialog } from './ServiceCapacityDialog';
import { ServiceFormDialog } from './ServiceFormDialog';
import { CapacityLine } from './ServiceParts';
import { useService } from './ServiceQueries';
import type { ServiceDetail } from './ServiceTypes';
import { useDirectoryWords } from './ServiceWords';

/** One service: what it offers and to whom, its capacity; its provider's staff edit it here. */
export function ServicePage(): ReactNode {
  const t = useT();
  const { serviceId = '' } = useParams();
  const service = useService(serviceId);

  if (service.isPending) return <Loading />;
  if (!service.data) {
    return (
      <Page title={t('directory.service.unknown')}>
        <ProblemNotice error={service.error} />
        <p>
          <Link to="/services">{t('directory.service.back')}</Link>
        </p>
      </Page>
    );
  }
  const item = service.data;
  return (
    <Page
      title={item.name}
      actions={
        item.canEdit ? (
          <>
            <ServiceCapacityDialog service={item} />
            <ServiceFormDialog existing={item} />
          </>
        ) : null
      }
    >
      <p>
        <Link to="/services">{t('directory.service.back')}</Link>
      </p>
      <ServiceFacts service={item} />
      <CapacitySection service={item} />
    </Page>
  );
}

function ServiceFacts({ service }: { readonly service: ServiceDetail }): ReactNode {
  const t = useT();
  const words = useDirectoryWords();
  const yesNo = (value: boolean): string => t(value ? 'common.yes' : 'common.no');
  const rows: readonly [string, ReactNode][] = [
    [
      t('directory.service.field.provider'),
      <Link key="provider" to={`/organisations/${service.organisation.id}`}>
        <bdi>{service.organisation.name}</bdi>
      </Link>,
    ],
    [t('directory.service.field.kind'), words.kind(service.kind)],
    [
      t('directory.service.field.status'),
      t(service.active ? 'directory.service.active' : 'directory.services.inactive'),
    ],
    [t('directory.service.field.description'), service.description ?? t('directory.none')],
    [t('directory.service.field.regions'), words.regions(service.regions)],
    [t('directory.service.field.who'), words.who(service)],
    [t('directory.service.field.languages'), words.languages(service.languages)],
    [t('directory.service.field.accessibility'), words.list(service.accessibility.map(words.disability))],
    [t('directory.service.field.lgbtiSafe'), yesNo(service.lgbtiSafe)],
    [t('directory.service.field.withoutStatus'), yesNo(service.acceptsWithoutStatus)],
    [t('directory.service.field.hours'), service.openingHours ?? t('directory.none')],
    [
      t('directory.service.field.phone'),
      service.contactPhone ? (
        <bdi key="phone" dir="ltr">
          {service.contactPhone}
        </bdi>
      ) : (
        t('directory.none')
      ),
    ],
    [
      t('directory.service.field.email'),
      service.contactEmail ? (
        <bdi key="email" dir="ltr">
          {service.contactEmail}
        </bdi>
      ) : (
        t('directory.none')
      ),
    ],
  ];
  return (
    <section className="section" aria-labelledby="service-facts">
      <h2 id="service-facts">{t('directory.service.facts')}</h2>
      <dl className="summary-list">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function CapacitySection({ service }: { readonly service: ServiceDetail }): ReactNode {
  const t = useT();
  const labels = useLabels();
  const none = t('directory.none');
  return (
    <section className="section" aria-labelledby="service-capacity">
      <h2 id="service-capacity">{t('directory.service.capacity.title')}</h2>
      <p>
        <CapacityLine capacity={service.capacity} />
      </p>
      <h3 id="service-capacity-history">{t('directory.service.capacity.history')}</h3>
      {service.capacityLog.length === 0 ? (
        <p>{t('directory.service.capacity.none')}</p>
      ) : (
        <div className="table-scroll">
          <Table aria-labelledby="service-capacity-history" className="table table-dense">
            <TableHeader>
              <Column isRowHeader>{t('directory.service.capacity.column.when')}</Column>
              <Column>{t('directory.service.capacity.column.free')}</Column>
              <Column>{t('directory.service.capacity.column.total')}</Column>
              <Column>{t('directory.service.capacity.column.waiting')}</Column>
            </TableHeader>
            <TableBody
              items={service.capacityLog.map((entry, index) => ({ ...entry, id: index }))}
              dependencies={[labels]}
            >
              {(entry) => (
                <Row id={entry.id}>
                  <Cell>
                    <FormattedDate value={entry.updatedAt} dateStyle="medium" timeStyle="short" />
                  </Cell>
                  <Cell>{entry.free === null ? none : <FormattedNumber value={entry.free} />}</Cell>
                  <Cell>{entry.total === null ? none : <FormattedNumber value={entry.total} />}</Cell>
                  <Cell>
                    {entry.waitingDays === null ? none : <FormattedNumber value={entry.waitingDays} />}
                  </Cell>
                </Row>
              )}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
