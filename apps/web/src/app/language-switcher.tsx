import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeLanguage, languages, useLanguage } from '../lib/i18n';

/** Toggle buttons, each language named in itself so a reader who cannot read the other finds theirs. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const current = useLanguage();
  // Button.Group renders role="group" and forwards other attributes, but its props type omits them.
  const groupLabel = { 'aria-label': t('app.language') };
  return (
    <Button.Group {...groupLabel}>
      {languages.map((language) => (
        <Button
          key={language}
          lang={language}
          size="compact-sm"
          variant={language === current ? 'filled' : 'default'}
          aria-pressed={language === current}
          onClick={() => changeLanguage(language)}
        >
          {t(`app.languages.${language}`)}
        </Button>
      ))}
    </Button.Group>
  );
}
