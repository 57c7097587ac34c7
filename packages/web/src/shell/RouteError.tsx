import { type ReactNode, useEffect } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuickExit } from '../quick-exit/use-quick-exit';
import { Notice } from '../ui/Alerts';
import { QuickExitBar } from './QuickExitButton';

/**
 * Shown when a page fails to render or its code cannot be downloaded (e.g. after an
 * update while the tab was open). Keeps quick exit available.
 */
export function RouteError(): ReactNode {
  const intl = useIntl();
  const exit = useQuickExit();
  useEffect(() => {
    document.title = intl.formatMessage(
      { id: 'app.documentTitle' },
      { page: intl.formatMessage({ id: 'error.title' }) },
    );
  }, [intl]);
  return (
    <>
      <QuickExitBar onExit={exit} />
      <main id="main" className="main" tabIndex={-1}>
        <div className="page">
          <h1>
            <FormattedMessage id="error.title" />
          </h1>
          <Notice tone="attention" live="assertive">
            <p>
              <FormattedMessage id="error.body" />
            </p>
          </Notice>
          <Button className="button button-primary" onPress={() => window.location.reload()}>
            <FormattedMessage id="error.reload" />
          </Button>
        </div>
      </main>
    </>
  );
}
