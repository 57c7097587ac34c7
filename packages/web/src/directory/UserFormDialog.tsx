import { type Role, SUPPORTED_LOCALES, type SupportedLocale } from '@opennrm/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { Button, Dialog, Form, Heading, Modal } from 'react-aria-components';
import { api } from '../api/client';
import type { ManagedUser, NewUserInput, UserUpdate } from '../api/types';
import { useLabels } from '../i18n/labels';
import { languageEndonym } from '../i18n/names';
import { useT } from '../i18n/use-t';
import { usePermissions } from '../session/permissions';
import { ProblemNotice } from '../ui/Alerts';
import { ErrorSummary } from '../ui/ErrorSummary';
import { Checkboxes, SelectInput, SingleCheckbox, TextInput } from '../ui/fields';
import {
  type FieldErrors,
  fieldId,
  hasErrors,
  isFieldProblem,
  problemFieldNames,
  summaryItems,
} from '../ui/form-errors';
import { assignableRoles } from './role-options';
import { TemporaryPassword } from './TemporaryPassword';

const FORM = 'user';
type Field = 'email' | 'displayName' | 'roles' | 'locale';
const FIELDS: readonly Field[] = ['email', 'displayName', 'roles', 'locale'];

type Created = { readonly user: ManagedUser; readonly temporaryPassword: string };

function sameRoles(a: readonly Role[], b: readonly Role[]): boolean {
  return a.length === b.length && a.every((role) => b.includes(role));
}

/** Only what was changed, so that an unchanged role list does not count as a role change. */
function changes(
  existing: ManagedUser,
  next: { displayName: string; roles: Role[]; locale: SupportedLocale; disabled: boolean },
): UserUpdate {
  return {
    ...(next.displayName !== existing.displayName ? { displayName: next.displayName } : {}),
    ...(sameRoles(next.roles, existing.roles) ? {} : { roles: next.roles }),
    ...(next.locale !== existing.locale ? { locale: next.locale } : {}),
    ...(next.disabled !== existing.disabled ? { disabled: next.disabled } : {}),
  };
}

/**
 * Create an account in an organisation (`existing` absent), or change one: name, roles,
 * language, disabled. A new account gets a temporary password, shown once.
 */
export function UserFormDialog({
  organisationId,
  existing,
  isOpen,
  onClose,
}: {
  readonly organisationId: string;
  readonly existing?: ManagedUser;
  readonly isOpen: boolean;
  readonly onClose: () => void;
}): ReactNode {
  const t = useT();
  return (
    <Modal className="modal" isOpen={isOpen} onOpenChange={(open) => !open && onClose()} isDismissable>
      <Dialog className="dialog dialog-wide">
        <Heading slot="title" className="dialog-title">
          {existing ? t('users.edit.title', { name: existing.displayName }) : t('users.create.title')}
        </Heading>
        <UserForm organisationId={organisationId} existing={existing} onClose={onClose} />
      </Dialog>
    </Modal>
  );
}

function UserForm({
  organisationId,
  existing,
  onClose,
}: {
  readonly organisationId: string;
  readonly existing: ManagedUser | undefined;
  readonly onClose: () => void;
}): ReactNode {
  const t = useT();
  const labels = useLabels();
  const queryClient = useQueryClient();
  const { actor } = usePermissions();
  const [email, setEmail] = useState(existing?.email ?? '');
  const [displayName, setDisplayName] = useState(existing?.displayName ?? '');
  const [roles, setRoles] = useState<Role[]>(existing ? [...existing.roles] : []);
  const [locale, setLocale] = useState<SupportedLocale>(existing?.locale ?? 'en');
  const [disabled, setDisabled] = useState(existing?.disabled ?? false);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [created, setCreated] = useState<Created | null>(null);

  const roleOptions = assignableRoles(actor).map((role) => ({ id: role, label: labels.role(role) }));
  const localeOptions = SUPPORTED_LOCALES.map((code) => ({
    id: code,
    label: languageEndonym(code),
    lang: code,
  }));

  const save = useMutation({
    mutationFn: async (): Promise<Created | ManagedUser> => {
      if (existing) {
        const body = changes(existing, { displayName: displayName.trim(), roles, locale, disabled });
        // Sending unchanged roles would still end the user's sessions on the server.
        if (Object.keys(body).length === 0) return existing;
        return api.patch<ManagedUser>(`/api/users/${encodeURIComponent(existing.id)}`, body);
      }
      const body: NewUserInput = { email: email.trim(), displayName: displayName.trim(), roles, locale };
      return api.post<Created>(`/api/organisations/${encodeURIComponent(organisationId)}/users`, body);
    },
    onSuccess: (result) => {
      void queryClient.invalidateQueries({ queryKey: ['organisation-users', organisationId] });
      void queryClient.invalidateQueries({ queryKey: ['organisation', organisationId] });
      if ('temporaryPassword' in result) setCreated(result);
      else onClose();
    },
    onError: (error) => {
      const next: FieldErrors<Field> = {};
      for (const name of problemFieldNames(error)) {
        if (name === 'email') next.email = t('users.emailTaken');
        else if ((FIELDS as readonly string[]).includes(name)) next[name as Field] = t('form.invalidValue');
      }
      setErrors(next);
    },
  });

  if (created) {
    return (
      <>
        <TemporaryPassword password={created.temporaryPassword} name={created.user.displayName} />
        <div className="button-row">
          <Button className="button button-primary" onPress={onClose} autoFocus>
            {t('common.done')}
          </Button>
        </div>
      </>
    );
  }

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const next: FieldErrors<Field> = {};
    if (!existing) {
      if (email.trim().length === 0) next.email = t('users.emailRequired');
      else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) next.email = t('users.emailInvalid');
    }
    if (displayName.trim().length === 0) next.displayName = t('users.nameRequired');
    if (roles.length === 0) next.roles = t('users.rolesRequired');
    setErrors(next);
    if (hasErrors(next)) return;
    save.mutate();
  };

  return (
    <>
      <ErrorSummary items={summaryItems(FORM, errors, FIELDS)} />
      {isFieldProblem(save.error, FIELDS) ? null : <ProblemNotice error={save.error} />}
      <Form className="form" onSubmit={submit} validationBehavior="aria">
        {existing ? null : (
          <TextInput
            id={fieldId(FORM, 'email')}
            name="email"
            type="email"
            inputMode="email"
            autoComplete="off"
            label={t('users.email')}
            value={email}
            onChange={setEmail}
            error={errors.email}
            maxLength={254}
            isRequired
            ltr
          />
        )}
        <TextInput
          id={fieldId(FORM, 'displayName')}
          name="displayName"
          autoComplete="off"
          label={t('users.name')}
          value={displayName}
          onChange={setDisplayName}
          error={errors.displayName}
          maxLength={120}
          isRequired
        />
        <Checkboxes
          id={fieldId(FORM, 'roles')}
          name="roles"
          label={t('users.roles')}
          description={t('users.rolesHint')}
          options={roleOptions}
          value={roles}
          onChange={setRoles}
          error={errors.roles}
          isRequired
        />
        <SelectInput
          id={fieldId(FORM, 'locale')}
          name="locale"
          label={t('users.locale')}
          options={localeOptions}
          value={locale}
          onChange={setLocale}
          error={errors.locale}
          placeholder={t('common.choose')}
        />
        {existing ? (
          <SingleCheckbox
            name="disabled"
            label={t('users.disabledLabel')}
            isSelected={disabled}
            onChange={setDisabled}
          />
        ) : null}
        <div className="button-row">
          <Button type="submit" className="button button-primary" isDisabled={save.isPending}>
            {t(existing ? 'common.saveChanges' : 'users.create.submit')}
          </Button>
          <Button className="button button-secondary" onPress={onClose}>
            {t('common.cancel')}
          </Button>
        </div>
      </Form>
    </>
  );
}
