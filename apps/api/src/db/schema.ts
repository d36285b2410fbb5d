import {
  ExtensionStatusSchema,
  FindingKindSchema,
  InspectionKindSchema,
  NotificationKindSchema,
  ParAreaSchema,
  PartOfDaySchema,
  QualifierSchema,
  RoleSchema,
  UnitLevelSchema,
} from '@partrack/contracts';
import { relations, sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  bigserial,
  boolean,
  check,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** PostgreSQL's full-text document type (drizzle has none of its own). */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** The values of a contract's enum, in order, as drizzle wants them: one list for both. */
function valuesOf<T extends string>(schema: { options: readonly T[] }): [T, ...T[]] {
  return schema.options as [T, ...T[]];
}

/**
 * A record's id: a UUIDv7 (migration 0014's `uuid_v7()`, or `newId()` where the application makes it),
 * which begins with the time it was made. Rows written one after another then share index pages, where
 * random ids sent every row to a random page of each index (ADR 019).
 */
const recordId = () => uuid('id').primaryKey().default(sql`uuid_v7()`);

/** Declared top to bottom (as in contracts): PostgreSQL sorts enum values in this order. */
export const unitLevel = pgEnum('unit_level', valuesOf(UnitLevelSchema));

export const units = pgTable(
  'units',
  {
    id: recordId(),
    name: text('name').notNull(),
    shortName: text('short_name').notNull(),
    level: unitLevel('level').notNull(),
    parentId: uuid('parent_id').references((): AnyPgColumn => units.id, { onDelete: 'restrict' }),
    code: text('code').unique(),
    validFrom: date('valid_from'),
    validTo: date('valid_to'),
    /** foldSearchText(name + code): written by the repository, compared with a folded query. */
    searchText: text('search_text').notNull(),
    /** foldSearchText(shortName): the sort key, so "Gia Lâm" sorts before "Kiến An" on every collation. */
    sortName: text('sort_name').notNull(),
    /** The words of searchText, indexed (GIN). */
    searchVector: tsvector('search_vector').generatedAlwaysAs(sql`to_tsvector('simple', search_text)`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('units_parent_idx').on(table.parentId, table.level, table.sortName),
    index('units_level_idx').on(table.level, table.sortName),
    index('units_search_vector_idx').using('gin', table.searchVector),
    check(
      'units_valid_range',
      sql`${table.validTo} IS NULL OR ${table.validFrom} IS NULL OR ${table.validFrom} <= ${table.validTo}`,
    ),
    check('units_not_own_parent', sql`${table.parentId} IS NULL OR ${table.parentId} <> ${table.id}`),
  ],
);

/** Many-to-many: a new unit takes parts of several old ones (Resolution 202/2025/QH15). */
export const unitSuccessions = pgTable(
  'unit_successions',
  {
    predecessorId: uuid('predecessor_id')
      .notNull()
      .references(() => units.id, { onDelete: 'cascade' }),
    successorId: uuid('successor_id')
      .notNull()
      .references(() => units.id, { onDelete: 'cascade' }),
    effectiveOn: date('effective_on').notNull(),
    note: text('note'),
  },
  (table) => [
    primaryKey({ columns: [table.predecessorId, table.successorId] }),
    index('unit_successions_successor_idx').on(table.successorId),
    check('unit_successions_distinct', sql`${table.predecessorId} <> ${table.successorId}`),
  ],
);

/**
 * Every unit with each of its ancestors and itself (depth 0): "the unit and everything below it" as
 * one indexed join instead of a recursive walk. Kept current by the database itself: a trigger
 * rebuilds it whenever units are added or moved (migration 0008, docs/decisions/019-national-scale.md).
 */
export const unitAncestors = pgTable(
  'unit_ancestors',
  {
    ancestorId: uuid('ancestor_id')
      .notNull()
      .references(() => units.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'cascade' }),
    depth: integer('depth').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.ancestorId, table.unitId] }),
    index('unit_ancestors_unit_idx').on(table.unitId, table.ancestorId),
  ],
);

export const userRole = pgEnum('user_role', valuesOf(RoleSchema));

export const users = pgTable(
  'users',
  {
    id: recordId(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    role: userRole('role').notNull(),
    /** The user's scope: this unit and its descendants; null means every unit. */
    unitId: uuid('unit_id').references(() => units.id, { onDelete: 'restrict' }),
    isActive: boolean('is_active').notNull().default(true),
    /** For e-mailed reminders, when SMTP is configured. */
    email: text('email'),
    passwordHash: text('password_hash').notNull(),
    /** Bumped to end every session at once: password change or reset, disabling, role or scope change. */
    sessionVersion: integer('session_version').notNull().default(1),
    searchText: text('search_text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('users_username_idx').on(table.username),
    check('users_unit_officer_has_unit', sql`${table.role} <> 'unit_officer' OR ${table.unitId} IS NOT NULL`),
  ],
);

/** Refresh tokens, stored only as SHA-256 hashes; a family is one login and its rotations. */
export const refreshTokens = pgTable(
  'refresh_tokens',
  {
    id: recordId(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    familyId: uuid('family_id').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    /** Set when rotated, logged out or revoked; presenting a revoked token again revokes its family. */
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('refresh_tokens_hash_idx').on(table.tokenHash),
    index('refresh_tokens_family_idx').on(table.familyId),
    index('refresh_tokens_user_idx').on(table.userId),
  ],
);

/**
 * Append-only and hash-chained: `hash = sha256(prevHash + canonical event)`. A change writes its
 * event unsealed; the sealer (audit-sealer.ts) links it after commit, in `chainSeq` order. A trigger
 * refuses DELETE, TRUNCATE and every UPDATE but that sealing (migrations 0002, 0013);
 * `pnpm partrack audit:verify` recomputes the chain.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'string' }).notNull(),
    actorId: uuid('actor_id'),
    actorUsername: text('actor_username'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
    ip: text('ip'),
    /** Set, with `hash` and `chainSeq`, when the event is sealed into the chain; NULL until then. */
    prevHash: text('prev_hash'),
    hash: text('hash'),
    /** The event's place in the chain: the order it was sealed in (commit order, not `seq`). */
    chainSeq: bigint('chain_seq', { mode: 'number' }),
  },
  (table) => [
    uniqueIndex('audit_events_chain_idx').on(table.chainSeq),
    check(
      'audit_events_sealed_whole',
      sql`(${table.hash} IS NULL) = (${table.prevHash} IS NULL) AND (${table.hash} IS NULL) = (${table.chainSeq} IS NULL)`,
    ),
    // What the sealer has left to do.
    index('audit_events_unsealed_idx').on(table.seq).where(sql`${table.hash} IS NULL`),
    index('audit_events_entity_idx').on(table.entityType, table.entityId, table.seq),
    index('audit_events_actor_idx').on(table.actorId, table.seq),
    index('audit_events_occurred_idx').on(table.occurredAt),
    // The dashboard's data version: the latest entry about units, inspections, directives or imports.
    index('audit_events_type_seq_idx').on(table.entityType, table.seq),
  ],
);

export const inspectionKind = pgEnum('inspection_kind', valuesOf(InspectionKindSchema));
export const partOfDay = pgEnum('part_of_day', valuesOf(PartOfDaySchema));
export const findingKind = pgEnum('finding_kind', valuesOf(FindingKindSchema));
export const parArea = pgEnum('par_area', valuesOf(ParAreaSchema));
export const figureQualifier = pgEnum('figure_qualifier', valuesOf(QualifierSchema));

export const inspections = pgTable(
  'inspections',
  {
    id: recordId(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    kind: inspectionKind('kind').notNull(),
    date: date('date').notNull(),
    partOfDay: partOfDay('part_of_day'),
    topic: text('topic').notNull(),
    periodStart: date('period_start'),
    periodEnd: date('period_end'),
    /** { name, establishingDocument, members[] }: read and written whole with the inspection. */
    delegation: jsonb('delegation').$type<{
      name: string | null;
      establishingDocument: string | null;
      members: string[];
    }>(),
    leaderName: text('leader_name'),
    leaderTitle: text('leader_title'),
    sourceReference: text('source_reference'),
    /** foldSearchText of leader, delegation, topic, findings and directives. */
    searchText: text('search_text').notNull(),
    /** foldSearchText(leader name), for the leader filter. */
    leaderSearch: text('leader_search').notNull().default(''),
    /** The words of searchText, indexed (GIN): a word is found without reading every document. */
    searchVector: tsvector('search_vector').generatedAlwaysAs(sql`to_tsvector('simple', search_text)`),
    loggedBy: uuid('logged_by').references(() => users.id, { onDelete: 'set null' }),
    /** Bumped by every change; the ETag. */
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    deletedBy: uuid('deleted_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (table) => [
    index('inspections_unit_date_idx').on(table.unitId, table.date),
    index('inspections_date_idx').on(table.date),
    index('inspections_search_vector_idx').using('gin', table.searchVector),
    check(
      'inspections_period',
      sql`${table.periodStart} IS NULL OR ${table.periodEnd} IS NULL OR ${table.periodStart} <= ${table.periodEnd}`,
    ),
  ],
);

export const inspectionSites = pgTable(
  'inspection_sites',
  {
    inspectionId: uuid('inspection_id')
      .notNull()
      .references(() => inspections.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    place: text('place'),
  },
  (table) => [primaryKey({ columns: [table.inspectionId, table.position] })],
);

export const findings = pgTable(
  'findings',
  {
    id: recordId(),
    inspectionId: uuid('inspection_id')
      .notNull()
      .references(() => inspections.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    kind: findingKind('kind').notNull(),
    parArea: parArea('par_area'),
    text: text('text').notNull(),
  },
  (table) => [index('findings_inspection_idx').on(table.inspectionId, table.position)],
);

/** Where a figure came from: an inspection's report, or a one-stop system's statistics file. */
export const figureSource = pgEnum('figure_source', ['inspection', 'one_stop_import']);

/** One imported file: the figures it wrote point back to the latest batch that wrote them. */
export const importBatches = pgTable(
  'import_batches',
  {
    id: recordId(),
    kind: text('kind').notNull(),
    fileName: text('file_name').notNull(),
    importedBy: uuid('imported_by').references(() => users.id, { onDelete: 'set null' }),
    rowCount: integer('row_count').notNull().default(0),
    figuresCreated: integer('figures_created').notNull().default(0),
    figuresUpdated: integer('figures_updated').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('import_batches_created_idx').on(table.createdAt)],
);

export const figures = pgTable(
  'figures',
  {
    id: recordId(),
    /** Null for imported figures: they belong to an import batch instead. */
    inspectionId: uuid('inspection_id').references(() => inspections.id, { onDelete: 'cascade' }),
    source: figureSource('source').notNull().default('inspection'),
    importBatchId: uuid('import_batch_id').references(() => importBatches.id, { onDelete: 'set null' }),
    /**
     * Imported figures only: source|unit|indicator|tier|start|end, unique, so a re-import updates the
     * figure instead of adding one (ON CONFLICT). An expression index cannot do it: enum → text is not
     * immutable. Null (never equal) for inspection figures, which may repeat across inspections.
     */
    importKey: text('import_key').unique('figures_import_key_unique'),
    position: integer('position').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    indicator: text('indicator').notNull(),
    tier: unitLevel('tier'),
    periodStart: date('period_start'),
    periodEnd: date('period_end').notNull(),
    value: doublePrecision('value').notNull(),
    qualifier: figureQualifier('qualifier').notNull().default('exact'),
    note: text('note'),
  },
  (table) => [
    index('figures_inspection_idx').on(table.inspectionId, table.position),
    // The keys of figure_periods: a refresh finds a (unit, tier, period)'s figures by unit and period end.
    index('figures_unit_period_idx').on(table.unitId, table.periodEnd),
    check(
      'figures_source_owner',
      sql`(${table.source} = 'inspection' AND ${table.inspectionId} IS NOT NULL) OR (${table.source} <> 'inspection' AND ${table.inspectionId} IS NULL AND ${table.importKey} IS NOT NULL)`,
    ),
  ],
);

/** One indicator's value in a reported period, with the records it came from. */
export type PeriodFigure = {
  /** The value. */
  v: number;
  /** The figure. */
  f: string;
  /** Its inspection; null for an imported one-stop figure. */
  i: string | null;
};

/**
 * The figures the dashboard reads, one row per unit, tier and reported period: for each indicator the
 * value that stands (an imported one-stop figure, else the most recent live inspection's), and the
 * units whose records they are (for scope). Derived from `figures`: triggers keep it current on every
 * write, import and (un)deletion of an inspection (migration 0008, docs/decisions/019-national-scale.md).
 */
export const figurePeriods = pgTable(
  'figure_periods',
  {
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'cascade' }),
    tier: unitLevel('tier'),
    periodStart: date('period_start'),
    periodEnd: date('period_end').notNull(),
    figures: jsonb('figures').$type<Record<string, PeriodFigure>>().notNull(),
    ownerIds: uuid('owner_ids').array().notNull(),
    // The dashboard's indicators (contracts' dossierIndicators and planTaskIndicators) as columns too:
    // a national list adds them up over thousands of rows, which reading JSON would slow down.
    received: doublePrecision('received'),
    carriedOver: doublePrecision('carried_over'),
    resolved: doublePrecision('resolved'),
    resolvedEarly: doublePrecision('resolved_early'),
    resolvedOnTime: doublePrecision('resolved_on_time'),
    resolvedLate: doublePrecision('resolved_late'),
    inProgress: doublePrecision('in_progress'),
    inProgressWithinDeadline: doublePrecision('in_progress_within_deadline'),
    inProgressOverdue: doublePrecision('in_progress_overdue'),
    onTimeRateReported: doublePrecision('on_time_rate_reported'),
    planTasksAssigned: doublePrecision('plan_tasks_assigned'),
    planTasksCompleted: doublePrecision('plan_tasks_completed'),
    planTasksCompletedRate: doublePrecision('plan_tasks_completed_rate'),
  },
  (table) => [
    unique('figure_periods_key').on(table.unitId, table.periodEnd, table.tier, table.periodStart).nullsNotDistinct(),
  ],
);

export const directives = pgTable(
  'directives',
  {
    id: recordId(),
    inspectionId: uuid('inspection_id')
      .notNull()
      .references(() => inspections.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    leadUnitId: uuid('lead_unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    text: text('text').notNull(),
    parArea: parArea('par_area').notNull().default('other'),
    /** The original due date: statistics count against it, whatever extensions follow. */
    dueDate: date('due_date'),
    /** The day the unit says it was done; cleared when the inspecting side returns it. */
    reportedDoneOn: date('reported_done_on'),
    /** The day it was done, set from reportedDoneOn when the inspecting side accepts it. */
    completedOn: date('completed_on'),
    /** The latest approved extension; dueDate stays the original. */
    extendedDueDate: date('extended_due_date'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('directives_inspection_idx').on(table.inspectionId, table.position),
    index('directives_lead_unit_due_idx').on(table.leadUnitId, table.dueDate),
  ],
);

export const directiveCoordinatingUnits = pgTable(
  'directive_coordinating_units',
  {
    directiveId: uuid('directive_id')
      .notNull()
      .references(() => directives.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
  },
  (table) => [primaryKey({ columns: [table.directiveId, table.unitId] })],
);

export const extensionStatus = pgEnum('extension_status', valuesOf(ExtensionStatusSchema));
export const reviewDecision = pgEnum('review_decision', ['accept', 'return']);

/** Progress reports of the addressed unit: append-only. */
export const directiveUpdates = pgTable(
  'directive_updates',
  {
    id: recordId(),
    directiveId: uuid('directive_id')
      .notNull()
      .references(() => directives.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    text: text('text').notNull(),
    percentDone: integer('percent_done'),
    doneOn: date('done_on'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('directive_updates_directive_idx').on(table.directiveId, table.createdAt),
    check('directive_updates_percent', sql`${table.percentDone} IS NULL OR ${table.percentDone} BETWEEN 0 AND 100`),
  ],
);

/** The inspecting side's decisions on a reported completion: append-only. */
export const directiveReviews = pgTable(
  'directive_reviews',
  {
    id: recordId(),
    directiveId: uuid('directive_id')
      .notNull()
      .references(() => directives.id, { onDelete: 'cascade' }),
    reviewerId: uuid('reviewer_id').references(() => users.id, { onDelete: 'set null' }),
    decision: reviewDecision('decision').notNull(),
    comment: text('comment'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('directive_reviews_directive_idx').on(table.directiveId, table.createdAt)],
);

export const directiveExtensions = pgTable(
  'directive_extensions',
  {
    id: recordId(),
    directiveId: uuid('directive_id')
      .notNull()
      .references(() => directives.id, { onDelete: 'cascade' }),
    requestedBy: uuid('requested_by').references(() => users.id, { onDelete: 'set null' }),
    requestedDueDate: date('requested_due_date').notNull(),
    reason: text('reason').notNull(),
    status: extensionStatus('status').notNull().default('pending'),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionComment: text('decision_comment'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('directive_extensions_directive_idx').on(table.directiveId, table.createdAt),
    // At most one request waits for a decision at a time.
    uniqueIndex('directive_extensions_one_pending_idx').on(table.directiveId).where(sql`${table.status} = 'pending'`),
  ],
);

/** Evidence uploaded for a directive; attached to the progress report that cites it. */
export const evidenceFiles = pgTable(
  'evidence_files',
  {
    id: recordId(),
    directiveId: uuid('directive_id')
      .notNull()
      .references(() => directives.id, { onDelete: 'cascade' }),
    /** Null until a progress report cites it. */
    updateId: uuid('update_id').references(() => directiveUpdates.id, { onDelete: 'set null' }),
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    fileName: text('file_name').notNull(),
    /** Detected from the content, not taken from the name or the client's claim. */
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('evidence_files_directive_idx').on(table.directiveId),
    index('evidence_files_update_idx').on(table.updateId),
  ],
);

export const notificationKind = pgEnum('notification_kind', valuesOf(NotificationKindSchema));

/**
 * In-app notifications. `dedupe_key` is unique: the reminder job may run twice, or again after a
 * restart, and never notifies anyone twice of the same thing.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: recordId(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: notificationKind('kind').notNull(),
    directiveId: uuid('directive_id')
      .notNull()
      .references(() => directives.id, { onDelete: 'cascade' }),
    message: text('message').notNull(),
    dedupeKey: text('dedupe_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
    /** Set once an e-mail went out (only when SMTP is configured). */
    emailedAt: timestamp('emailed_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('notifications_dedupe_idx').on(table.dedupeKey),
    index('notifications_user_idx').on(table.userId, table.createdAt),
  ],
);

/**
 * The first answer to a create sent with an Idempotency-Key (ADR 020), per user and key. Written in
 * the transaction of the records it created, so neither exists without the other; kept 24 hours.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    /** SHA-256 of the method, the path and the body (or the multipart parts). */
    fingerprint: text('fingerprint').notNull(),
    statusCode: integer('status_code').notNull(),
    headers: jsonb('headers').$type<Record<string, string>>().notNull(),
    body: jsonb('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.key] })],
);

/*
 * Relations for drizzle's relational queries: an inspection with everything it holds is read in one
 * statement (ADR 019), not one query per kind of child.
 */
export const inspectionsRelations = relations(inspections, ({ one, many }) => ({
  unit: one(units, { fields: [inspections.unitId], references: [units.id] }),
  loggedByUser: one(users, { fields: [inspections.loggedBy], references: [users.id] }),
  sites: many(inspectionSites),
  findings: many(findings),
  figures: many(figures),
  directives: many(directives),
}));

export const inspectionSitesRelations = relations(inspectionSites, ({ one }) => ({
  inspection: one(inspections, { fields: [inspectionSites.inspectionId], references: [inspections.id] }),
  unit: one(units, { fields: [inspectionSites.unitId], references: [units.id] }),
}));

export const findingsRelations = relations(findings, ({ one }) => ({
  inspection: one(inspections, { fields: [findings.inspectionId], references: [inspections.id] }),
}));

export const figuresRelations = relations(figures, ({ one }) => ({
  inspection: one(inspections, { fields: [figures.inspectionId], references: [inspections.id] }),
  unit: one(units, { fields: [figures.unitId], references: [units.id] }),
}));

export const directivesRelations = relations(directives, ({ one, many }) => ({
  inspection: one(inspections, { fields: [directives.inspectionId], references: [inspections.id] }),
  leadUnit: one(units, { fields: [directives.leadUnitId], references: [units.id] }),
  coordinatingUnits: many(directiveCoordinatingUnits),
}));

export const directiveCoordinatingUnitsRelations = relations(directiveCoordinatingUnits, ({ one }) => ({
  directive: one(directives, { fields: [directiveCoordinatingUnits.directiveId], references: [directives.id] }),
  unit: one(units, { fields: [directiveCoordinatingUnits.unitId], references: [units.id] }),
}));
