import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  makeEvidenceFile,
  makeExtensionEvent,
  makeReviewEvent,
  makeUpdateEvent,
  people,
} from '../../../testing/directive-fixtures';
import { renderWithProviders } from '../../../testing/render';
import { DirectiveTimeline } from './directive-timeline';

describe('DirectiveTimeline', () => {
  it('tells the follow-up oldest first: reports with evidence, the review, the extension and its decision', () => {
    const file = makeEvidenceFile();
    renderWithProviders(
      <DirectiveTimeline
        onDownload={vi.fn()}
        events={[
          makeUpdateEvent({ doneOn: '2021-03-01', percentDone: 100, evidence: [file] }),
          makeReviewEvent(),
          makeExtensionEvent({
            status: 'approved',
            decidedBy: people.leader,
            decidedAt: '2021-03-12T03:00:00.000Z',
            decisionComment: 'Đồng ý, không gia hạn thêm.',
          }),
        ]}
      />,
    );

    const items = within(screen.getByRole('list', { name: 'Quá trình thực hiện, cũ nhất trước' }))
      .getAllByRole('listitem')
      .filter((item) => item.hasAttribute('data-event'));
    expect(items.map((item) => item.getAttribute('data-event'))).toEqual(['update', 'review', 'extension']);
    expect(items[0]).toHaveTextContent('Báo cáo hoàn thành ngày 01/03/2021');
    expect(items[0]).toHaveTextContent('Cán bộ Quận Kiến An');
    expect(items[0]).toHaveTextContent('Hoàn thành 100 %');
    expect(items[0]).toHaveTextContent('bien-ban-ban-giao-thiet-bi.pdf47 KB');
    expect(items[1]).toHaveTextContent('Trả lại');
    expect(items[1]).toHaveTextContent('Thiếu biên bản bàn giao thiết bị.');
    expect(items[2]).toHaveTextContent('Đề nghị gia hạn đến 30/06/2021');
    expect(items[2]).toHaveTextContent('Lý do: Chờ kinh phí mua sắm năm 2021.');
    expect(items[2]).toHaveTextContent('Đã đồng ý – Lãnh đạo UBND');
    expect(items[2]).toHaveTextContent('Ý kiến: Đồng ý, không gia hạn thêm.');
  });

  it('downloads an evidence file when asked', async () => {
    const file = makeEvidenceFile({ fileName: 'anh-may-tra-cuu.png', mediaType: 'image/png' });
    const onDownload = vi.fn();
    const { user } = renderWithProviders(
      <DirectiveTimeline onDownload={onDownload} events={[makeUpdateEvent({ evidence: [file] })]} />,
    );

    await user.click(screen.getByRole('button', { name: 'Tải xuống anh-may-tra-cuu.png' }));

    expect(onDownload).toHaveBeenCalledExactlyOnceWith(file);
  });

  it('says when nothing has happened yet', () => {
    renderWithProviders(<DirectiveTimeline onDownload={vi.fn()} events={[]} />);
    expect(screen.getByText('Chưa có báo cáo, thẩm định hay đề nghị gia hạn nào.')).toBeInTheDocument();
  });
});
