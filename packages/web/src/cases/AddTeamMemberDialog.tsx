import { CONSENT_BASED_PURPOSES, type ConsentBasedPurpose, type OrganisationKind } from '@opennrm/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { Button, Dialog, DialogTrigger, Form, Heading, Modal } from 'react-aria-components';
import { useLabels } from '../i18n/labels';
import { useT } from '../i18n/use-t';
import { usePermissions } from '../session/permissions';
import { Loading, Notice, ProblemNotice } from '../ui/Alerts';
import { ErrorSummary } from '../ui/ErrorSummary';
import { SelectInput } from '../ui/fields';
import { type FieldErrors, fieldId, summaryItems } from '../ui/form-errors';
import { useCaseFileMutations, useCaseSections, useTeamCandidates } from './case-file-queries';
import { useCaseFileWords } from './case-file-words';
import './case-file.css';

const FORM = 'add-team-member';
type Field = 'organisation' | 'purpose';

/**
 * "Add an organisation" to the case team: only organisations the person consented to
 * share with (for a child: as the guardian or child protection decides) can be chosen;
 * the others are listed with the reason they cannot be added yet.
 */
export function AddTeamMember({ caseId }: { readonly caseId: string }): ReactNode {
  const t = useT();
  const permissions = usePermissions();
  const sections = useCaseSections(caseId);
  const [isOpen, setOpen] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  if (!permissions.canSome('case', 'update') || !sections.data?.mayManageTeam) return null;
  return (
    <>
      {added ? (
        <Notice tone="success">
          <p>{t('caseFile.team.added', { organisation: added })}</p>
        </Notice>
      ) : null}
      <DialogTrigger isOpen={isOpen} onOpenChange={setOpen}>
        <Button className="button button-secondary">{t('caseFile.team.add')}</Button>
        <Modal className="modal" isDismissable>
          <Dialog className="dialog dialog-wide">
            <Heading slot="title" className="dialog-title">
              {t('caseFile.team.addTitle')}
            </Heading>
            <AddTeamMemberForm
              caseId={caseId}
              onCancel={() => setOpen(false)}
              onAdded={(name) => {
                setAdded(name);
                setOpen(false);
              }}
            />
          </Dialog>
        </Modal>
      </DialogTrigger>
    </>
  );
}

function AddTeamMemberForm({
  caseId,
  onCancel,
  onAdded,
}: {
  readonly caseId: string;
  readonly onCancel: () => void;
  readonly onAdded: (organisationName: string) => void;
}): ReactNode {
  const t = useT();
  const labels = useLabels();
  const words = useCaseFileWords();
  const candidates = useTeamCandidates(caseId, true);
  const { addToTeam } = useCaseFileMutations(caseId);
  const [organisation, setOrganisation] = useState<string | null>(null);
  const [purpose, setPurpose] = useState<ConsentBasedPurpose | null>(null);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  if (candidates.isPending) return <Loading />;
  if (!candidates.data) return <ProblemNotice error={candidates.error} />;
  const addable = candidates.data.items.filter((c) => c.addable);
  const others = candidates.data.items.filter((c) => !c.addable);
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const found: FieldErrors<Field> = {};
    if (!organisation) found.organisation = t('caseFile.team.organisationError');
    if (!purpose) found.purpose = t('caseFile.team.purposeError');
    setErrors(found);
    if (!organisation || !purpose) return;
    const name = addable.find((c) => c.organisation.id === organisation)?.organisation.name ?? '';
    addToTeam.mutate({ organisationId: organisation, purpose }, { onSuccess: () => onAdded(name) });
  };
  return (
    <Form className="form" onSubmit={submit} validationBehavior="aria">
      <p>{t('caseFile.team.addIntro')}</p>
      <ErrorSummary items={summaryItems(FORM, errors, ['organisation', 'purpose'])} />
      {addable.length > 0 ? (
        <>
          <SelectInput<string>
            id={fieldId(FORM, 'organisation')}
            name="organisation"
            label={t('caseFile.team.organisation')}
            placeholder={t('common.choose')}
            options={addable.map((c) => ({
              id: c.organisation.id,
              label: `${c.organisation.name} (${labels.organisationKind(c.organisation.kind as OrganisationKind)})`,
            }))}
            value={organisation}
            onChange={setOrganisation}
            error={errors.organisation}
          />
          <SelectInput<ConsentBasedPurpose>
            id={fieldId(FORM, 'purpose')}
            name="purpose"
            label={t('caseFile.team.purpose')}
            placeholder={t('common.choose')}
            options={CONSENT_BASED_PURPOSES.map((p) => ({ id: p, label: words.purpose(p) }))}
            value={purpose}
            onChange={setPurpose}
            error={errors.purpose}
          />
        </>
      ) : (
        <Notice tone="info" live="off">
          <p>{t('caseFile.team.noneAddable')}</p>
        </Notice>
      )}
      {others.length > 0 ? (
        <details>
          <summary>{t('caseFile.team.whyNot')}</summary>
          <ul className="plain-list">
            {others.map((c) => (
              <li key={c.organisation.id}>
                <bdi>
                  {words.message(`caseFile.reason.${c.reason ?? 'consent_required'}`, {
                    organisation: c.organisation.name,
                  })}
                </bdi>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <ProblemNotice error={addToTeam.error} />
      <div className="button-row">
        {addable.length > 0 ? (
          <Button type="submit" className="button button-primary" isDisabled={addToTeam.isPending}>
            {t('caseFile.team.confirm')}
          </Button>
        ) : null}
        <Button className="button button-secondary" onPress={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </Form>
  );
}
