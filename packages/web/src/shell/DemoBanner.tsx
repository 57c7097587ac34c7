import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { InfoIcon } from '../ui/icons';

export function DemoBanner(): ReactNode {
  return (
    <section className="demo-banner" aria-labelledby="demo-banner-text">
      <InfoIcon />
      <p id="demo-banner-text">
        <FormattedMessage id="demo.banner" />
      </p>
    </section>
  );
}
