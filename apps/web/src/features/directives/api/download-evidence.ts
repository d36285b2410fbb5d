import type { EvidenceFile } from '@partrack/contracts';
import { useMutation } from '@tanstack/react-query';
import { apiDownload } from '../../../lib/api-client';
import { saveFile } from '../../../lib/download';

export interface DownloadEvidenceInput {
  directiveId: string;
  file: EvidenceFile;
}

/** An evidence file, fetched with the access token (it is authorised like its directive), then saved. */
export async function downloadEvidence({ directiveId, file }: DownloadEvidenceInput): Promise<void> {
  const { blob, filename } = await apiDownload(
    `/api/v1/directives/${encodeURIComponent(directiveId)}/evidence/${encodeURIComponent(file.id)}`,
  );
  saveFile(blob, filename ?? file.fileName);
}

export function useDownloadEvidence() {
  return useMutation({ mutationFn: downloadEvidence });
}
