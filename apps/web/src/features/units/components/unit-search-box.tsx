import { useTranslation } from 'react-i18next';
import { SearchBox } from '../../../components/search-box';

export interface UnitSearchBoxProps {
  /** The search currently applied (from the URL). */
  value: string;
  /** Called once typing pauses, or at once on Enter. */
  onSearch: (value: string) => void;
  debounceMs?: number;
}

export function UnitSearchBox({ value, onSearch, debounceMs }: UnitSearchBoxProps) {
  const { t } = useTranslation();
  return (
    <SearchBox
      value={value}
      onSearch={onSearch}
      debounceMs={debounceMs}
      label={t('units.filters.search')}
      placeholder={t('units.filters.searchPlaceholder')}
    />
  );
}
