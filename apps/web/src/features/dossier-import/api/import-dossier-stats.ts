import {
  DOSSIER_STATS_NDJSON,
  DossierStatsImportEventSchema,
  type DossierStatsImportResult,
  type DossierStatsMapping,
} from '@partrack/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiResponse } from '../../../lib/api-client';

export type ImportInput = {
  file: File;
  mapping: DossierStatsMapping;
  /** 0–1: bytes the API has read of the file. */
  onProgress?: (fraction: number, rowsRead: number) => void;
};

/** The NDJSON lines of a response body, as they arrive. */
async function* linesOf(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  for (;;) {
    const { done, value } = await reader.read();
    buffered += decoder.decode(value, { stream: !done });
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) if (line.trim() !== '') yield line;
    if (done) break;
  }
  if (buffered.trim() !== '') yield buffered;
}

/**
 * Imports the file with the mapping, every row or none. The API streams progress events (NDJSON) and
 * ends with the result or the error shape, thrown here as an `ApiError` like any other failure.
 */
export async function importDossierStats({
  file,
  mapping,
  onProgress,
}: ImportInput): Promise<DossierStatsImportResult> {
  const body = new FormData();
  body.append('mapping', JSON.stringify(mapping));
  body.append('file', file);
  const response = await apiResponse('/api/v1/imports/dossier-stats', {
    method: 'POST',
    body,
    headers: { Accept: DOSSIER_STATS_NDJSON },
  });
  if (!response.body) throw unexpected(response);
  for await (const line of linesOf(response.body)) {
    const event = DossierStatsImportEventSchema.parse(JSON.parse(line));
    if (event.type === 'progress')
      onProgress?.(file.size > 0 ? Math.min(event.bytesRead / file.size, 1) : 1, event.rowsRead);
    else if (event.type === 'done') return event.result;
    else {
      const { error } = event;
      throw new ApiError({
        status: error.statusCode,
        code: error.code,
        message: error.message,
        requestId: error.requestId,
        issues: error.issues ?? [],
        response: error,
      });
    }
  }
  throw unexpected(response);
}

function unexpected(response: Response) {
  return new ApiError({
    status: response.status,
    code: 'UNEXPECTED_RESPONSE',
    message: 'The import ended without a result',
    requestId: response.headers.get('x-request-id'),
  });
}

/** After an import every dashboard number may have changed. */
export function useImportDossierStats() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importDossierStats,
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
