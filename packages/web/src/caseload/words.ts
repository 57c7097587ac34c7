import {
  ACTION_STATUSES,
  type ActionStatus,
  isCaseStage,
  NEED_DOMAINS,
  type NeedDomain,
  SERVICE_KINDS,
  type ServiceKind,
} from '@opennrm/core';
import { useMemo } from 'react';
import { useAssistanceWords } from '../assistance/words';
import { useDirectoryWords } from '../directory/ServiceWords';
import { useLabels } from '../i18n/labels';

const isNeedDomain = (value: string): value is NeedDomain =>
  (NEED_DOMAINS as readonly string[]).includes(value);
const isActionStatus = (value: string): value is ActionStatus =>
  (ACTION_STATUSES as readonly string[]).includes(value);
const isServiceKind = (value: string): value is ServiceKind =>
  (SERVICE_KINDS as readonly string[]).includes(value);

export type CaseloadWords = {
  readonly domain: (code: string) => string;
  readonly actionStatus: (code: string) => string;
  readonly serviceKind: (code: string) => string;
  readonly stage: (code: string) => string;
};

/**
 * Words for the codes the work lists carry, borrowed from the modules that own them
 * (assistance: need domains and action statuses; directory: service kinds). A code a
 * later version adds is shown as it is rather than breaking the list.
 */
export function useCaseloadWords(): CaseloadWords {
  const assistance = useAssistanceWords();
  const directory = useDirectoryWords();
  const labels = useLabels();
  return useMemo(
    () => ({
      domain: (code) => (isNeedDomain(code) ? assistance.domain(code) : code),
      actionStatus: (code) => (isActionStatus(code) ? assistance.actionStatus(code) : code),
      serviceKind: (code) => (isServiceKind(code) ? directory.kind(code) : code),
      stage: (code) => (isCaseStage(code) ? labels.stage(code) : code),
    }),
    [assistance, directory, labels],
  );
}

/** A calendar date ('YYYY-MM-DD') as a Date to format: noon UTC, so no time zone moves the day. */
export function calendarDate(value: string): Date {
  return new Date(`${value}T12:00:00Z`);
}

/**
 * A case reference as typed, reduced to what references are made of — and only when it
 * has a digit, as every reference does: a name typed by mistake never reaches the URL.
 */
export function referenceQuery(typed: string): string {
  const cleaned = typed
    .trim()
    .toUpperCase()
    .replace(/[^A-Z0-9-]/g, '')
    .slice(0, 40);
  return /\d/.test(cleaned) ? cleaned : '';
}
