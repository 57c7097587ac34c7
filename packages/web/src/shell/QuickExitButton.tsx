import type { ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { ExitIcon } from '../ui/icons';

/** Always at the top of the page, first in the tab order after the skip link. */
export function QuickExitBar({ onExit }: { readonly onExit: () => void }): ReactNode {
  const intl = useIntl();
  return (
    <aside className="quick-exit-bar" aria-label={intl.formatMessage({ id: 'quickExit.region' })}>
      <p className="quick-exit-hint" id="quick-exit-hint">
        <FormattedMessage id="quickExit.hint" />
      </p>
      <Button className="button quick-exit-button" onPress={onExit} aria-describedby="quick-exit-hint">
        <ExitIcon />
        <FormattedMessage id="quickExit.button" />
      </Button>
    </aside>
  );
}
