import type { DirectiveDetail } from '@partrack/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { useIdempotencyKeys } from '../../../lib/idempotency-keys';
import { type CreateDirectiveUpdateBody, createDirectiveUpdate } from './create-directive-update';
import { directiveKeys } from './directive-keys';
import { uploadEvidence } from './upload-evidence';

export interface ReportProgressInput {
  body: Omit<CreateDirectiveUpdateBody, 'evidenceFileIds'>;
  files: File[];
}

/** An evidence file the API refused (413, 415, …): the report was not sent. */
export class EvidenceUploadError extends Error {
  override readonly name = 'EvidenceUploadError';
  readonly fileName: string;

  constructor(fileName: string, cause: unknown) {
    super(`Uploading ${fileName} failed`, { cause });
    this.fileName = fileName;
  }
}

export function isEvidenceUploadError(error: unknown): error is EvidenceUploadError {
  return error instanceof EvidenceUploadError;
}

/**
 * Reports progress in two steps, as the API takes it: each file is uploaded first, then the report
 * cites them. A file already uploaded is not sent again when the reader retries after a failure, and
 * the report itself is sent again under its Idempotency-Key, so it is recorded once.
 */
export function useReportProgress(directiveId: string) {
  const queryClient = useQueryClient();
  const uploaded = useRef(new WeakMap<File, string>());
  const keys = useIdempotencyKeys();
  return useMutation({
    mutationFn: async ({ body, files }: ReportProgressInput): Promise<DirectiveDetail> => {
      const evidenceFileIds: string[] = [];
      for (const file of files) {
        let id = uploaded.current.get(file);
        if (!id) {
          try {
            id = (await uploadEvidence(directiveId, file)).id;
          } catch (error) {
            throw new EvidenceUploadError(file.name, error);
          }
          uploaded.current.set(file, id);
        }
        evidenceFileIds.push(id);
      }
      const report = { ...body, evidenceFileIds };
      return createDirectiveUpdate(directiveId, report, keys.headerFor(report));
    },
    onSuccess: (directive) => {
      keys.forget();
      queryClient.setQueryData(directiveKeys.detail(directive.id), directive);
      return queryClient.invalidateQueries({ queryKey: directiveKeys.lists() });
    },
  });
}
