import { Button, Group, Select } from '@mantine/core';
import { RoleSchema, roles } from '@partrack/contracts';
import { IconFilterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { SearchBox } from '../../../components/search-box';
import { type UserListFilters, userStatuses } from '../utils/user-filters';

export interface UserFiltersBarProps {
  filters: UserListFilters;
  onChange: (change: Partial<UserListFilters>) => void;
  onClear: () => void;
  searchDebounceMs?: number;
}

export function UserFiltersBar({ filters, onChange, onClear, searchDebounceMs }: UserFiltersBarProps) {
  const { t } = useTranslation();
  const hasFilters = filters.q.trim() !== '' || filters.role !== null || filters.status !== null;

  return (
    <Group role="search" aria-label={t('users.filters.label')} align="flex-end" gap="sm" wrap="wrap">
      <div style={{ flex: '1 1 18rem' }}>
        <SearchBox
          value={filters.q}
          onSearch={(q) => onChange({ q })}
          debounceMs={searchDebounceMs}
          label={t('users.filters.search')}
          placeholder={t('users.filters.searchPlaceholder')}
        />
      </div>
      <Select
        label={t('users.fields.role')}
        placeholder={t('users.filters.allRoles')}
        data={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        value={filters.role}
        onChange={(value) => onChange({ role: RoleSchema.safeParse(value).data ?? null })}
        clearable
        w={{ base: '100%', xs: 200 }}
      />
      <Select
        label={t('users.fields.status')}
        placeholder={t('users.filters.allStatuses')}
        data={userStatuses.map((status) => ({ value: status, label: t(`users.status.${status}`) }))}
        value={filters.status}
        onChange={(value) => onChange({ status: userStatuses.find((status) => status === value) ?? null })}
        clearable
        w={{ base: '100%', xs: 180 }}
      />
      {hasFilters && (
        <Button variant="subtle" leftSection={<IconFilterOff size={16} aria-hidden />} onClick={onClear}>
          {t('users.filters.clear')}
        </Button>
      )}
    </Group>
  );
}
