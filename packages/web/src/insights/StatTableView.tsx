import type { ReactNode } from 'react';
import { useT } from '../i18n/use-t';
import { AttentionIcon, InfoIcon, LockIcon } from '../ui/icons';
import type { RowFlag, StatCell, StatColumn, StatTable } from './types';
import type { InsightsWords } from './words';

/**
 * A statistics table as a plain HTML data table (caption, column and row headers), the
 * accessible twin of every chart. A suppressed cell reads "suppressed" with a lock, and
 * the note under the table says why; it is never shown as 0. Rows a bias test flags say
 * so in words next to an icon.
 */
export function StatTableView({
  table,
  words,
  caption,
  captionHidden,
}: {
  readonly table: StatTable;
  readonly words: InsightsWords;
  readonly caption: string;
  readonly captionHidden?: boolean;
}): ReactNode {
  const t = useT();
  const flagged = table.rows.some((row) => row.flag !== null);
  return (
    <div className="table-scroll">
      <table className="table table-dense insights-table">
        <caption className={captionHidden ? 'visually-hidden' : 'insights-caption'}>{caption}</caption>
        <thead>
          <tr>
            {table.dimensions.map((dimension) => (
              <th key={`d-${dimension}`} scope="col">
                {words.dimension(dimension)}
              </th>
            ))}
            {table.columns.map((column) => (
              <th key={`c-${column.id}`} scope="col" className="insights-number">
                {words.column(column)}
              </th>
            ))}
            {flagged ? <th scope="col">{t('insights.flag.column')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.key.join('\u0000')} className={row.flag ? `insights-row-${row.flag}` : undefined}>
              {row.key.map((code, d) => {
                const dimension = table.dimensions[d] ?? '';
                const text = words.value(table, dimension, code);
                return d === 0 ? (
                  <th key={`k-${dimension}`} scope="row">
                    <bdi>{text}</bdi>
                  </th>
                ) : (
                  <td key={`k-${dimension}`}>
                    <bdi>{text}</bdi>
                  </td>
                );
              })}
              {table.columns.map((column, i) => (
                <ValueCell key={`v-${column.id}`} column={column} cell={row.cells[i]} words={words} />
              ))}
              {flagged ? (
                <td>
                  <FlagText flag={row.flag} />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
        {table.total ? (
          <tfoot>
            <tr>
              <th scope="row" colSpan={Math.max(1, table.dimensions.length)}>
                {t('insights.table.total')}
              </th>
              {table.columns.map((column, i) => (
                <ValueCell key={`t-${column.id}`} column={column} cell={table.total?.[i]} words={words} />
              ))}
              {flagged ? <td /> : null}
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}

function ValueCell({
  column,
  cell,
  words,
}: {
  readonly column: StatColumn;
  readonly cell: StatCell | undefined;
  readonly words: InsightsWords;
}): ReactNode {
  const value = cell ?? { value: null, suppressed: false };
  if (value.suppressed) {
    return (
      <td className="insights-number insights-suppressed">
        <LockIcon className="insights-inline-icon" />
        {words.cell(column, value)}
      </td>
    );
  }
  return <td className="insights-number">{words.cell(column, value)}</td>;
}

/** A test's flag in words, with an icon; nothing for an unflagged row. */
export function FlagText({ flag }: { readonly flag: RowFlag | null }): ReactNode {
  const t = useT();
  if (flag === null) return null;
  const Icon = flag === 'over_identified' ? InfoIcon : AttentionIcon;
  return (
    <span className={`insights-flag insights-flag-${flag}`}>
      <Icon className="insights-inline-icon" />
      {t(`insights.flag.${flag}`)}
    </span>
  );
}

/** Whether any cell of a table (or its total) is suppressed. */
export function hasSuppressed(table: StatTable): boolean {
  return (
    table.rows.some((row) => row.cells.some((cell) => cell.suppressed)) ||
    (table.total ?? []).some((cell) => cell.suppressed)
  );
}
