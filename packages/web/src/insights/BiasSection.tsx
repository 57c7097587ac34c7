import { type ReactNode, useMemo } from 'react';
import { useT } from '../i18n/use-t';
import { AttentionIcon, InfoIcon, LockIcon } from '../ui/icons';
import { type CrossGrid, crossGrids, flaggedCells } from './bias-model';
import type { Filters } from './filters';
import { FlagText } from './StatTableView';
import { FigureDownloads, SuppressionNote, TableFigure } from './TableFigure';
import type { StatTable, TestSummary } from './types';
import { type InsightsWords, useInsightsWords } from './words';

/** The cross table of the bias measure; the other bias tables are outcome tables. */
export const BIAS_CROSS_TABLE = 'bias.form_gender_age';

/**
 * The bias measure: who is identified for which exploitation, read against what the
 * system's own totals lead one to expect. Under-identified cells are named in a list
 * and marked in the grids with an icon and words (never by colour alone); the test is
 * explained in one sentence.
 */
export function BiasCrossTable({
  table,
  filters,
  threshold,
  drillDown,
}: {
  readonly table: StatTable;
  readonly filters: Filters;
  readonly threshold: number;
  readonly drillDown?: string;
}): ReactNode {
  const t = useT();
  const words = useInsightsWords(filters.granularity);
  const grids = useMemo(() => crossGrids(table), [table]);
  const flagged = useMemo(() => flaggedCells(table), [table]);
  const under = flagged.filter((cell) => cell.flag === 'under_identified');
  const title = words.table(table);
  if (table.noData) {
    return <TableFigure table={table} filters={filters} threshold={threshold} drillDown={drillDown} />;
  }
  const shown = grids.filter((grid) => !grid.empty);

  return (
    <section className="insights-figure" aria-labelledby="insights-bias-cross" data-table-id={table.id}>
      <h3 id="insights-bias-cross" className="insights-figure-title">
        {title}
      </h3>
      {table.test ? <TestSentence test={table.test} /> : null}
      <h4>{t('insights.bias.flaggedTitle')}</h4>
      {under.length === 0 ? (
        <p>{t('insights.bias.noneFlagged')}</p>
      ) : (
        <ul className="insights-flagged">
          {under.map((cell) => (
            <li key={cell.key.join('\u0000')}>
              <AttentionIcon className="insights-inline-icon" />
              <span>
                {t(
                  cell.observed.suppressed
                    ? 'insights.bias.flaggedItemSuppressed'
                    : 'insights.bias.flaggedItem',
                  {
                    gender: words.value(table, table.dimensions[1] ?? 'gender', cell.key[1] ?? ''),
                    age: cell.key[2]
                      ? words.value(table, table.dimensions[2] ?? 'age_group', cell.key[2])
                      : '',
                    form: words.value(table, table.dimensions[0] ?? 'form', cell.key[0] ?? ''),
                    observed: words.cell({ id: 'observed', kind: 'count' }, cell.observed),
                    expected:
                      cell.expected === null
                        ? t('insights.cell.none')
                        : words.cell(
                            { id: 'expected', kind: 'expected' },
                            { value: cell.expected, suppressed: false },
                          ),
                  },
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      {shown.map((grid) => (
        <CrossGridTable key={grid.group ?? 'all'} grid={grid} table={table} words={words} />
      ))}
      {grids.length > shown.length ? (
        <p className="insights-note">
          <InfoIcon className="insights-inline-icon" />
          {t('insights.bias.emptyGroups', {
            groups: grids
              .filter((grid) => grid.empty && grid.group !== null)
              .map((grid) => words.value(table, table.dimensions[2] ?? 'age_group', grid.group ?? ''))
              .join(', '),
          })}
        </p>
      ) : null}
      {table.rows.some((row) => row.cells.some((cell) => cell.suppressed)) ? (
        <SuppressionNote threshold={threshold} />
      ) : null}
      <FigureDownloads table={table} filters={filters} title={title} drillDown={drillDown} />
    </section>
  );
}

/** The test in one sentence, then its overall result. */
export function TestSentence({ test }: { readonly test: TestSummary }): ReactNode {
  const t = useT();
  return (
    <div className="insights-test">
      <p>
        {t(test.test === 'chi_square_reference' ? 'insights.test.reference' : 'insights.test.independence', {
          alpha: `${Math.round(test.alpha * 1000) / 10}%`,
        })}
      </p>
      <p>
        {t(test.significant ? 'insights.test.significant' : 'insights.test.notSignificant', { df: test.df })}
        {test.sparse ? ` ${t('insights.test.sparse')}` : null}
      </p>
    </div>
  );
}

function CrossGridTable({
  grid,
  table,
  words,
}: {
  readonly grid: CrossGrid;
  readonly table: StatTable;
  readonly words: InsightsWords;
}): ReactNode {
  const t = useT();
  const rowDim = table.dimensions[0] ?? 'form';
  const colDim = table.dimensions[1] ?? 'gender';
  const caption =
    grid.group === null
      ? t('insights.bias.gridCaptionAll', { rows: words.dimension(rowDim), columns: words.dimension(colDim) })
      : t('insights.bias.gridCaption', {
          group: words.value(table, table.dimensions[2] ?? 'age_group', grid.group),
          rows: words.dimension(rowDim),
          columns: words.dimension(colDim),
        });
  return (
    <div className="table-scroll">
      <table className="table table-dense insights-table insights-cross">
        <caption className="insights-caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{words.dimension(rowDim)}</th>
            {grid.columns.map((column) => (
              <th key={column} scope="col" className="insights-number">
                {words.value(table, colDim, column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((row) => (
            <tr key={row}>
              <th scope="row">
                <bdi>{words.value(table, rowDim, row)}</bdi>
              </th>
              {grid.columns.map((column) => {
                const cell = grid.cell(row, column);
                if (!cell) return <td key={column} />;
                const flagged = cell.flag === 'under_identified';
                return (
                  <td
                    key={column}
                    className={`insights-number${flagged ? ' insights-cell-flagged' : ''}${cell.observed.suppressed ? ' insights-suppressed' : ''}`}
                  >
                    {cell.observed.suppressed ? <LockIcon className="insights-inline-icon" /> : null}
                    {words.cell({ id: 'observed', kind: 'count' }, cell.observed)}
                    {cell.flag ? (
                      <span className="insights-cell-flag">
                        <FlagText flag={cell.flag} />
                      </span>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
