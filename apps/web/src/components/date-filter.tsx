import { DateInput } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { DISPLAY_DATE_FORMAT, parseDisplayDate } from '../lib/format';

export interface DateFilterProps {
  label: string;
  /** ISO date (yyyy-mm-dd) or null for no filter. */
  value: string | null;
  onChange: (value: string | null) => void;
  /** The other end of a range, so a reader cannot pick an end before its start. */
  minDate?: string | null;
  maxDate?: string | null;
}

/** A day on a filter bar: typed as dd/mm/yyyy or picked from the calendar, and clearable. */
export function DateFilter({ label, value, onChange, minDate, maxDate }: DateFilterProps) {
  return (
    <DateInput
      label={label}
      placeholder={DISPLAY_DATE_FORMAT.toLowerCase()}
      valueFormat={DISPLAY_DATE_FORMAT}
      dateParser={parseDisplayDate}
      value={value}
      minDate={minDate ?? undefined}
      maxDate={maxDate ?? undefined}
      onChange={onChange}
      leftSection={<IconCalendar size={16} aria-hidden />}
      clearable
      w={{ base: '100%', xs: 170 }}
    />
  );
}
