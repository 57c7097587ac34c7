import type { ReactNode } from 'react';
import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { FormattedDate } from 'react-intl';
import { Link } from 'react-router';
import { useT } from '../i18n/use-t';
import { ActionDialog } from '../ui/ActionDialog';
import { useActivateProfile } from './queries';
import type { ProfileVersionSummary } from './types';

export function versionPath(item: { readonly id: string; readonly version: number }): string {
  return `/nrm-rules/${encodeURIComponent(item.id)}/${item.version}`;
}

function StatusText({ item }: { readonly item: ProfileVersionSummary }): ReactNode {
  const t = useT();
  if (item.current) return <strong>{t('profiles.status.current')}</strong>;
  if (item.active) return t('profiles.status.superseded');
  if (item.newest) return t('profiles.status.available');
  return t('profiles.status.older');
}

/**
 * Every stored version, newest first within each profile. With `canActivate` (system
 * administrators), the newest version of a profile not in force can be put in force.
 */
export function ProfileHistory({
  items,
  canActivate,
  onActivated,
}: {
  readonly items: readonly ProfileVersionSummary[];
  readonly canActivate: boolean;
  readonly onActivated?: (item: ProfileVersionSummary) => void;
}): ReactNode {
  const t = useT();
  const activate = useActivateProfile();
  return (
    <div className="table-scroll">
      <Table aria-label={t('profiles.history.title')} className="table">
        <TableHeader>
          <Column isRowHeader>{t('profiles.history.profile')}</Column>
          <Column>{t('profiles.history.version')}</Column>
          <Column>{t('profiles.history.published')}</Column>
          <Column>{t('profiles.history.status')}</Column>
          <Column>{t('profiles.history.actions')}</Column>
        </TableHeader>
        <TableBody
          items={items.map((item) => ({ ...item, key: `${item.id}@${item.version}` }))}
          dependencies={[t]}
        >
          {(item) => (
            <Row id={item.key}>
              <Cell textValue={item.name}>
                <bdi>{item.name}</bdi>{' '}
                <span className="muted" dir="ltr">
                  ({item.id})
                </span>
              </Cell>
              <Cell>{item.version}</Cell>
              <Cell>
                <FormattedDate value={item.createdAt} dateStyle="medium" />
                {item.publishedBy ? (
                  <>
                    {' · '}
                    <bdi>{item.publishedBy.displayName}</bdi>
                  </>
                ) : (
                  <span className="muted"> · {t('profiles.history.shipped')}</span>
                )}
              </Cell>
              <Cell>
                <StatusText item={item} />
              </Cell>
              <Cell>
                <div className="button-row">
                  <Link
                    to={versionPath(item)}
                    aria-label={t('profiles.history.viewLabel', { name: item.name, version: item.version })}
                  >
                    {t('profiles.history.view')}
                  </Link>
                  {canActivate && item.newest && !item.active ? (
                    <ActionDialog
                      triggerLabel={t('profiles.activate.button')}
                      triggerClassName="button button-secondary button-small"
                      title={t('profiles.activate.title', { name: item.name })}
                      confirmLabel={t('profiles.activate.confirm')}
                      action={() => activate.mutateAsync(item.id)}
                      onDone={() => onActivated?.(item)}
                    >
                      <p>{t('profiles.activate.explain', { name: item.name, version: item.version })}</p>
                    </ActionDialog>
                  ) : null}
                </div>
              </Cell>
            </Row>
          )}
        </TableBody>
      </Table>
    </div>
  );
}
