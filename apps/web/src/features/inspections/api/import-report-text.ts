import { type ReportDraft, ReportDraftSchema, type ReportTextImportBody } from '@partrack/contracts';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/**
 * Reads a report's text into a draft inspection. Nothing is stored: the draft only pre-fills the create
 * form, and the inspection exists once the user saves it there. A mutation rather than a query, since
 * each reading is asked for on purpose and its result belongs to the screen that asked.
 */
export function importReportText(body: ReportTextImportBody): Promise<ReportDraft> {
  return apiRequest(ReportDraftSchema, '/api/v1/imports/report-text', { method: 'POST', body });
}

export function useImportReportText() {
  return useMutation({ mutationFn: importReportText });
}
