import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import {
  Button,
  Cell,
  Column,
  Menu,
  MenuItem,
  MenuTrigger,
  Popover,
  Row,
  Table,
  TableBody,
  TableHeader,
} from 'react-aria-components';
import { FormattedDate } from 'react-intl';
import { api } from '../api/client';
import type { ManagedUser } from '../api/types';
import { useLabels } from '../i18n/labels';
import { useT } from '../i18n/use-t';
import { usePermissions } from '../session/permissions';
import { ConfirmModal } from '../ui/ActionDialog';
import { Loading, ProblemNotice } from '../ui/Alerts';
import { ChevronIcon } from '../ui/icons';
import { Pagination } from '../ui/Pagination';
import { isLocked, useOrganisationUsers } from './queries';
import { TemporaryPassword } from './TemporaryPassword';
import { UserFormDialog } from './UserFormDialog';

const PAGE_SIZE = 25;

type UserAction = 'edit' | 'reset-password' | 'reset-mfa' | 'unlock';
type Active =
  | { readonly action: UserAction; readonly user: ManagedUser }
  | { readonly action: 'create' }
  | null;

/** The staff accounts of one organisation, with what an administrator may do to each. */
export function UsersPanel({
  organisationId,
  headingId,
}: {
  readonly organisationId: string;
  readonly headingId: string;
}): ReactNode {
  const t = useT();
  const labels = useLabels();
  const queryClient = useQueryClient();
  const permissions = usePermissions();
  const [page, setPage] = useState(1);
  const [active, setActive] = useState<Active>(null);
  const users = useOrganisationUsers(organisationId, page, PAGE_SIZE);
  const canCreate = permissions.canInOrganisation('user', 'create', organisationId);
  const canUpdate = permissions.canInOrganisation('user', 'update', organisationId);
  const canManage = permissions.canInOrganisation('user', 'manage', organisationId);
  const refresh = (): void =>
    void queryClient.invalidateQueries({ queryKey: ['organisation-users', organisationId] });
  const close = (): void => setActive(null);

  const status = (user: ManagedUser): string => {
    if (user.disabled) return t('users.status.disabled');
    if (isLocked(user)) return t('users.status.locked');
    return t('users.status.active');
  };

  return (
    <>
      {canCreate ? (
        <Button className="button button-primary" onPress={() => setActive({ action: 'create' })}>
          {t('users.create')}
        </Button>
      ) : null}
      <ProblemNotice error={users.error} />
      {users.isPending ? <Loading /> : null}
      {users.data ? (
        <>
          <div className="table-scroll">
            <Table aria-labelledby={headingId} className="table">
              <TableHeader>
                <Column isRowHeader>{t('users.column.name')}</Column>
                <Column>{t('users.column.email')}</Column>
                <Column>{t('users.column.roles')}</Column>
                <Column>{t('users.column.status')}</Column>
                <Column>{t('users.column.mfa')}</Column>
                <Column>{t('users.column.lastLogin')}</Column>
                <Column>{t('users.column.actions')}</Column>
              </TableHeader>
              <TableBody
                items={users.data.items}
                dependencies={[t, labels, canUpdate, canManage]}
                renderEmptyState={() => <p className="table-empty">{t('users.empty')}</p>}
              >
                {(user) => (
                  <Row id={user.id}>
                    <Cell>
                      <bdi>{user.displayName}</bdi>
                    </Cell>
                    <Cell>
                      <span dir="ltr" className="ltr-value">
                        {user.email}
                      </span>
                    </Cell>
                    <Cell>{labels.list(user.roles.map(labels.role))}</Cell>
                    <Cell>{status(user)}</Cell>
                    <Cell>{t(user.mfaEnrolled ? 'users.mfa.enrolled' : 'users.mfa.notEnrolled')}</Cell>
                    <Cell>
                      {user.lastLoginAt ? (
                        <FormattedDate value={user.lastLoginAt} dateStyle="medium" timeStyle="short" />
                      ) : (
                        t('users.neverSignedIn')
                      )}
                    </Cell>
                    <Cell>
                      {canUpdate || canManage ? (
                        <MenuTrigger>
                          <Button
                            className="button button-quiet button-small"
                            aria-label={t('users.actionsFor', { name: user.displayName })}
                          >
                            {t('users.actions')}
                            <ChevronIcon />
                          </Button>
                          <Popover className="popover" placement="bottom end">
                            <Menu
                              className="menu"
                              onAction={(key) => setActive({ action: key as UserAction, user })}
                            >
                              {canUpdate ? (
                                <MenuItem id="edit" className="menu-item">
                                  {t('users.action.edit')}
                                </MenuItem>
                              ) : null}
                              {canManage ? (
                                <MenuItem id="reset-password" className="menu-item">
                                  {t('users.action.resetPassword')}
                                </MenuItem>
                              ) : null}
                              {canManage ? (
                                <MenuItem id="reset-mfa" className="menu-item">
                                  {t('users.action.resetMfa')}
                                </MenuItem>
                              ) : null}
                              {canManage && isLocked(user) ? (
                                <MenuItem id="unlock" className="menu-item">
                                  {t('users.action.unlock')}
                                </MenuItem>
                              ) : null}
                            </Menu>
                          </Popover>
                        </MenuTrigger>
                      ) : null}
                    </Cell>
                  </Row>
                )}
              </TableBody>
            </Table>
          </div>
          <Pagination
            label={t('users.pagination')}
            page={users.data.page}
            pageSize={users.data.pageSize}
            total={users.data.total}
            onPageChange={setPage}
          />
        </>
      ) : null}

      <UserFormDialog organisationId={organisationId} isOpen={active?.action === 'create'} onClose={close} />
      {active && active.action !== 'create' ? (
        <UserActionDialogs active={active} organisationId={organisationId} onClose={close} onDone={refresh} />
      ) : null}
    </>
  );
}

function UserActionDialogs({
  active,
  organisationId,
  onClose,
  onDone,
}: {
  readonly active: { readonly action: UserAction; readonly user: ManagedUser };
  readonly organisationId: string;
  readonly onClose: () => void;
  readonly onDone: () => void;
}): ReactNode {
  const t = useT();
  const { user } = active;
  const path = `/api/users/${encodeURIComponent(user.id)}`;
  switch (active.action) {
    case 'edit':
      return <UserFormDialog organisationId={organisationId} existing={user} isOpen onClose={onClose} />;
    case 'reset-password':
      return (
        <ConfirmModal
          isOpen
          onClose={onClose}
          onDone={onDone}
          title={t('users.resetPassword.title', { name: user.displayName })}
          confirmLabel={t('users.action.resetPassword')}
          action={() => api.post<{ temporaryPassword: string }>(`${path}/reset-password`)}
          result={(value) => <TemporaryPassword password={value.temporaryPassword} name={user.displayName} />}
        >
          <p>{t('users.resetPassword.body')}</p>
        </ConfirmModal>
      );
    case 'reset-mfa':
      return (
        <ConfirmModal
          isOpen
          onClose={onClose}
          onDone={onDone}
          title={t('users.resetMfa.title', { name: user.displayName })}
          confirmLabel={t('users.action.resetMfa')}
          action={() => api.post<void>(`${path}/reset-mfa`)}
        >
          <p>{t('users.resetMfa.body')}</p>
        </ConfirmModal>
      );
    case 'unlock':
      return (
        <ConfirmModal
          isOpen
          onClose={onClose}
          onDone={onDone}
          title={t('users.unlock.title', { name: user.displayName })}
          confirmLabel={t('users.action.unlock')}
          action={() => api.post<void>(`${path}/unlock`)}
        >
          <p>{t('users.unlock.body')}</p>
        </ConfirmModal>
      );
    default: {
      const unreachable: never = active.action;
      return unreachable;
    }
  }
}
