import { type ReactNode, useEffect, useRef } from 'react';
import { useIntl } from 'react-intl';

// The first page shown after a full load keeps the browser's own focus handling; every
// page reached by navigation inside the app moves focus to its heading, so screen-reader
// users hear where they arrived.
let firstPageShown = false;

/** One h1 per page, the document title in step with it. */
export function Page({
  title,
  actions,
  children,
  lead,
}: {
  readonly title: string;
  readonly actions?: ReactNode;
  readonly lead?: ReactNode;
  readonly children?: ReactNode;
}): ReactNode {
  const intl = useIntl();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = intl.formatMessage({ id: 'app.documentTitle' }, { page: title });
  }, [intl, title]);

  useEffect(() => {
    if (firstPageShown) heading.current?.focus({ preventScroll: false });
    firstPageShown = true;
  }, []);

  return (
    <div className="page">
      <div className="page-header">
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {actions ? <div className="page-actions">{actions}</div> : null}
      </div>
      {lead ? <div className="page-lead">{lead}</div> : null}
      {children}
    </div>
  );
}
