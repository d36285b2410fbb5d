import { z } from 'zod';
import { IdSchema, IsoDateSchema } from './dates';
import { DirectiveBucketSchema } from './directive-status';
import { ruleIssue } from './errors';
import { PageQuerySchema, pageOf } from './pagination';
import { ParAreaSchema } from './par-areas';
import { UnitRefSchema } from './units';

/** Where a directive stands in its follow-up; derived from its dates, never set by hand. */
export const DirectiveStageSchema = z.enum(['open', 'awaiting_review', 'accepted']);
export type DirectiveStage = z.infer<typeof DirectiveStageSchema>;

export const ExtensionStatusSchema = z.enum(['pending', 'approved', 'rejected']);
export type ExtensionStatus = z.infer<typeof ExtensionStatusSchema>;

const PersonSchema = z.object({ id: IdSchema, displayName: z.string() });

/** Evidence types accepted, recognised by their content (PDF, images, Word and Excel documents). */
export const evidenceMediaTypes = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/webp',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
] as const;

export const EvidenceFileSchema = z.object({
  id: IdSchema,
  fileName: z.string(),
  mediaType: z.enum(evidenceMediaTypes),
  sizeBytes: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type EvidenceFile = z.infer<typeof EvidenceFileSchema>;

export const EvidenceUploadSchema = z.object({ files: z.array(EvidenceFileSchema) });
export type EvidenceUpload = z.infer<typeof EvidenceUploadSchema>;

/** One entry of a directive's timeline, newest last. */
export const DirectiveEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('update'),
    id: IdSchema,
    at: z.iso.datetime({ offset: true }),
    by: PersonSchema.nullable(),
    text: z.string(),
    percentDone: z.number().int().min(0).max(100).nullable(),
    /** The unit reports the directive done, on this date. */
    doneOn: IsoDateSchema.nullable(),
    evidence: z.array(EvidenceFileSchema),
  }),
  z.object({
    type: z.literal('review'),
    id: IdSchema,
    at: z.iso.datetime({ offset: true }),
    by: PersonSchema.nullable(),
    decision: z.enum(['accept', 'return']),
    comment: z.string().nullable(),
  }),
  z.object({
    type: z.literal('extension'),
    id: IdSchema,
    at: z.iso.datetime({ offset: true }),
    by: PersonSchema.nullable(),
    requestedDueDate: IsoDateSchema,
    reason: z.string(),
    status: ExtensionStatusSchema,
    decidedBy: PersonSchema.nullable(),
    decidedAt: z.iso.datetime({ offset: true }).nullable(),
    decisionComment: z.string().nullable(),
  }),
]);
export type DirectiveEvent = z.infer<typeof DirectiveEventSchema>;

export const DirectiveSummarySchema = z.object({
  id: IdSchema,
  inspection: z.object({ id: IdSchema, date: IsoDateSchema, unit: UnitRefSchema, topic: z.string() }),
  leadUnit: UnitRefSchema,
  text: z.string(),
  parArea: ParAreaSchema,
  /** The original due date: statistics count against it. */
  dueDate: IsoDateSchema.nullable(),
  /** The latest approved extension, shown beside the original. */
  extendedDueDate: IsoDateSchema.nullable(),
  reportedDoneOn: IsoDateSchema.nullable(),
  completedOn: IsoDateSchema.nullable(),
  stage: DirectiveStageSchema,
  bucket: DirectiveBucketSchema,
  hasPendingExtension: z.boolean(),
  /** The inspecting side's latest review sent it back, and the unit has not reported it done since. */
  isReturned: z.boolean(),
});
export type DirectiveSummary = z.infer<typeof DirectiveSummarySchema>;

export const DirectiveDetailSchema = DirectiveSummarySchema.extend({
  coordinatingUnits: z.array(UnitRefSchema),
  timeline: z.array(DirectiveEventSchema),
  /** What the signed-in user may do now. */
  can: z.object({
    report: z.boolean(),
    review: z.boolean(),
    requestExtension: z.boolean(),
    decideExtension: z.boolean(),
  }),
});
export type DirectiveDetail = z.infer<typeof DirectiveDetailSchema>;

export const DirectiveListSchema = pageOf(DirectiveSummarySchema);
export type DirectiveList = z.infer<typeof DirectiveListSchema>;

const booleanQuery = z.enum(['true', 'false']).transform((value) => value === 'true');

export const ListDirectivesQuerySchema = PageQuerySchema.extend({
  bucket: DirectiveBucketSchema.optional(),
  stage: DirectiveStageSchema.optional(),
  /** Directives led by this unit or its descendants. */
  unitId: IdSchema.optional(),
  inspectionId: IdSchema.optional(),
  parArea: ParAreaSchema.optional(),
  dueFrom: IsoDateSchema.optional(),
  dueTo: IsoDateSchema.optional(),
  /** Given at an inspection dated in [assignedFrom, assignedTo]: what the dashboard counts as assigned. */
  assignedFrom: IsoDateSchema.optional(),
  assignedTo: IsoDateSchema.optional(),
  hasPendingExtension: booleanQuery.optional(),
  sort: z.enum(['due_asc', 'due_desc']).default('due_asc'),
});
export type ListDirectivesQuery = z.infer<typeof ListDirectivesQuerySchema>;

export const CreateDirectiveUpdateBodySchema = z.strictObject({
  text: z.string().trim().min(1).max(4000),
  percentDone: z.number().int().min(0).max(100).nullable().default(null),
  /** Set to report the directive done on that date (not in the future). */
  doneOn: IsoDateSchema.nullable().default(null),
  /** Files uploaded with POST /directives/:id/evidence, cited by this report. */
  evidenceFileIds: z.array(IdSchema).max(20).default([]),
});
export type CreateDirectiveUpdateBody = z.infer<typeof CreateDirectiveUpdateBodySchema>;

export const ReviewDirectiveBodySchema = z
  .strictObject({
    decision: z.enum(['accept', 'return']),
    comment: z.string().trim().max(2000).nullable().default(null),
  })
  .refine(
    (body) => body.decision === 'accept' || Boolean(body.comment),
    ruleIssue('required', 'say why it goes back', ['comment']),
  );
export type ReviewDirectiveBody = z.infer<typeof ReviewDirectiveBodySchema>;

export const RequestExtensionBodySchema = z.strictObject({
  requestedDueDate: IsoDateSchema,
  reason: z.string().trim().min(1).max(2000),
});
export type RequestExtensionBody = z.infer<typeof RequestExtensionBodySchema>;

export const DecideExtensionBodySchema = z.strictObject({
  decision: z.enum(['approve', 'reject']),
  comment: z.string().trim().max(2000).nullable().default(null),
});
export type DecideExtensionBody = z.infer<typeof DecideExtensionBodySchema>;

export const ExtensionParamsSchema = z.object({ id: IdSchema, extensionId: IdSchema });
export const EvidenceParamsSchema = z.object({ id: IdSchema, fileId: IdSchema });
