import type { ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';

/** Previous/next paging with the position in words ("Showing 26–50 of 112"). */
export function Pagination({
  page,
  pageSize,
  total,
  onPageChange,
  label,
}: {
  readonly page: number;
  readonly pageSize: number;
  readonly total: number;
  readonly onPageChange: (page: number) => void;
  readonly label: string;
}): ReactNode {
  const intl = useIntl();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <nav className="pagination" aria-label={label}>
      <p className="pagination-status" aria-live="polite">
        {total === 0 ? (
          <FormattedMessage id="pagination.none" />
        ) : (
          <FormattedMessage id="pagination.showing" values={{ from, to, total }} />
        )}
      </p>
      {pages > 1 ? (
        <div className="pagination-buttons">
          <Button
            className="button button-secondary"
            isDisabled={page <= 1}
            onPress={() => onPageChange(page - 1)}
          >
            {intl.formatMessage({ id: 'pagination.previous' })}
          </Button>
          <span className="pagination-page">
            <FormattedMessage id="pagination.page" values={{ page, pages }} />
          </span>
          <Button
            className="button button-secondary"
            isDisabled={page >= pages}
            onPress={() => onPageChange(page + 1)}
          >
            {intl.formatMessage({ id: 'pagination.next' })}
          </Button>
        </div>
      ) : null}
    </nav>
  );
}
