import { type ReactNode, useId } from 'react';
import { useIntl } from 'react-intl';
import { Bar, BarChart, CartesianGrid, LabelList, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartModel } from './chart-model';
import { OUTLINE, PatternDefs, Swatch, seriesColour, seriesDash, seriesFill } from './palette';

/**
 * A chart of a statistics table, drawn by recharts. It is a picture (role="img") named
 * by its title and its one-sentence reading; the data table beside it carries every
 * number for screen readers and keyboard users. Recharts does not mirror by itself:
 * in a right-to-left language the category axis runs from the right (the value axis is
 * reversed for bars, the time axis for lines) and the value axis sits on the right.
 */

export type ChartLabels = {
  /** Words for each category code, in point order. */
  readonly categories: readonly string[];
  /** Words for each series, in series order. */
  readonly series: readonly string[];
  readonly value: (value: number) => string;
  /** "suppressed": shown next to a category whose only value is suppressed. */
  readonly suppressed: string;
};

const BAR_HEIGHT = 22;
const MIN_HEIGHT = 160;

export function StatChart({
  model,
  labels,
  labelledBy,
}: {
  readonly model: ChartModel;
  readonly labels: ChartLabels;
  /** Ids of the title and reading the picture is named by. */
  readonly labelledBy: string;
}): ReactNode {
  const intl = useIntl();
  const chartId = `chart${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const rtl = intl.locale.startsWith('ar');
  if (model.kind === 'none') return null;

  const single = model.series.length === 1;
  const data = model.points.map((point, i) => {
    const row: Record<string, string | number | null> = {
      category:
        // A category whose only bar is suppressed says so on its axis: no bar is not zero.
        single && point.suppressed[0]
          ? `${labels.categories[i] ?? point.code} (${labels.suppressed})`
          : (labels.categories[i] ?? point.code),
    };
    model.series.forEach((series, s) => {
      row[series.key] = point.values[s] ?? null;
    });
    return row;
  });
  const formatValue = (value: unknown): string => (typeof value === 'number' ? labels.value(value) : '');

  const legend =
    model.series.length > 1 ? (
      <ul className="insights-legend">
        {model.series.map((series, s) => (
          <li key={series.key}>
            <Swatch chartId={chartId} index={s} line={model.kind === 'lines'} />
            <span>{labels.series[s]}</span>
          </li>
        ))}
      </ul>
    ) : null;

  if (model.kind === 'lines') {
    return (
      <div className="insights-chart">
        <div role="img" aria-labelledby={labelledBy} className="insights-chart-picture">
          <LineChart
            data={data}
            responsive
            width="100%"
            height={280}
            accessibilityLayer={false}
            margin={{ top: 12, right: 16, bottom: 8, left: 16 }}
          >
            <CartesianGrid stroke="#d5dbe1" vertical={false} />
            <XAxis dataKey="category" reversed={rtl} tick={{ fill: '#1f2933', fontSize: 12 }} />
            <YAxis
              orientation={rtl ? 'right' : 'left'}
              allowDecimals={model.valueKind !== 'count'}
              tickFormatter={formatValue}
              tick={{ fill: '#1f2933', fontSize: 12 }}
              width="auto"
            />
            <Tooltip formatter={formatValue} />
            {model.series.map((series, s) => (
              <Line
                key={series.key}
                dataKey={series.key}
                name={labels.series[s]}
                stroke={seriesColour(s)}
                strokeWidth={3}
                strokeDasharray={seriesDash(s)}
                dot={{ r: 4, stroke: OUTLINE, strokeWidth: 1, fill: seriesColour(s) }}
                connectNulls={false}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </div>
        {legend}
      </div>
    );
  }

  const rows = model.points.length * Math.max(1, model.series.length);
  const height = Math.max(MIN_HEIGHT, rows * BAR_HEIGHT + model.points.length * 10 + 48);
  return (
    <div className="insights-chart">
      <div role="img" aria-labelledby={labelledBy} className="insights-chart-picture">
        <BarChart
          data={data}
          layout="vertical"
          responsive
          width="100%"
          height={height}
          accessibilityLayer={false}
          barCategoryGap="18%"
          margin={{ top: 8, right: 48, bottom: 8, left: 48 }}
        >
          <PatternDefs chartId={chartId} count={model.series.length} />
          <CartesianGrid stroke="#d5dbe1" horizontal={false} />
          <XAxis
            type="number"
            reversed={rtl}
            allowDecimals={model.valueKind !== 'count'}
            tickFormatter={formatValue}
            tick={{ fill: '#1f2933', fontSize: 12 }}
          />
          <YAxis
            type="category"
            dataKey="category"
            orientation={rtl ? 'right' : 'left'}
            width="auto"
            interval={0}
            tick={{ fill: '#1f2933', fontSize: 12 }}
          />
          <Tooltip formatter={formatValue} cursor={{ fill: '#f4f6f8' }} />
          {model.series.map((series, s) => (
            <Bar
              key={series.key}
              dataKey={series.key}
              name={labels.series[s]}
              fill={seriesFill(chartId, s)}
              stroke={OUTLINE}
              strokeWidth={1}
              isAnimationActive={false}
            >
              <LabelList
                dataKey={series.key}
                position="right"
                formatter={formatValue}
                fill="#1f2933"
                fontSize={12}
              />
            </Bar>
          ))}
        </BarChart>
      </div>
      {legend}
    </div>
  );
}
