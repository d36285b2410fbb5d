import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api-error';
import { renderWithProviders } from '../../../testing/render';
import { EvidenceUploadError } from '../api/report-progress';
import { ReportProgressForm, type ReportProgressFormProps } from './report-progress-form';

const TODAY = '2026-05-14';

function renderForm(props: Partial<ReportProgressFormProps> = {}) {
  const onSubmit = vi.fn();
  const view = renderWithProviders(
    <ReportProgressForm
      onSubmit={onSubmit}
      today={TODAY}
      inspectionDate="2020-12-18"
      reportedDoneOn={null}
      {...props}
    />,
  );
  return { ...view, onSubmit };
}

/** The message Mantine shows under a field, found the way assistive technology finds it. */
function fieldError(field: HTMLElement): string | null {
  const id = field
    .getAttribute('aria-describedby')
    ?.split(' ')
    .find((each) => each.endsWith('-error'));
  return id ? (document.getElementById(id)?.textContent ?? null) : null;
}

function fileInput(): HTMLInputElement {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  return input;
}

const pdf = () => new File(['%PDF-1.4 biên bản'], 'bien-ban.pdf', { type: 'application/pdf' });
const photo = () => new File(['png'], 'anh-may-tra-cuu.png', { type: 'image/png' });

describe('ReportProgressForm', () => {
  it('sends the report, its percent and its evidence files, not yet done', async () => {
    const { user, onSubmit } = renderForm();
    const files = [pdf(), photo()];

    await user.type(screen.getByRole('textbox', { name: /^Nội dung báo cáo/ }), '  Đã lắp 2 máy tra cứu.  ');
    await user.type(screen.getByRole('textbox', { name: 'Tỷ lệ hoàn thành (%)' }), '60');
    await user.upload(fileInput(), files);
    await user.click(screen.getByRole('button', { name: 'Gửi báo cáo' }));

    expect(onSubmit).toHaveBeenCalledExactlyOnceWith({
      body: { text: 'Đã lắp 2 máy tra cứu.', percentDone: 60, doneOn: null },
      files,
    });
  });

  it('reports it done on today’s date in Vietnam unless another is chosen', async () => {
    const { user, onSubmit } = renderForm();

    await user.type(screen.getByRole('textbox', { name: /^Nội dung báo cáo/ }), 'Hoàn thành');
    await user.click(screen.getByRole('checkbox', { name: 'Báo cáo đã hoàn thành chỉ đạo' }));
    expect(screen.getByRole('textbox', { name: /^Ngày hoàn thành/ })).toHaveValue('14/05/2026');
    await user.click(screen.getByRole('button', { name: 'Gửi báo cáo' }));

    expect(onSubmit).toHaveBeenCalledExactlyOnceWith({
      body: { text: 'Hoàn thành', percentDone: null, doneOn: TODAY },
      files: [],
    });
  });

  it('refuses an empty report and sends nothing', async () => {
    const { user, onSubmit } = renderForm();

    await user.type(screen.getByRole('textbox', { name: /^Nội dung báo cáo/ }), '   ');
    await user.click(screen.getByRole('button', { name: 'Gửi báo cáo' }));

    expect(fieldError(screen.getByRole('textbox', { name: /^Nội dung báo cáo/ }))).toBe('Vui lòng nhập trường này.');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it.each([
    [413, 'Tệp “bien-ban.pdf” quá lớn: vượt dung lượng tối đa máy chủ cho phép. Hãy nén hoặc chia nhỏ tệp.'],
    [
      415,
      'Tệp “bien-ban.pdf” không thuộc loại được chấp nhận (PDF, ảnh PNG/JPEG/WebP, Word DOCX, Excel XLSX). Máy chủ kiểm tra nội dung tệp, không chỉ phần đuôi tên.',
    ],
  ])('names the file the API refused with %i at the file field', (status, message) => {
    const cause = new ApiError({
      status,
      code: status === 413 ? 'PAYLOAD_TOO_LARGE' : 'UNSUPPORTED_MEDIA_TYPE',
      message: 'refused',
      requestId: 'req-3',
    });
    renderForm({ error: new EvidenceUploadError('bien-ban.pdf', cause) });

    expect(fieldError(screen.getByRole('button', { name: /^Tệp minh chứng/ }))).toBe(message);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('explains an upload that failed for another reason in an alert naming the file', () => {
    const cause = new ApiError({ status: 0, code: 'NETWORK_ERROR', message: 'offline', requestId: null });
    renderForm({ error: new EvidenceUploadError('bien-ban.pdf', cause) });

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Không tải lên được tệp “bien-ban.pdf”');
    expect(alert).toHaveTextContent('Không kết nối được tới máy chủ.');
  });

  it('shows the API’s refusal of the done date at that field', async () => {
    const { user } = renderForm({
      error: new ApiError({
        status: 400,
        code: 'VALIDATION_FAILED',
        message: 'Invalid body: doneOn',
        requestId: 'req-4',
        issues: [{ path: 'doneOn', code: 'invalid_date', message: 'must not be before the inspection' }],
      }),
    });
    await user.click(screen.getByRole('checkbox', { name: 'Báo cáo đã hoàn thành chỉ đạo' }));

    expect(fieldError(screen.getByRole('textbox', { name: /^Ngày hoàn thành/ }))).toBe('Ngày không hợp lệ.');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('offers no "done" once the directive awaits review, and says since when', async () => {
    const { user, onSubmit } = renderForm({ reportedDoneOn: '2026-05-10' });

    expect(screen.queryByRole('checkbox', { name: 'Báo cáo đã hoàn thành chỉ đạo' })).not.toBeInTheDocument();
    expect(screen.getByText(/Đơn vị đã báo cáo hoàn thành ngày 10\/05\/2026/)).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /^Nội dung báo cáo/ }), 'Bổ sung ảnh');
    await user.click(screen.getByRole('button', { name: 'Gửi báo cáo' }));
    expect(onSubmit.mock.calls[0]?.[0].body.doneOn).toBeNull();
  });
});
