import { WITHHOLDING_GROUNDS, type WithholdingGround } from '@opennrm/core';
import { type ReactNode, useState } from 'react';
import { Button } from 'react-aria-components';
import { FormattedDate, useIntl } from 'react-intl';
import { useT } from '../i18n/use-t';
import { Notice } from '../ui/Alerts';
import { TextInput } from '../ui/fields';
import { type FieldErrors, fieldId, hasErrors, summaryItems } from '../ui/form-errors';
import { RadioInput, TextAreaInput } from './fields';
import { FormDialog } from './parts';
import { useDecisionAction } from './queries';
import type { RecoveryPeriodRecord } from './types';
import { useDecisionWords } from './words';

/**
 * The recovery and reflection period as a clock: days left of the total, the dates, the
 * "no removal" protection in plain words, extensions and any withholding; the competent
 * authority extends or withholds it from here.
 */
export function RecoveryPeriodPanel({
  caseId,
  period,
  mayManage,
}: {
  readonly caseId: string;
  readonly period: RecoveryPeriodRecord;
  readonly mayManage: boolean;
}): ReactNode {
  const t = useT();
  const intl = useIntl();
  const words = useDecisionWords();
  const [dialog, setDialog] = useState<'extend' | 'withhold' | null>(null);
  const running = period.status === 'running';
  const headline = !running
    ? t('decisions.period.endedText', { total: period.totalDays })
    : period.daysLeft === 0
      ? t('decisions.period.lastDay', { total: period.totalDays })
      : t('decisions.period.daysLeft', { left: period.daysLeft, total: period.totalDays });
  const changeable = mayManage && period.status !== 'withheld';

  return (
    <section className="recovery-clock" aria-labelledby="recovery-period-title">
      <h3 id="recovery-period-title">
        {t('decisions.period.title')}: {words.periodStatus(period.status)}
      </h3>
      <p className="recovery-clock-headline">{headline}</p>
      {running ? (
        <meter
          className="recovery-meter"
          min={0}
          max={period.totalDays}
          value={period.daysLeft}
          aria-label={t('decisions.period.meter')}
          aria-valuetext={headline}
        />
      ) : null}
      <dl className="summary-list">
        <div>
          <dt>{t('decisions.period.starts')}</dt>
          <dd>
            <FormattedDate value={period.startsAt} dateStyle="long" timeZone={period.timeZone} />
          </dd>
        </div>
        <div>
          <dt>{t('decisions.period.ends')}</dt>
          <dd>
            <FormattedDate value={period.endsAt} dateStyle="long" timeZone={period.timeZone} />
          </dd>
        </div>
        <div>
          <dt>{t('decisions.period.length')}</dt>
          <dd>
            {period.extendedDays > 0
              ? t('decisions.period.lengthValue', {
                  minimum: period.minimumDays,
                  extended: period.extendedDays,
                })
              : t('decisions.period.lengthBase', { minimum: period.minimumDays })}
          </dd>
        </div>
      </dl>
      {period.noRemoval ? (
        <Notice tone="success" live="off" title={t('decisions.period.noRemoval.title')}>
          <p>{t('decisions.period.noRemoval.text')}</p>
        </Notice>
      ) : (
        <p>{t('decisions.period.removalEnded')}</p>
      )}
      {period.withheld ? (
        <Notice tone="attention" live="off" title={t('decisions.period.withheldTitle')}>
          <p>
            {t('decisions.period.withheldText', {
              date: intl.formatDate(period.withheld.at, { dateStyle: 'long' }),
              name: period.withheld.by.name,
              ground: words.ground(period.withheld.ground),
            })}
          </p>
          <p className="reasons" dir="auto">
            {period.withheld.reason}
          </p>
        </Notice>
      ) : null}
      <h4>{t('decisions.period.extensions')}</h4>
      {period.extensions.length === 0 ? (
        <p>{t('decisions.period.noExtensions')}</p>
      ) : (
        <ul className="plain-list">
          {period.extensions.map((extension) => (
            <li key={extension.id}>
              <p>
                {t('decisions.period.extensionItem', {
                  days: extension.days,
                  date: intl.formatDate(extension.grantedAt, { dateStyle: 'long' }),
                  name: extension.grantedBy.name,
                })}
              </p>
              <p className="reasons" dir="auto">
                {extension.reason}
              </p>
            </li>
          ))}
        </ul>
      )}
      {changeable ? (
        <div className="button-row">
          <Button className="button button-secondary" onPress={() => setDialog('extend')}>
            {t('decisions.extend.button')}
          </Button>
          {running ? (
            <Button className="button button-quiet" onPress={() => setDialog('withhold')}>
              {t('decisions.withhold.button')}
            </Button>
          ) : null}
        </div>
      ) : null}
      <ExtendDialog
        caseId={caseId}
        periodId={period.id}
        isOpen={dialog === 'extend'}
        onClose={() => setDialog(null)}
      />
      <WithholdDialog
        caseId={caseId}
        periodId={period.id}
        isOpen={dialog === 'withhold'}
        onClose={() => setDialog(null)}
      />
    </section>
  );
}

type ExtendField = 'days' | 'reason';

function ExtendDialog(props: {
  readonly caseId: string;
  readonly periodId: string;
  readonly isOpen: boolean;
  readonly onClose: () => void;
}): ReactNode {
  const t = useT();
  const action = useDecisionAction(props.caseId);
  const [days, setDays] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors<ExtendField>>({});
  const form = 'extend';

  const submit = (): void => {
    const next: FieldErrors<ExtendField> = {};
    const count = Number(days.trim());
    if (!/^\d{1,3}$/.test(days.trim()) || count < 1 || count > 365)
      next.days = t('decisions.extend.daysInvalid');
    if (reason.trim().length === 0) next.reason = t('decisions.extend.reasonRequired');
    setErrors(next);
    if (hasErrors(next)) return;
    action.mutate(
      { kind: 'extend', periodId: props.periodId, days: count, reason: reason.trim() },
      {
        onSuccess: () => {
          setDays('');
          setReason('');
          props.onClose();
        },
      },
    );
  };

  return (
    <FormDialog
      isOpen={props.isOpen}
      onClose={() => {
        action.reset();
        props.onClose();
      }}
      title={t('decisions.extend.title')}
      errors={summaryItems(form, errors, ['days', 'reason'])}
      problem={action.error}
      pending={action.isPending}
      submitLabel={t('decisions.extend.submit')}
      onSubmit={submit}
    >
      <TextInput
        id={fieldId(form, 'days')}
        name="days"
        label={t('decisions.extend.days')}
        value={days}
        onChange={setDays}
        error={errors.days}
        inputMode="numeric"
        maxLength={3}
        isRequired
      />
      <TextAreaInput
        id={fieldId(form, 'reason')}
        name="reason"
        label={t('decisions.extend.reason')}
        description={t('decisions.extend.reasonHint')}
        value={reason}
        onChange={setReason}
        error={errors.reason}
        isRequired
      />
    </FormDialog>
  );
}

type WithholdField = 'ground' | 'reason';

function WithholdDialog(props: {
  readonly caseId: string;
  readonly periodId: string;
  readonly isOpen: boolean;
  readonly onClose: () => void;
}): ReactNode {
  const t = useT();
  const words = useDecisionWords();
  const action = useDecisionAction(props.caseId);
  const [ground, setGround] = useState<WithholdingGround | null>(null);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors<WithholdField>>({});
  const form = 'withhold';

  const submit = (): void => {
    const next: FieldErrors<WithholdField> = {};
    if (!ground) next.ground = t('decisions.withhold.groundRequired');
    if (reason.trim().length === 0) next.reason = t('decisions.withhold.reasonRequired');
    setErrors(next);
    if (hasErrors(next) || !ground) return;
    action.mutate(
      { kind: 'withhold', periodId: props.periodId, ground, reason: reason.trim() },
      {
        onSuccess: () => {
          setGround(null);
          setReason('');
          props.onClose();
        },
      },
    );
  };

  return (
    <FormDialog
      isOpen={props.isOpen}
      onClose={() => {
        action.reset();
        props.onClose();
      }}
      title={t('decisions.withhold.title')}
      intro={<p>{t('decisions.withhold.intro')}</p>}
      errors={summaryItems(form, errors, ['ground', 'reason'])}
      problem={action.error}
      pending={action.isPending}
      submitLabel={t('decisions.withhold.submit')}
      onSubmit={submit}
    >
      <RadioInput
        id={fieldId(form, 'ground')}
        name="ground"
        label={t('decisions.withhold.ground')}
        options={WITHHOLDING_GROUNDS.map((value) => ({ id: value, label: words.ground(value) }))}
        value={ground}
        onChange={setGround}
        error={errors.ground}
        isRequired
      />
      <TextAreaInput
        id={fieldId(form, 'reason')}
        name="reason"
        label={t('decisions.withhold.reason')}
        value={reason}
        onChange={setReason}
        error={errors.reason}
        isRequired
      />
    </FormDialog>
  );
}
