import {
  type CreateDirectiveUpdateBody,
  type DecideExtensionBody,
  type DirectiveDetail,
  type DirectiveEvent,
  type DirectiveList,
  type DirectiveSummary,
  deriveDirectiveBucket,
  deriveDirectiveStage,
  type EvidenceFile,
  type EvidenceUpload,
  evidenceMediaTypes,
  type ListDirectivesQuery,
  type RequestExtensionBody,
  type ReviewDirectiveBody,
  todayInVietnam,
} from '@partrack/contracts';
import { fileTypeFromBuffer } from 'file-type';
import type { Db } from '../../db/database';
import { AppError } from '../../lib/app-error';
import type { FileStorage } from '../../lib/file-storage';
import type { AuthenticatedContext, AuthUser } from '../../lib/request-context';
import { recordAuditEvent } from '../audit-events/audit-trail';
import { createUnitsRepository } from '../units/units.repository';
import { createDirectivesRepository, type DirectiveRow, type DirectiveTimelineRows } from './directives.repository';

type EvidenceRow = DirectiveTimelineRows['updates'][number]['evidence'][number];

/** A file as it arrived, before anything is stored. */
export type IncomingFile = { fileName: string; content: Buffer };

export function toDirectiveSummary(row: DirectiveRow, today = todayInVietnam()): DirectiveSummary {
  const stage = deriveDirectiveStage(row);
  return {
    id: row.id,
    inspection: {
      id: row.inspection.id,
      date: row.inspection.date,
      unit: row.inspectionUnit,
      topic: row.inspection.topic,
    },
    leadUnit: row.leadUnit,
    text: row.text,
    parArea: row.parArea,
    dueDate: row.dueDate,
    extendedDueDate: row.extendedDueDate,
    reportedDoneOn: row.reportedDoneOn,
    completedOn: row.completedOn,
    stage,
    // Against the original due date, whatever extension was granted.
    bucket: deriveDirectiveBucket(row, today),
    hasPendingExtension: row.hasPendingExtension,
    // Reporting it done again ends "returned": it then awaits review.
    isReturned: stage === 'open' && row.lastReviewDecision === 'return',
  };
}

export function toEvidenceDto(file: EvidenceRow): EvidenceFile {
  return {
    id: file.id,
    fileName: file.fileName,
    mediaType: file.mediaType as EvidenceFile['mediaType'],
    sizeBytes: file.sizeBytes,
    sha256: file.sha256,
  };
}

const person = (id: string | null, displayName: string | null) => (id && displayName ? { id, displayName } : null);

function toTimeline(rows: DirectiveTimelineRows): DirectiveEvent[] {
  const events: DirectiveEvent[] = [
    ...rows.updates.map((update) => ({
      type: 'update' as const,
      id: update.id,
      at: update.createdAt.toISOString(),
      by: person(update.authorId, update.authorName),
      text: update.text,
      percentDone: update.percentDone,
      doneOn: update.doneOn,
      evidence: update.evidence.map(toEvidenceDto),
    })),
    ...rows.reviews.map((review) => ({
      type: 'review' as const,
      id: review.id,
      at: review.createdAt.toISOString(),
      by: person(review.reviewerId, review.reviewerName),
      decision: review.decision,
      comment: review.comment,
    })),
    ...rows.extensions.map((extension) => ({
      type: 'extension' as const,
      id: extension.id,
      at: extension.createdAt.toISOString(),
      by: person(extension.requestedBy, extension.requesterName),
      requestedDueDate: extension.requestedDueDate,
      reason: extension.reason,
      status: extension.status,
      decidedBy: person(extension.decidedBy, extension.deciderName),
      decidedAt: extension.decidedAt?.toISOString() ?? null,
      decisionComment: extension.decisionComment,
    })),
  ];
  return events.sort((a, b) => a.at.localeCompare(b.at));
}

/**
 * The follow-up of a directive: the addressed unit reports progress and completion, the inspecting
 * side accepts or returns it, a leader decides deadline extensions (DOMAIN.md, "Directives").
 */
export function createDirectivesService({ db, storage }: { db: Db; storage: FileStorage }) {
  const repo = createDirectivesRepository(db);

  async function isWithin(user: AuthUser, unitId: string, tx: Db): Promise<boolean> {
    return user.unit === null || createUnitsRepository(tx).isWithin(user.unit.id, unitId);
  }

  /**
   * For each action: whether the user's role and scope allow it at all (else 403), and whether the
   * directive's state allows it now (else 409).
   */
  async function rules(user: AuthUser, row: DirectiveRow, tx: Db) {
    const stage = deriveDirectiveStage(row);
    const addressedToMe =
      user.role === 'admin' || (user.role === 'unit_officer' && (await isWithin(user, row.leadUnitId, tx)));
    return {
      report: { role: addressedToMe, state: stage !== 'accepted' },
      review: { role: user.role === 'admin' || user.role === 'inspector', state: stage === 'awaiting_review' },
      requestExtension: { role: addressedToMe, state: stage !== 'accepted' && !row.hasPendingExtension },
      decideExtension: { role: user.role === 'admin' || user.role === 'leader', state: row.hasPendingExtension },
    };
  }

  async function abilities(user: AuthUser, row: DirectiveRow, tx: Db): Promise<DirectiveDetail['can']> {
    const all = await rules(user, row, tx);
    return {
      report: all.report.role && all.report.state,
      review: all.review.role && all.review.state,
      requestExtension: all.requestExtension.role && all.requestExtension.state,
      decideExtension: all.decideExtension.role && all.decideExtension.state,
    };
  }

  /** Outside the user's scope (by the lead unit or the inspected unit), a directive does not exist. */
  async function requireVisible(user: AuthUser, id: string, tx: Db = db): Promise<DirectiveRow> {
    const row = await createDirectivesRepository(tx).findById(id);
    const visible =
      row &&
      !row.inspection.deletedAt &&
      ((await isWithin(user, row.leadUnitId, tx)) || (await isWithin(user, row.inspection.unitId, tx)));
    if (!visible) throw AppError.notFound('Directive', id);
    return row;
  }

  async function detail(user: AuthUser, id: string, tx: Db = db): Promise<DirectiveDetail> {
    const row = await requireVisible(user, id, tx);
    const timeline = await createDirectivesRepository(tx).timeline(id);
    return {
      ...toDirectiveSummary(row),
      coordinatingUnits: timeline.coordinatingUnits,
      timeline: toTimeline(timeline),
      can: await abilities(user, row, tx),
    };
  }

  /** Runs a change on a locked, visible directive the user may act on, and records it. */
  async function change(
    context: AuthenticatedContext,
    id: string,
    ability: keyof DirectiveDetail['can'],
    apply: (
      tx: Db,
      row: DirectiveRow,
    ) => Promise<{ action: Parameters<typeof recordAuditEvent>[2]['action']; after: unknown }>,
  ): Promise<DirectiveDetail> {
    await db.transaction(async (tx) => {
      await createDirectivesRepository(tx).lock(id);
      const row = await requireVisible(context.user, id, tx);
      const rule = (await rules(context.user, row, tx))[ability];
      if (!rule.role) throw new AppError('FORBIDDEN', 'You may not do this with this directive');
      if (!rule.state) {
        const stage = deriveDirectiveStage(row);
        throw new AppError(
          'CONFLICT',
          `This directive cannot take that now (stage: ${stage}${row.hasPendingExtension ? ', extension pending' : ''})`,
        );
      }
      const { action, after } = await apply(tx, row);
      await recordAuditEvent(tx, context, {
        action,
        entityType: 'directive',
        entityId: id,
        before: toDirectiveSummary(row),
        after,
      });
    });
    return detail(context.user, id);
  }

  return {
    async list(context: AuthenticatedContext, query: ListDirectivesQuery): Promise<DirectiveList> {
      const today = todayInVietnam();
      const { rows, total } = await repo.list(query, context.user.unit?.id ?? null, today);
      return {
        items: rows.map((row) => toDirectiveSummary(row, today)),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    get: (context: AuthenticatedContext, id: string) => detail(context.user, id),

    /** A progress report; with `doneOn` it reports the directive done and awaits review. */
    report(context: AuthenticatedContext, id: string, body: CreateDirectiveUpdateBody): Promise<DirectiveDetail> {
      return change(context, id, 'report', async (tx, row) => {
        if (body.doneOn) {
          const problems = [
            row.reportedDoneOn ? 'it is already reported done and awaits review' : null,
            body.doneOn > todayInVietnam() ? 'must not be in the future' : null,
            body.doneOn < row.inspection.date ? 'must not be before the inspection' : null,
          ].filter((problem): problem is string => problem !== null);
          if (problems.length > 0) {
            throw new AppError(
              'VALIDATION_FAILED',
              'Invalid body: doneOn',
              problems.map((message) => ({ path: 'doneOn', code: 'invalid_date', message })),
            );
          }
        }
        const directives = createDirectivesRepository(tx);
        const { evidenceFileIds, ...update } = body;
        const usable = new Set(await directives.unattachedEvidence(id, context.user.id, evidenceFileIds));
        const unusable = evidenceFileIds.flatMap((fileId, index) => (usable.has(fileId) ? [] : [index]));
        if (unusable.length > 0) {
          throw new AppError(
            'VALIDATION_FAILED',
            'Invalid body: evidenceFileIds',
            unusable.map((index) => ({
              path: `evidenceFileIds[${index}]`,
              code: 'unknown_evidence',
              message: 'not a file you uploaded for this directive, or already cited',
            })),
          );
        }
        const updateId = await directives.addUpdate({ directiveId: id, authorId: context.user.id, ...update });
        await directives.attachEvidence(updateId, evidenceFileIds);
        if (body.doneOn) await directives.setDates(id, { reportedDoneOn: body.doneOn });
        return { action: 'directive.updated', after: body };
      });
    },

    /**
     * Stores evidence for a later progress report. Every file's type is read from its content first:
     * one file of a wrong type refuses the whole upload (415) and nothing is stored.
     */
    async uploadEvidence(context: AuthenticatedContext, id: string, files: IncomingFile[]): Promise<EvidenceUpload> {
      if (files.length === 0) {
        throw new AppError('VALIDATION_FAILED', 'Invalid body: files', [
          { path: 'files', code: 'required', message: 'attach at least one file' },
        ]);
      }
      const typed = await Promise.all(
        files.map(async (file) => ({ ...file, mediaType: (await fileTypeFromBuffer(file.content))?.mime })),
      );
      const refused = typed.flatMap((file, index) =>
        file.mediaType && (evidenceMediaTypes as readonly string[]).includes(file.mediaType) ? [] : [index],
      );
      if (refused.length > 0) {
        throw new AppError(
          'UNSUPPORTED_MEDIA_TYPE',
          'Only PDF, images (PNG, JPEG, WebP), Word (DOCX) and Excel (XLSX) files are accepted',
          refused.map((index) => ({
            path: `files[${index}]`,
            code: 'unsupported_type',
            message: `${typed[index]?.fileName}: not an accepted type`,
          })),
        );
      }
      const stored: string[] = [];
      try {
        let rows: EvidenceRow[] = [];
        await change(context, id, 'report', async (tx) => {
          const saved = [];
          for (const file of typed) {
            const result = await storage.save(file.content);
            stored.push(result.key);
            saved.push({
              directiveId: id,
              uploadedBy: context.user.id,
              fileName: file.fileName,
              mediaType: file.mediaType as string,
              sizeBytes: result.sizeBytes,
              sha256: result.sha256,
              storageKey: result.key,
            });
          }
          rows = await createDirectivesRepository(tx).addEvidence(saved);
          return { action: 'directive.evidence_uploaded', after: rows.map(toEvidenceDto) };
        });
        return { files: rows.map(toEvidenceDto) };
      } catch (error) {
        // The transaction did not commit: remove what was written to disk.
        await Promise.all(stored.map((key) => storage.remove(key)));
        throw error;
      }
    },

    /** Evidence is read by whoever may see its directive. */
    async openEvidence(context: AuthenticatedContext, id: string, fileId: string) {
      await requireVisible(context.user, id);
      const file = await repo.findEvidence(id, fileId);
      if (!file) throw AppError.notFound('Evidence file', fileId);
      return { file: toEvidenceDto(file), stream: storage.open(file.storageKey) };
    },

    /** Accepting completes it on the day the unit reported it done; returning reopens it. */
    review(context: AuthenticatedContext, id: string, body: ReviewDirectiveBody): Promise<DirectiveDetail> {
      return change(context, id, 'review', async (tx, row) => {
        const directives = createDirectivesRepository(tx);
        await directives.addReview({ directiveId: id, reviewerId: context.user.id, ...body });
        await directives.setDates(
          id,
          body.decision === 'accept' ? { completedOn: row.reportedDoneOn } : { reportedDoneOn: null },
        );
        return { action: 'directive.reviewed', after: body };
      });
    },

    requestExtension(context: AuthenticatedContext, id: string, body: RequestExtensionBody): Promise<DirectiveDetail> {
      return change(context, id, 'requestExtension', async (tx, row) => {
        const current = row.extendedDueDate ?? row.dueDate;
        if ((current && body.requestedDueDate <= current) || body.requestedDueDate < todayInVietnam()) {
          throw new AppError('VALIDATION_FAILED', 'Invalid body: requestedDueDate', [
            {
              path: 'requestedDueDate',
              code: 'too_early',
              message: `must be later than the current due date ${current ?? ''} and not in the past`,
            },
          ]);
        }
        await createDirectivesRepository(tx).addExtension({ directiveId: id, requestedBy: context.user.id, ...body });
        return { action: 'directive.extension_requested', after: body };
      });
    },

    /** Approving moves the shown due date; statistics keep counting against the original. */
    decideExtension(
      context: AuthenticatedContext,
      id: string,
      extensionId: string,
      body: DecideExtensionBody,
    ): Promise<DirectiveDetail> {
      return change(context, id, 'decideExtension', async (tx) => {
        const directives = createDirectivesRepository(tx);
        const extension = await directives.findExtension(id, extensionId);
        if (!extension) throw AppError.notFound('Extension request', extensionId);
        if (extension.status !== 'pending')
          throw new AppError('CONFLICT', 'This extension request was already decided');
        const status = body.decision === 'approve' ? 'approved' : 'rejected';
        await directives.decideExtension(extensionId, { status, decidedBy: context.user.id, comment: body.comment });
        if (status === 'approved') await directives.setDates(id, { extendedDueDate: extension.requestedDueDate });
        return { action: 'directive.extension_decided', after: { extensionId, ...body } };
      });
    },
  };
}
