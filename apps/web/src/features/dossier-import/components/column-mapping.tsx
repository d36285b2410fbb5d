import { Select, Table, Text } from '@mantine/core';
import {
  type DossierStatsField,
  type DossierStatsMapping,
  type DossierStatsPreview,
  dossierStatsFields,
} from '@partrack/contracts';
import { useTranslation } from 'react-i18next';
import { fieldOfColumn, withColumnField } from '../utils/mapping';

const IGNORE = '';

export interface ColumnMappingProps {
  columns: DossierStatsPreview['columns'];
  rows: DossierStatsPreview['rows'];
  mapping: DossierStatsMapping;
  onChange: (mapping: DossierStatsMapping) => void;
  disabled?: boolean;
}

/** One line per column of the file: its header, an example value, and the figure it holds (editable). */
export function ColumnMapping({ columns, rows, mapping, onChange, disabled = false }: ColumnMappingProps) {
  const { t } = useTranslation();
  const options = [
    { value: IGNORE, label: t('dossierImport.ignore') },
    ...dossierStatsFields.map((field) => ({ value: field, label: t(`dossierImport.fields.${field}`) })),
  ];
  return (
    <Table striped withTableBorder>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('dossierImport.column')}</Table.Th>
          <Table.Th>{t('dossierImport.header')}</Table.Th>
          <Table.Th>{t('dossierImport.sample')}</Table.Th>
          <Table.Th>{t('dossierImport.field')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {columns.map((column) => (
          <Table.Tr key={column.index}>
            <Table.Td>{column.index + 1}</Table.Td>
            <Table.Td>{column.header}</Table.Td>
            <Table.Td>
              <Text size="sm" c="dimmed">
                {rows[0]?.cells[column.index] ?? ''}
              </Text>
            </Table.Td>
            <Table.Td>
              <Select
                aria-label={`${t('dossierImport.field')}: ${column.header || String(column.index + 1)}`}
                data={options}
                value={fieldOfColumn(mapping, column.index) ?? IGNORE}
                onChange={(value) =>
                  onChange(withColumnField(mapping, column.index, value ? (value as DossierStatsField) : null))
                }
                allowDeselect={false}
                disabled={disabled}
                size="xs"
                searchable
              />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
