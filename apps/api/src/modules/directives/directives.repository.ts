import type { DirectiveBucket, DirectiveStage, ListDirectivesQuery } from '@partrack/contracts';
import { and, asc, count, eq, gte, inArray, isNotNull, isNull, lte, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type Db, inOrder } from '../../db/database';
import {
  directiveCoordinatingUnits,
  directiveExtensions,
  directiveReviews,
  directives,
  directiveUpdates,
  evidenceFiles,
  inspections,
  units,
  users,
} from '../../db/schema';
import { unitSubtree } from '../units/units.repository';

type UnitRef = { id: string; name: string; level: (typeof units.$inferSelect)['level'] };

export type DirectiveRow = typeof directives.$inferSelect & {
  inspection: { id: string; date: string; topic: string; unitId: string; deletedAt: Date | null };
  inspectionUnit: UnitRef;
  leadUnit: UnitRef;
  hasPendingExtension: boolean;
  lastReviewDecision: 'accept' | 'return' | null;
};

export type DirectiveTimelineRows = {
  updates: (typeof directiveUpdates.$inferSelect & {
    authorName: string | null;
    evidence: (typeof evidenceFiles.$inferSelect)[];
  })[];
  reviews: (typeof directiveReviews.$inferSelect & { reviewerName: string | null })[];
  extensions: (typeof directiveExtensions.$inferSelect & {
    requesterName: string | null;
    deciderName: string | null;
  })[];
  coordinatingUnits: UnitRef[];
};

const inspectionUnit = alias(units, 'inspection_unit');
const leadUnit = alias(units, 'lead_unit');

const pendingExtension = sql<boolean>`EXISTS (SELECT 1 FROM ${directiveExtensions} WHERE ${directiveExtensions.directiveId} = ${directives.id} AND ${directiveExtensions.status} = 'pending')`;

const lastReviewDecision = sql<
  'accept' | 'return' | null
>`(SELECT ${directiveReviews.decision} FROM ${directiveReviews} WHERE ${directiveReviews.directiveId} = ${directives.id} ORDER BY ${directiveReviews.createdAt} DESC, ${directiveReviews.id} DESC LIMIT 1)`;

/** The bucket rules of deriveDirectiveBucket, as SQL, so lists filter and count in the database. */
export function bucketCondition(bucket: DirectiveBucket, today: string): SQL | undefined {
  switch (bucket) {
    case 'done_on_time':
      return and(
        isNotNull(directives.completedOn),
        sql`(${directives.dueDate} IS NULL OR ${directives.completedOn} <= ${directives.dueDate})`,
      );
    case 'done_late':
      return and(isNotNull(directives.completedOn), sql`${directives.completedOn} > ${directives.dueDate}`);
    case 'open_within_deadline':
      return and(
        isNull(directives.completedOn),
        sql`(${directives.dueDate} IS NULL OR ${directives.dueDate} >= ${today})`,
      );
    case 'open_overdue':
      return and(isNull(directives.completedOn), sql`${directives.dueDate} < ${today}`);
  }
}

function stageCondition(stage: DirectiveStage): SQL | undefined {
  if (stage === 'accepted') return isNotNull(directives.completedOn);
  if (stage === 'awaiting_review') return and(isNull(directives.completedOn), isNotNull(directives.reportedDoneOn));
  return and(isNull(directives.completedOn), isNull(directives.reportedDoneOn));
}

const selection = {
  directive: directives,
  inspection: {
    id: inspections.id,
    date: inspections.date,
    topic: inspections.topic,
    unitId: inspections.unitId,
    deletedAt: inspections.deletedAt,
  },
  inspectionUnit: { id: inspectionUnit.id, name: inspectionUnit.name, level: inspectionUnit.level },
  leadUnit: { id: leadUnit.id, name: leadUnit.name, level: leadUnit.level },
  hasPendingExtension: pendingExtension,
  lastReviewDecision,
};

export function createDirectivesRepository(db: Db) {
  const base = (tx: Db) =>
    tx
      .select(selection)
      .from(directives)
      .innerJoin(inspections, eq(inspections.id, directives.inspectionId))
      .innerJoin(inspectionUnit, eq(inspectionUnit.id, inspections.unitId))
      .innerJoin(leadUnit, eq(leadUnit.id, directives.leadUnitId));

  const toRow = (row: Awaited<ReturnType<ReturnType<typeof base>['execute']>>[number]): DirectiveRow => ({
    ...row.directive,
    inspection: row.inspection,
    inspectionUnit: row.inspectionUnit,
    leadUnit: row.leadUnit,
    hasPendingExtension: row.hasPendingExtension,
    lastReviewDecision: row.lastReviewDecision,
  });

  return {
    async findById(id: string, tx: Db = db): Promise<DirectiveRow | undefined> {
      const [row] = await base(tx).where(eq(directives.id, id));
      return row ? toRow(row) : undefined;
    },

    /** Locks the directive for the rest of the transaction: decisions on it queue up. */
    async lock(id: string, tx: Db = db): Promise<void> {
      await tx.select({ id: directives.id }).from(directives).where(eq(directives.id, id)).for('update');
    },

    async list(query: ListDirectivesQuery, scopeUnitId: string | null, today: string, tx: Db = db) {
      const where = and(
        isNull(inspections.deletedAt),
        scopeUnitId
          ? sql`(${directives.leadUnitId} IN ${unitSubtree(scopeUnitId)} OR ${inspections.unitId} IN ${unitSubtree(scopeUnitId)})`
          : undefined,
        query.unitId ? sql`${directives.leadUnitId} IN ${unitSubtree(query.unitId)}` : undefined,
        query.inspectionId ? eq(directives.inspectionId, query.inspectionId) : undefined,
        query.parArea ? eq(directives.parArea, query.parArea) : undefined,
        query.dueFrom ? gte(directives.dueDate, query.dueFrom) : undefined,
        query.dueTo ? lte(directives.dueDate, query.dueTo) : undefined,
        query.assignedFrom ? gte(inspections.date, query.assignedFrom) : undefined,
        query.assignedTo ? lte(inspections.date, query.assignedTo) : undefined,
        query.bucket ? bucketCondition(query.bucket, today) : undefined,
        query.stage ? stageCondition(query.stage) : undefined,
        query.hasPendingExtension === undefined
          ? undefined
          : query.hasPendingExtension
            ? pendingExtension
            : sql`NOT ${pendingExtension}`,
      );
      const order =
        query.sort === 'due_desc'
          ? sql`${directives.dueDate} DESC NULLS LAST`
          : sql`${directives.dueDate} ASC NULLS LAST`;
      const [rows, counted] = await inOrder([
        base(tx)
          .where(where)
          .orderBy(order, asc(directives.id))
          .limit(query.pageSize)
          .offset((query.page - 1) * query.pageSize),
        tx
          .select({ total: count() })
          .from(directives)
          .innerJoin(inspections, eq(inspections.id, directives.inspectionId))
          .where(where),
      ]);
      return { rows: rows.map(toRow), total: counted[0]?.total ?? 0 };
    },

    async timeline(id: string, tx: Db = db): Promise<DirectiveTimelineRows> {
      const author = alias(users, 'author');
      const decider = alias(users, 'decider');
      const coordinating = alias(units, 'coordinating_unit');
      const [updates, reviews, extensions, coordinatingUnits, evidence] = await inOrder([
        tx
          .select({ update: directiveUpdates, authorName: author.displayName })
          .from(directiveUpdates)
          .leftJoin(author, eq(author.id, directiveUpdates.authorId))
          .where(eq(directiveUpdates.directiveId, id))
          .orderBy(asc(directiveUpdates.createdAt)),
        tx
          .select({ review: directiveReviews, reviewerName: author.displayName })
          .from(directiveReviews)
          .leftJoin(author, eq(author.id, directiveReviews.reviewerId))
          .where(eq(directiveReviews.directiveId, id))
          .orderBy(asc(directiveReviews.createdAt)),
        tx
          .select({
            extension: directiveExtensions,
            requesterName: author.displayName,
            deciderName: decider.displayName,
          })
          .from(directiveExtensions)
          .leftJoin(author, eq(author.id, directiveExtensions.requestedBy))
          .leftJoin(decider, eq(decider.id, directiveExtensions.decidedBy))
          .where(eq(directiveExtensions.directiveId, id))
          .orderBy(asc(directiveExtensions.createdAt)),
        tx
          .select({ id: coordinating.id, name: coordinating.name, level: coordinating.level })
          .from(directiveCoordinatingUnits)
          .innerJoin(coordinating, eq(coordinating.id, directiveCoordinatingUnits.unitId))
          .where(eq(directiveCoordinatingUnits.directiveId, id))
          .orderBy(asc(coordinating.sortName)),
        tx
          .select()
          .from(evidenceFiles)
          .where(and(eq(evidenceFiles.directiveId, id), isNotNull(evidenceFiles.updateId)))
          .orderBy(asc(evidenceFiles.createdAt)),
      ]);
      return {
        updates: updates.map((row) => ({
          ...row.update,
          authorName: row.authorName,
          evidence: evidence.filter((file) => file.updateId === row.update.id),
        })),
        reviews: reviews.map((row) => ({ ...row.review, reviewerName: row.reviewerName })),
        extensions: extensions.map((row) => ({
          ...row.extension,
          requesterName: row.requesterName,
          deciderName: row.deciderName,
        })),
        coordinatingUnits,
      };
    },

    /** Of these directives, the ids that already have answers, reviews or extension requests. */
    async withFollowUp(ids: string[], tx: Db = db): Promise<string[]> {
      if (ids.length === 0) return [];
      const rows = await tx
        .select({ id: directives.id })
        .from(directives)
        .where(
          and(
            inArray(directives.id, ids),
            sql`(${isNotNull(directives.reportedDoneOn)} OR EXISTS (SELECT 1 FROM ${directiveUpdates} WHERE ${directiveUpdates.directiveId} = ${directives.id}) OR EXISTS (SELECT 1 FROM ${directiveExtensions} WHERE ${directiveExtensions.directiveId} = ${directives.id}))`,
          ),
        );
      return rows.map((row) => row.id);
    },

    async addUpdate(update: typeof directiveUpdates.$inferInsert, tx: Db = db): Promise<string> {
      const [row] = await tx.insert(directiveUpdates).values(update).returning({ id: directiveUpdates.id });
      if (!row) throw new Error('Insert returned no row');
      return row.id;
    },

    async addEvidence(files: (typeof evidenceFiles.$inferInsert)[], tx: Db = db) {
      return tx.insert(evidenceFiles).values(files).returning();
    },

    /** Files of this directive, uploaded by this user and not yet cited, among the ids given. */
    async unattachedEvidence(directiveId: string, uploadedBy: string, ids: string[], tx: Db = db): Promise<string[]> {
      if (ids.length === 0) return [];
      const rows = await tx
        .select({ id: evidenceFiles.id })
        .from(evidenceFiles)
        .where(
          and(
            inArray(evidenceFiles.id, ids),
            eq(evidenceFiles.directiveId, directiveId),
            eq(evidenceFiles.uploadedBy, uploadedBy),
            isNull(evidenceFiles.updateId),
          ),
        );
      return rows.map((row) => row.id);
    },

    async attachEvidence(updateId: string, ids: string[], tx: Db = db): Promise<void> {
      if (ids.length > 0) await tx.update(evidenceFiles).set({ updateId }).where(inArray(evidenceFiles.id, ids));
    },

    async findEvidence(directiveId: string, fileId: string, tx: Db = db) {
      const [row] = await tx
        .select()
        .from(evidenceFiles)
        .where(and(eq(evidenceFiles.id, fileId), eq(evidenceFiles.directiveId, directiveId)));
      return row;
    },

    async addReview(review: typeof directiveReviews.$inferInsert, tx: Db = db): Promise<void> {
      await tx.insert(directiveReviews).values(review);
    },

    async addExtension(extension: typeof directiveExtensions.$inferInsert, tx: Db = db): Promise<void> {
      await tx.insert(directiveExtensions).values(extension);
    },

    async findExtension(directiveId: string, extensionId: string, tx: Db = db) {
      const [row] = await tx
        .select()
        .from(directiveExtensions)
        .where(and(eq(directiveExtensions.id, extensionId), eq(directiveExtensions.directiveId, directiveId)))
        .for('update');
      return row;
    },

    async decideExtension(
      extensionId: string,
      decision: { status: 'approved' | 'rejected'; decidedBy: string; comment: string | null },
      tx: Db = db,
    ): Promise<void> {
      await tx
        .update(directiveExtensions)
        .set({
          status: decision.status,
          decidedBy: decision.decidedBy,
          decidedAt: sql`now()`,
          decisionComment: decision.comment,
        })
        .where(eq(directiveExtensions.id, extensionId));
    },

    /** The follow-up dates of a directive; only the fields given change. */
    async setDates(
      id: string,
      dates: Partial<Pick<typeof directives.$inferSelect, 'reportedDoneOn' | 'completedOn' | 'extendedDueDate'>>,
      tx: Db = db,
    ): Promise<void> {
      await tx.update(directives).set(dates).where(eq(directives.id, id));
    },
  };
}

export type DirectivesRepository = ReturnType<typeof createDirectivesRepository>;
