import { useMutation } from '@tanstack/react-query';
import { apiDownload } from '../../../lib/api-client';
import { saveFile } from '../../../lib/download';
import type { InspectionsExportQuery } from './inspection-keys';

/** The filtered list as a CSV or XLSX file, fetched with the access token, then saved by the browser. */
export async function exportInspections(query: InspectionsExportQuery): Promise<void> {
  const { blob, filename } = await apiDownload('/api/v1/inspections/export', { params: query });
  saveFile(blob, filename ?? `kiem-tra-cchc.${query.format}`);
}

export function useExportInspections() {
  return useMutation({ mutationFn: exportInspections });
}
