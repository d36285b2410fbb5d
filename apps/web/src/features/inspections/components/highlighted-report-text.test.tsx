import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { i18n } from '../../../lib/i18n';
import { renderWithProviders } from '../../../testing/render';
import { draftToFormValues } from '../utils/draft-to-form-values';
import { fixtureText, makeReportDraft, spanOf } from '../utils/report-draft.fixture';
import { type Highlight, type HighlightNode, nestHighlights, toReportHighlights } from '../utils/report-highlights';
import { HighlightedReportText, HighlightLegend } from './highlighted-report-text';

function highlight(id: string, [start, end]: [number, number], overrides: Partial<Highlight> = {}): Highlight {
  return { id, kind: 'figure', start, end, label: id, rowKey: null, ...overrides };
}

function renderText(text: string, highlights: Highlight[], activeId: string | null = null) {
  const onActiveChange = vi.fn();
  const onSelect = vi.fn();
  const view = renderWithProviders(
    <HighlightedReportText
      text={text}
      highlights={highlights}
      activeId={activeId}
      onActiveChange={onActiveChange}
      onSelect={onSelect}
      label="Văn bản đã đọc"
    />,
  );
  return { ...view, onActiveChange, onSelect };
}

function fixtureHighlights(): Highlight[] {
  const draft = makeReportDraft();
  const { values } = draftToFormValues(draft, 'vi');
  return toReportHighlights(draft, values, i18n.t, 'vi');
}

describe('HighlightedReportText', () => {
  it('shows the text exactly as sent, diacritics, line breaks and all', () => {
    renderText(fixtureText, fixtureHighlights());
    const region = screen.getByRole('region', { name: 'Văn bản đã đọc' });
    expect(region.textContent).toBe(fixtureText);
    expect(region).toHaveTextContent('Trần Văn Bình, Phó Chủ tịch UBND thành phố');
  });

  it('marks every passage read, described by what was read from it', () => {
    renderText(fixtureText, fixtureHighlights());

    const received = screen.getByRole('mark', { description: 'Hồ sơ tiếp nhận: 2.873' });
    expect(received).toHaveTextContent('tiếp nhận 2.873 hồ sơ');
    expect(screen.getByRole('mark', { description: 'Lượt cán bộ được tập huấn: trên 400' })).toHaveTextContent(
      'trên 400 lượt cán bộ được tập huấn',
    );
    expect(
      screen.getByRole('mark', { description: 'Tỷ lệ dịch vụ công trực tuyến mức độ 3, 4: 57,14 %' }),
    ).toBeVisible();
    expect(screen.getByRole('mark', { description: 'Ngày: 18/12/2020' })).toHaveTextContent(/^18\.12$/);
    expect(screen.getByRole('mark', { description: 'Buổi: Buổi sáng' })).toHaveTextContent(/^Sáng$/);
    expect(
      screen.getByRole('mark', { description: 'Chủ trì: Trần Văn Bình, Phó Chủ tịch UBND thành phố' }),
    ).toHaveTextContent('Trần Văn Bình, Phó Chủ tịch UBND thành phố');
    expect(screen.getByRole('mark', { description: 'Đơn vị được kiểm tra: Quận Hải Đông' })).toHaveTextContent(
      /^quận Hải Đông$/,
    );
    expect(
      screen.getByRole('mark', { description: 'Chỉ đạo: Chính quyền điện tử, chính quyền số · hạn 31/03/2021' }),
    ).toHaveTextContent('Đề nghị quận đầu tư trang thiết bị');
    expect(
      screen.getByRole('mark', { description: 'Nhận xét: Tồn tại, hạn chế · Cải cách tổ chức bộ máy' }),
    ).toBeVisible();

    const noise = screen.getByRole('mark', { description: 'Bỏ qua: không thuộc nội dung báo cáo' });
    expect(noise).toHaveTextContent('Bình luận (0)');
    expect(noise).toHaveStyle({ textDecoration: 'line-through' });
  });

  it('nests a passage inside another, and lets each be reached from the keyboard', async () => {
    const text = 'Năm 2020, quận tiếp nhận 2.873 hồ sơ.';
    const { user, onActiveChange, onSelect } = renderText(text, [
      highlight('sentence', [0, text.length], { kind: 'finding', label: 'Nhận xét' }),
      highlight('figure', spanOf('tiếp nhận 2.873 hồ sơ', 1, text), { label: 'Hồ sơ tiếp nhận: 2.873' }),
      highlight('period', spanOf('Năm 2020', 1, text), { kind: 'date', label: 'Kỳ của số liệu' }),
    ]);

    const outer = screen.getByRole('mark', { description: 'Nhận xét' });
    const inner = screen.getByRole('mark', { description: 'Hồ sơ tiếp nhận: 2.873' });
    expect(outer).toContainElement(inner);
    expect(outer).toContainElement(screen.getByRole('mark', { description: 'Kỳ của số liệu' }));
    expect(screen.getByRole('region').textContent).toBe(text);

    await user.tab();
    expect(outer).toHaveFocus();
    await user.tab();
    await user.tab();
    expect(inner).toHaveFocus();
    expect(onActiveChange).toHaveBeenLastCalledWith(expect.objectContaining({ id: 'figure' }));
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(onSelect).toHaveBeenLastCalledWith(expect.objectContaining({ id: 'figure' }));

    await user.click(screen.getByRole('mark', { description: 'Kỳ của số liệu' }));
    // The innermost passage is the one chosen, not every passage around it.
    expect(onSelect).toHaveBeenCalledTimes(2);
    expect(onSelect).toHaveBeenLastCalledWith(expect.objectContaining({ id: 'period' }));
  });

  it('shows adjacent passages side by side and cuts crossing ones where they cross', () => {
    const text = 'tiếp nhận 18 hồ sơ, giải quyết 13 hồ sơ';
    renderText(text, [
      highlight('a', [0, 18]),
      highlight('b', [18, 19], { kind: 'ignored' }),
      highlight('c', [10, 30], { kind: 'date' }),
    ]);

    const a = screen.getByRole('mark', { description: 'a' });
    expect(a).toHaveTextContent(/^tiếp nhận 18 hồ sơ$/);
    expect(screen.getByRole('mark', { description: 'b' })).toHaveTextContent(/^,$/);
    expect(a.nextElementSibling).toHaveAttribute('data-highlight', 'c');
    // `c` crosses `a`: its first piece inside `a`, the rest after `a` (around `b`), one keyboard stop.
    const pieces = [...document.querySelectorAll('mark[data-highlight="c"]')];
    expect(pieces.map((piece) => piece.textContent)).toEqual(['18 hồ sơ', ', giải quyết']);
    expect(pieces.map((piece) => piece.getAttribute('tabindex'))).toEqual(['0', '-1']);
    expect(screen.getByRole('region').textContent).toBe(text);
  });

  it('emphasises the active passage', () => {
    const text = 'tiếp nhận 18.187 hồ sơ';
    renderText(text, [highlight('a', [0, text.length])], 'a');
    expect(screen.getByRole('mark', { description: 'a' })).toHaveAttribute('data-active', 'true');
  });
});

describe('HighlightLegend', () => {
  it('names each kind of passage the text has, with how many', () => {
    renderWithProviders(<HighlightLegend highlights={fixtureHighlights()} />);
    const items = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toEqual([
      'Tiêu đề, hình thức (2)',
      'Đơn vị, địa điểm (3)',
      'Thời gian, kỳ đánh giá (5)',
      'Đoàn kiểm tra, người chủ trì (2)',
      'Số liệu (4)',
      'Nhận xét (1)',
      'Chỉ đạo (1)',
      'Bỏ qua (không thuộc nội dung) (1)',
    ]);
  });
});

describe('nestHighlights', () => {
  it('keeps a figure whole when a longer sentence crosses it, cutting the sentence instead', () => {
    const text = 'Năm 2020, tiếp nhận 2.873 hồ sơ, đã giải quyết hết.';
    const figure = spanOf(' tiếp nhận 2.873 hồ sơ', 1, text);
    const sentence = spanOf('2020, tiếp nhận 2.873 hồ sơ, đã giải quyết hết.', 1, text);
    const period = spanOf('Năm 2020', 1, text);
    const nodes = nestHighlights(
      [highlight('figure', figure), highlight('sentence', sentence), highlight('period', period)],
      text,
    );
    const shape = (node: HighlightNode): unknown => ({
      id: node.highlight.id,
      text: text.slice(node.start, node.end),
      children: node.children.map(shape),
    });
    expect(nodes.map(shape)).toEqual([
      { id: 'period', text: 'Năm 2020', children: [{ id: 'sentence', text: '2020', children: [] }] },
      {
        id: 'sentence',
        text: ', tiếp nhận 2.873 hồ sơ, đã giải quyết hết.',
        children: [{ id: 'figure', text: 'tiếp nhận 2.873 hồ sơ', children: [] }],
      },
    ]);
    expect(nodes.flatMap((node) => [node, ...node.children]).filter((node) => node.isFirstPiece)).toHaveLength(3);
  });

  it('leaves out empty passages and cuts those running past the end of the text', () => {
    const nodes = nestHighlights(
      [highlight('empty', [3, 3]), highlight('spaces', [0, 3]), highlight('long', [5, 50])],
      '   tiếp nhận',
    );
    expect(nodes.map(({ highlight: { id }, start, end }) => ({ id, start, end }))).toEqual([
      { id: 'long', start: 5, end: 12 },
    ]);
  });

  it('nests two passages of the same words, the first given outermost', () => {
    const nodes = nestHighlights([highlight('date', [0, 4]), highlight('part', [0, 4])], 'Sáng 25.8');
    expect(nodes).toHaveLength(1);
    expect(nodes[0]?.highlight.id).toBe('date');
    expect(nodes[0]?.children.map((child) => child.highlight.id)).toEqual(['part']);
  });
});
