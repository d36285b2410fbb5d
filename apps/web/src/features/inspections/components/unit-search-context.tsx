import { createContext, useContext } from 'react';
import { type UnitChoice, UnitPicker, type UnitPickerProps, type UnitSearch } from '../../../components/unit-picker';
import { UnitMultiPicker, type UnitMultiPickerProps } from './unit-multi-picker';

/** How the form finds units: the screens ask the API (`useUnitSearch`), tests give fixed choices. */
export type UseUnitSearch = (validOn: string | null) => UnitSearch;

function useNoUnitSearch(): UnitSearch {
  return { choices: [], isLoading: false, onSearchChange: () => {} };
}

export const UnitSearchContext = createContext<UseUnitSearch>(useNoUnitSearch);

/** A unit picker with its own search, limited to the units that existed on `validOn`. */
export function FormUnitPicker({ validOn, ...props }: Omit<UnitPickerProps, 'search'> & { validOn: string | null }) {
  const useSearch = useContext(UnitSearchContext);
  const search = useSearch(validOn);
  return <UnitPicker {...props} search={search} />;
}

export function FormUnitMultiPicker({
  validOn,
  ...props
}: Omit<UnitMultiPickerProps, 'search'> & { validOn: string | null }) {
  const useSearch = useContext(UnitSearchContext);
  const search = useSearch(validOn);
  return <UnitMultiPicker {...props} search={search} />;
}

export type { UnitChoice };
