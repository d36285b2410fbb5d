/** Every URL of the SPA in one place, so features can link to each other's screens without importing them. */
export const paths = {
  home: '/',
  login: '/login',
  dashboard: '/dashboard',
  inspections: {
    list: '/inspections',
    create: '/inspections/new',
    /** A new inspection read from a report's text (issue 7). */
    importText: '/inspections/import',
    detail: (id: string) => `/inspections/${encodeURIComponent(id)}`,
    edit: (id: string) => `/inspections/${encodeURIComponent(id)}/edit`,
  },
  directives: {
    list: '/directives',
    detail: (id: string) => `/directives/${encodeURIComponent(id)}`,
  },
  units: {
    list: '/units',
    detail: (id: string) => `/units/${encodeURIComponent(id)}`,
  },
  /** One-stop dossier statistics import (issue 7). */
  dossierImport: '/imports/dossier-stats',
  admin: {
    users: '/admin/users',
    audit: '/admin/audit',
  },
} as const;
