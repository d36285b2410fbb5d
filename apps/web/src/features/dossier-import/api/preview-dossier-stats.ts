import { type DossierStatsMapping, type DossierStatsPreview, DossierStatsPreviewSchema } from '@partrack/contracts';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export type PreviewInput = { file: File; mapping?: DossierStatsMapping | undefined };

/**
 * Reads the header and first rows of a statistics file: the proposed mapping, or the rows read with the
 * user's corrected one. Nothing is stored, hence a mutation asked for on purpose.
 */
export function previewDossierStats({ file, mapping }: PreviewInput): Promise<DossierStatsPreview> {
  const body = new FormData();
  // The mapping goes before the file: the API reads the multipart body in order.
  if (mapping) body.append('mapping', JSON.stringify(mapping));
  body.append('file', file);
  return apiRequest(DossierStatsPreviewSchema, '/api/v1/imports/dossier-stats/preview', { method: 'POST', body });
}

export function usePreviewDossierStats() {
  return useMutation({ mutationFn: previewDossierStats });
}
