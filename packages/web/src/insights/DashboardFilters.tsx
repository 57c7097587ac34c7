import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { useLabels } from '../i18n/labels';
import { useT } from '../i18n/use-t';
import { SelectInput } from '../ui/fields';
import {
  type Filters,
  GRANULARITIES,
  type Granularity,
  isIsoDate,
  PERIOD_PRESETS,
  type PeriodPreset,
  presetRange,
} from './filters';

const ALL_REGIONS = 'all';

/**
 * Period (a preset or two dates), granularity of the trends and region. Every change
 * goes to the URL at once, except the two dates of a custom period, which are applied
 * together so that the dashboard is not recomputed for half a period.
 */
export function DashboardFilters({
  filters,
  regions,
  onChange,
}: {
  readonly filters: Filters;
  readonly regions: readonly string[];
  readonly onChange: (next: Filters) => void;
}): ReactNode {
  const t = useT();
  const labels = useLabels();
  const [from, setFrom] = useState(filters.from);
  const [to, setTo] = useState(filters.to);
  const [custom, setCustom] = useState(filters.preset === 'custom');
  const [dateError, setDateError] = useState(false);

  useEffect(() => {
    setFrom(filters.from);
    setTo(filters.to);
    setCustom(filters.preset === 'custom');
  }, [filters.from, filters.to, filters.preset]);

  const presetOptions = PERIOD_PRESETS.map((preset) => ({
    id: preset,
    label: t(`insights.period.${preset}`),
  }));
  const granularityOptions = GRANULARITIES.map((g) => ({ id: g, label: t(`insights.granularity.${g}`) }));
  const regionOptions = [
    { id: ALL_REGIONS, label: t('insights.filter.allRegions') },
    ...[...new Set([...regions, ...(filters.region ? [filters.region] : [])])].map((code) => ({
      id: code,
      label: labels.region(code),
    })),
  ];

  const choosePreset = (preset: PeriodPreset): void => {
    if (preset === 'custom') {
      setCustom(true);
      return;
    }
    setCustom(false);
    onChange({ ...filters, preset, ...presetRange(preset, new Date()) });
  };

  const applyDates = (event: FormEvent): void => {
    event.preventDefault();
    if (!isIsoDate(from) || !isIsoDate(to) || from > to) {
      setDateError(true);
      return;
    }
    setDateError(false);
    onChange({ ...filters, preset: 'custom', from, to });
  };

  return (
    <search className="filters insights-filters" aria-label={t('insights.filter.label')}>
      <SelectInput
        id="insights-period"
        name="period"
        label={t('insights.filter.period')}
        options={presetOptions}
        value={custom ? 'custom' : filters.preset}
        onChange={choosePreset}
        placeholder={t('common.choose')}
      />
      {custom ? (
        <form className="filters-actions" onSubmit={applyDates} noValidate>
          <div className="insights-date">
            <label htmlFor="insights-from" className="field-label">
              {t('insights.filter.from')}
            </label>
            <input
              id="insights-from"
              name="from"
              type="date"
              className="input"
              value={from}
              max={to}
              aria-invalid={dateError || undefined}
              aria-describedby={dateError ? 'insights-dates-error' : undefined}
              onChange={(event) => setFrom(event.target.value)}
            />
          </div>
          <div className="insights-date">
            <label htmlFor="insights-to" className="field-label">
              {t('insights.filter.to')}
            </label>
            <input
              id="insights-to"
              name="to"
              type="date"
              className="input"
              value={to}
              min={from}
              aria-invalid={dateError || undefined}
              aria-describedby={dateError ? 'insights-dates-error' : undefined}
              onChange={(event) => setTo(event.target.value)}
            />
          </div>
          <Button type="submit" className="button button-secondary">
            {t('insights.filter.apply')}
          </Button>
          {dateError ? (
            <p id="insights-dates-error" className="field-error" role="alert">
              {t('insights.filter.datesInvalid')}
            </p>
          ) : null}
        </form>
      ) : null}
      <SelectInput
        id="insights-granularity"
        name="granularity"
        label={t('insights.filter.granularity')}
        options={granularityOptions}
        value={filters.granularity}
        onChange={(granularity: Granularity) => onChange({ ...filters, granularity })}
        placeholder={t('common.choose')}
      />
      <SelectInput
        id="insights-region"
        name="region"
        label={t('insights.filter.region')}
        options={regionOptions}
        value={filters.region ?? ALL_REGIONS}
        onChange={(region) => onChange({ ...filters, region: region === ALL_REGIONS ? null : region })}
        placeholder={t('common.choose')}
      />
    </search>
  );
}
