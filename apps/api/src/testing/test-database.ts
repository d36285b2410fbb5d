/** Which database the API suite runs on; the root vitest config provides it per project. */
export type TestDatabaseKind = 'pglite' | 'postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase: TestDatabaseKind;
    /** pglite: path of a migrated data-directory dump. postgres: name of a migrated template database. */
    testDatabaseTemplate: string;
  }
}

export function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}
