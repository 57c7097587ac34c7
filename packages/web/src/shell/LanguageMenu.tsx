import { SUPPORTED_LOCALES, type SupportedLocale } from '@opennrm/core';
import { type ReactNode, useState } from 'react';
import { Button, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { useLocale } from '../i18n/LocaleProvider';
import { languageEndonym } from '../i18n/names';
import { ProblemNotice } from '../ui/Alerts';
import { ChevronIcon, LanguageIcon } from '../ui/icons';

/** The language switch on every page. Each language is named in itself, so anyone can find theirs. */
export function LanguageMenu(): ReactNode {
  const intl = useIntl();
  const { locale, changeLocale } = useLocale();
  const [error, setError] = useState<unknown>(null);
  const current = languageEndonym(locale);

  return (
    <div className="language-menu">
      <MenuTrigger>
        <Button
          className="button button-quiet header-button"
          aria-label={intl.formatMessage({ id: 'language.button' }, { language: current })}
        >
          <LanguageIcon />
          <span lang={locale}>{current}</span>
          <ChevronIcon />
        </Button>
        <Popover className="popover" placement="bottom end">
          <Menu
            className="menu"
            aria-label={intl.formatMessage({ id: 'language.menu' })}
            selectionMode="single"
            selectedKeys={[locale]}
            onAction={(key) => {
              const next = SUPPORTED_LOCALES.find((candidate) => candidate === key);
              if (!next || next === locale) return;
              setError(null);
              changeLocale(next as SupportedLocale).catch(setError);
            }}
          >
            {SUPPORTED_LOCALES.map((code) => (
              <MenuItem
                key={code}
                id={code}
                className="menu-item"
                textValue={languageEndonym(code)}
                lang={code}
              >
                <span className="menu-check" aria-hidden="true">
                  {code === locale ? '✓' : ''}
                </span>
                <span dir="auto">{languageEndonym(code)}</span>
              </MenuItem>
            ))}
          </Menu>
        </Popover>
      </MenuTrigger>
      {error ? (
        <div className="language-error">
          <p className="visually-hidden">
            <FormattedMessage id="language.saveFailed" />
          </p>
          <ProblemNotice error={error} />
        </div>
      ) : null}
    </div>
  );
}
