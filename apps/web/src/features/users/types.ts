export type { UnitChoice, UnitSearch } from '../../components/unit-picker';
