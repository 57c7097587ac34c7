import { ACTION_STATUSES, NEED_DOMAINS, SERVICE_KINDS_FOR_NEED } from '@opennrm/core';
import type { ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { useT } from '../i18n/use-t';
import { type Option, SelectInput } from '../ui/fields';
import { ChoiceGroup, DateInput, LongText } from './fields';
import { type ActionDraft, actionField } from './plan-draft';
import type { DirectoryService } from './types';
import { useAssistanceWords } from './words';

const NO_SERVICE = 'none';

/** One action of the plan being written: what, who owns it, which service, by when, how far. */
export function PlanActionFields({
  action,
  index,
  count,
  owners,
  services,
  errors,
  onChange,
  onMove,
  onRemove,
}: {
  readonly action: ActionDraft;
  readonly index: number;
  readonly count: number;
  readonly owners: readonly Option<string>[];
  /** Services of the directory, or null when the directory could not be reached. */
  readonly services: readonly DirectoryService[] | null;
  readonly errors: Readonly<Record<string, string>>;
  readonly onChange: (patch: Partial<ActionDraft>) => void;
  readonly onMove: (by: -1 | 1) => void;
  readonly onRemove: () => void;
}): ReactNode {
  const t = useT();
  const words = useAssistanceWords();
  const field = (name: string): string => actionField(action.key, name);
  const headingId = field('heading');
  const fitting = services
    ? services.filter(
        (s) =>
          s.id === action.serviceId ||
          (action.domain !== null &&
            (SERVICE_KINDS_FOR_NEED[action.domain] as readonly string[]).includes(s.kind)),
      )
    : [];
  const number = index + 1;

  return (
    <section className="assistance-action" aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1}>
        {t('assistance.planPage.actionHeading', { number })}
        {action.carriedFromId ? ` — ${t('assistance.planPage.carried')}` : ''}
      </h3>
      <div className="assistance-action-fields">
        <SelectInput
          id={field('domain')}
          name={`action-${number}-domain`}
          label={t('assistance.action.domain')}
          placeholder={t('assistance.planPage.choose')}
          options={NEED_DOMAINS.map((d) => ({ id: d, label: words.domain(d) }))}
          value={action.domain}
          onChange={(domain) => onChange({ domain })}
          error={errors[field('domain')]}
          isRequired
        />
        <LongText
          id={field('description')}
          name={`action-${number}-description`}
          label={t('assistance.action.description')}
          value={action.description}
          onChange={(description) => onChange({ description })}
          error={errors[field('description')]}
          rows={2}
          maxLength={2_000}
          isRequired
        />
        <SelectInput
          id={field('ownerOrganisationId')}
          name={`action-${number}-owner`}
          label={t('assistance.action.owner')}
          description={t('assistance.planPage.ownerHint')}
          placeholder={t('assistance.planPage.choose')}
          options={owners}
          value={action.ownerOrganisationId}
          onChange={(ownerOrganisationId) =>
            // A named staff member belongs to the owner organisation: a new owner drops them.
            onChange({
              ownerOrganisationId,
              ...(ownerOrganisationId !== action.ownerOrganisationId ? { ownerUser: null } : {}),
            })
          }
          error={errors[field('ownerOrganisationId')]}
          isRequired
        />
        {action.ownerUser ? (
          <p>
            {t('assistance.planPage.namedOwner')} <bdi>{action.ownerUser.name}</bdi>{' '}
            <Button
              className="button button-quiet button-small"
              onPress={() => onChange({ ownerUser: null })}
            >
              {t('assistance.planPage.removeNamedOwner')}
            </Button>
          </p>
        ) : null}
        {services === null ? (
          <p className="muted">{t('assistance.planPage.noDirectory')}</p>
        ) : (
          <SelectInput
            id={field('serviceId')}
            name={`action-${number}-service`}
            label={t('assistance.action.service')}
            description={t('assistance.planPage.serviceHint')}
            placeholder={t('assistance.planPage.choose')}
            options={[
              { id: NO_SERVICE, label: t('assistance.planPage.noService') },
              ...fitting.map((s) => ({ id: s.id, label: `${s.name} — ${s.organisation.name}` })),
            ]}
            value={action.serviceId ?? NO_SERVICE}
            onChange={(id) => onChange({ serviceId: id === NO_SERVICE ? null : id })}
            error={errors[field('serviceId')]}
          />
        )}
        <DateInput
          id={field('dueOn')}
          name={`action-${number}-due`}
          label={t('assistance.action.due')}
          value={action.dueOn}
          onChange={(dueOn) => onChange({ dueOn })}
          error={errors[field('dueOn')]}
        />
        <ChoiceGroup
          id={field('status')}
          name={`action-${number}-status`}
          label={t('assistance.action.status')}
          options={ACTION_STATUSES.map((s) => ({ id: s, label: words.actionStatus(s) }))}
          value={action.status}
          onChange={(status) => onChange({ status })}
          error={errors[field('status')]}
          inline
        />
        <div className="button-row">
          <Button
            className="button button-secondary button-small"
            isDisabled={index === 0}
            onPress={() => onMove(-1)}
          >
            {t('assistance.planPage.moveUp', { number })}
          </Button>
          <Button
            className="button button-secondary button-small"
            isDisabled={index === count - 1}
            onPress={() => onMove(1)}
          >
            {t('assistance.planPage.moveDown', { number })}
          </Button>
          <Button className="button button-quiet button-small" onPress={onRemove}>
            {t('assistance.planPage.removeAction', { number })}
          </Button>
        </div>
      </div>
    </section>
  );
}
