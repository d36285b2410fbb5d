import { type EvidenceFile, EvidenceUploadSchema } from '@partrack/contracts';
import { apiRequest } from '../../../lib/api-client';

/**
 * Stores one evidence file for a later progress report (multipart). One file per request, so that a
 * refusal (413 too large, 415 wrong type) names the file it is about.
 */
export async function uploadEvidence(directiveId: string, file: File): Promise<EvidenceFile> {
  const form = new FormData();
  form.append('file', file, file.name);
  const { files } = await apiRequest(
    EvidenceUploadSchema,
    `/api/v1/directives/${encodeURIComponent(directiveId)}/evidence`,
    { method: 'POST', body: form },
  );
  const [stored] = files;
  if (!stored) throw new Error(`The API stored nothing for ${file.name}`);
  return stored;
}
