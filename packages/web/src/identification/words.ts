import type {
  ChildStatus,
  DimensionLevel,
  IndicatorStrength,
  OverallReading,
  QuestionGroup,
  Reading,
  ScreenDepth,
  ScreeningAnswer,
  ScreeningElement,
  ScreeningMode,
  UrgentFlag,
} from '@opennrm/core';
import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId } from '../i18n/catalogues';
import type { ConclusionKind, ScreeningStatus } from './types';

/**
 * Words for the screening vocabularies. Message ids are spelled out (not built from
 * strings) so the compiler checks each one against the English catalogue.
 */
const DEPTH: Readonly<Record<ScreenDepth, MessageId>> = {
  short: 'identification.depth.short',
  full: 'identification.depth.full',
};
const MODE: Readonly<Record<ScreeningMode, MessageId>> = {
  worker: 'identification.mode.worker',
  person_facing: 'identification.mode.person_facing',
};
const STATUS: Readonly<Record<ScreeningStatus, MessageId>> = {
  in_progress: 'identification.status.in_progress',
  completed: 'identification.status.completed',
};
const CHILD_STATUS: Readonly<Record<ChildStatus, MessageId>> = {
  child: 'identification.childStatus.child',
  presumed_child: 'identification.childStatus.presumed_child',
  adult: 'identification.childStatus.adult',
  unknown: 'identification.childStatus.unknown',
};
const OVERALL: Readonly<Record<OverallReading, MessageId>> = {
  strong_indication: 'identification.overall.strong_indication',
  indication: 'identification.overall.indication',
  insufficient: 'identification.overall.insufficient',
};
const CONCLUSION: Readonly<Record<ConclusionKind, MessageId>> = {
  confirmed: 'identification.conclusionKind.confirmed',
  overridden: 'identification.conclusionKind.overridden',
};
const ANSWER: Readonly<Record<ScreeningAnswer, MessageId>> = {
  yes: 'identification.answer.yes',
  no: 'identification.answer.no',
  unsure: 'identification.answer.unsure',
  declined: 'identification.answer.declined',
};
const GROUP: Readonly<Record<QuestionGroup, MessageId>> = {
  safety: 'identification.group.safety',
  deceptive_recruitment: 'identification.dimension.deceptive_recruitment',
  coercive_recruitment: 'identification.dimension.coercive_recruitment',
  recruitment_abuse_of_vulnerability: 'identification.dimension.recruitment_abuse_of_vulnerability',
  exploitative_conditions: 'identification.dimension.exploitative_conditions',
  coercion_at_destination: 'identification.dimension.coercion_at_destination',
  abuse_of_vulnerability_at_destination: 'identification.dimension.abuse_of_vulnerability_at_destination',
};
const ELEMENT: Readonly<Record<ScreeningElement, MessageId>> = {
  recruitment: 'identification.element.recruitment',
  exploitation: 'identification.element.exploitation',
  coercion_or_vulnerability: 'identification.element.coercion_or_vulnerability',
};
const LEVEL: Readonly<Record<DimensionLevel | 'not_required', MessageId>> = {
  strong: 'identification.level.strong',
  medium: 'identification.level.medium',
  none: 'identification.level.none',
  not_known: 'identification.level.not_known',
  not_required: 'identification.level.not_required',
};
const STRENGTH: Readonly<Record<IndicatorStrength, MessageId>> = {
  strong: 'identification.strength.strong',
  medium: 'identification.strength.medium',
  weak: 'identification.strength.weak',
};
const URGENT: Readonly<Record<UrgentFlag, MessageId>> = {
  in_danger_now: 'identification.urgent.in_danger_now',
  injured: 'identification.urgent.injured',
  no_safe_place_tonight: 'identification.urgent.no_safe_place_tonight',
};
const SET_TITLE: Readonly<Record<string, MessageId>> = {
  ilo_ec_adult_labour: 'identification.set.ilo_ec_adult_labour',
  ilo_ec_adult_sexual: 'identification.set.ilo_ec_adult_sexual',
  ilo_ec_child_labour: 'identification.set.ilo_ec_child_labour',
  ilo_ec_child_sexual: 'identification.set.ilo_ec_child_sexual',
  ilo_forced_labour_11: 'identification.set.ilo_forced_labour_11',
  domestic_servitude: 'identification.set.domestic_servitude',
  forced_begging: 'identification.set.forced_begging',
  forced_criminality: 'identification.set.forced_criminality',
  organ_removal: 'identification.set.organ_removal',
  forced_marriage: 'identification.set.forced_marriage',
  online_sexual_exploitation_of_children: 'identification.set.online_sexual_exploitation_of_children',
  short_screen: 'identification.set.short_screen',
};

/**
 * The sentences core's scoring produces (readings and next steps), by their key. A key
 * core adds later and this table lacks is left out of the page rather than shown raw
 * (words.test.ts checks every key core produces today is here).
 */
export const READING_MESSAGES: Readonly<Record<string, MessageId>> = {
  'screening.reading.suggestionOnly': 'identification.reading.suggestionOnly',
  'screening.reading.strongDimension': 'identification.reading.strongDimension',
  'screening.reading.mediumDimension': 'identification.reading.mediumDimension',
  'screening.reading.overallStrongIndication': 'identification.reading.overallStrongIndication',
  'screening.reading.overallIndication': 'identification.reading.overallIndication',
  'screening.reading.overallInsufficient': 'identification.reading.overallInsufficient',
  'screening.reading.childMeansNotRequired': 'identification.reading.childMeansNotRequired',
  'screening.reading.elementMissing': 'identification.reading.elementMissing',
  'screening.reading.declinedNotCountedAsNo': 'identification.reading.declinedNotCountedAsNo',
  'screening.reading.unsureAnswers': 'identification.reading.unsureAnswers',
  'screening.next.urgentSafety': 'identification.next.urgentSafety',
  'screening.next.childProtectionNow': 'identification.next.childProtectionNow',
  'screening.next.refer': 'identification.next.refer',
  'screening.next.continueScreening': 'identification.next.continueScreening',
  'screening.next.offerSupport': 'identification.next.offerSupport',
};

function lookUp<K extends string>(
  table: Readonly<Record<K, MessageId>>,
  value: string,
): MessageId | undefined {
  return Object.hasOwn(table, value) ? table[value as K] : undefined;
}

export type ScreeningWords = {
  readonly depth: (value: ScreenDepth) => string;
  readonly mode: (value: ScreeningMode) => string;
  readonly status: (value: ScreeningStatus) => string;
  readonly childStatus: (value: ChildStatus) => string;
  readonly overall: (value: OverallReading) => string;
  readonly conclusion: (value: ConclusionKind) => string;
  readonly answer: (value: ScreeningAnswer) => string;
  readonly group: (value: QuestionGroup) => string;
  readonly element: (value: ScreeningElement) => string;
  readonly level: (value: DimensionLevel | 'not_required') => string;
  readonly strength: (value: IndicatorStrength) => string;
  readonly urgent: (value: UrgentFlag) => string;
  /** The title of an indicator list, or its id when this version of the app does not know it. */
  readonly setTitle: (id: string) => string;
  /** A reading or next step as a sentence; null for a key this app does not know. */
  readonly reading: (reading: Reading) => string | null;
};

export function useScreeningWords(): ScreeningWords {
  const intl = useIntl();
  return useMemo(() => {
    const format = (id: MessageId, values?: Record<string, string | number>): string =>
      intl.formatMessage({ id }, values);
    const group = (value: QuestionGroup): string => format(GROUP[value]);
    const element = (value: ScreeningElement): string => format(ELEMENT[value]);
    const overall = (value: OverallReading): string => format(OVERALL[value]);
    return {
      depth: (value) => format(DEPTH[value]),
      mode: (value) => format(MODE[value]),
      status: (value) => format(STATUS[value]),
      childStatus: (value) => format(CHILD_STATUS[value]),
      overall,
      conclusion: (value) => format(CONCLUSION[value]),
      answer: (value) => format(ANSWER[value]),
      group,
      element,
      level: (value) => format(LEVEL[value]),
      strength: (value) => format(STRENGTH[value]),
      urgent: (value) => format(URGENT[value]),
      setTitle: (id) => {
        const message = lookUp(SET_TITLE, id);
        return message ? format(message) : id;
      },
      reading: (reading) => {
        const message = lookUp(READING_MESSAGES, reading.key);
        if (!message) return null;
        // Codes in the parameters become words; numbers stay numbers (for plurals).
        const values: Record<string, string | number> = {};
        for (const [name, value] of Object.entries(reading.params)) {
          const groupId = typeof value === 'string' ? lookUp(GROUP, value) : undefined;
          const elementId = typeof value === 'string' ? lookUp(ELEMENT, value) : undefined;
          const overallId = typeof value === 'string' ? lookUp(OVERALL, value) : undefined;
          values[name] =
            name === 'dimension' && groupId
              ? format(groupId)
              : name === 'element' && elementId
                ? format(elementId)
                : name === 'overall' && overallId
                  ? format(overallId)
                  : value;
        }
        return format(message, values);
      },
    };
  }, [intl]);
}
