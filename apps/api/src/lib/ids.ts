import { v7 } from 'uuid';

/**
 * A new record's id, where the application makes it before the insert (rows that reference each other
 * in one statement): a UUIDv7, time first, as the database's own default `uuid_v7()` (migration 0014).
 */
export const newId = (): string => v7();
