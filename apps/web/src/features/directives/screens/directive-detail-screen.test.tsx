import type { DirectiveDetail } from '@partrack/contracts';
import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { endSession, startSession } from '../../../lib/session';
import { makeCurrentUser, makeSession } from '../../../testing/auth-fixtures';
import { makeDirectiveDetail, makeEvidenceFile, makeUpdateEvent } from '../../../testing/directive-fixtures';
import { renderWithProviders } from '../../../testing/render';
import { makeErrorResponse } from '../../../testing/unit-fixtures';
import { DirectiveDetailScreen } from './directive-detail-screen';

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

interface Call {
  method: string;
  path: string;
  body: BodyInit | null | undefined;
}

/** The API as the screen meets it: each request answered by `answer`, every call recorded. */
function stubApi(answer: (call: Call) => Response) {
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      const call = { method: init.method ?? 'GET', path: url, body: init.body };
      calls.push(call);
      return answer(call);
    }),
  );
  return calls;
}

function signInAs(role: 'unit_officer' | 'inspector' | 'leader') {
  act(() => startSession(makeSession({ user: makeCurrentUser({ role }) })));
}

function renderScreen(directive: DirectiveDetail) {
  return renderWithProviders(<DirectiveDetailScreen id={directive.id} notFound={<p>không tìm thấy trang</p>} />);
}

afterEach(() => endSession('signedOut'));

describe('DirectiveDetailScreen', () => {
  it('offers a unit officer the report and extension forms the API allows, and no review', async () => {
    signInAs('unit_officer');
    const directive = makeDirectiveDetail({
      can: { report: true, review: false, requestExtension: true, decideExtension: false },
    });
    stubApi(() => json(directive));
    renderScreen(directive);

    expect(await screen.findByRole('heading', { level: 2, name: 'Báo cáo tiến độ' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Xin gia hạn' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Thẩm định kết quả' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: directive.text })).toBeInTheDocument();
  });

  it('shows a reader who may do nothing the directive and its follow-up only', async () => {
    signInAs('leader');
    const directive = makeDirectiveDetail({ timeline: [makeUpdateEvent()] });
    stubApi(() => json(directive));
    renderScreen(directive);

    expect(await screen.findByRole('heading', { level: 2, name: 'Quá trình thực hiện' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Gửi báo cáo' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Xin gia hạn' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Công nhận hoàn thành' })).not.toBeInTheDocument();
  });

  it('shows the not-found page, and nothing of the directive, when the API answers 404', async () => {
    signInAs('unit_officer');
    const directive = makeDirectiveDetail();
    stubApi(() => json(makeErrorResponse({ statusCode: 404, code: 'NOT_FOUND', message: 'Directive not found' }), 404));
    renderScreen(directive);

    expect(await screen.findByText('không tìm thấy trang')).toBeInTheDocument();
    expect(screen.queryByText(directive.text)).not.toBeInTheDocument();
  });

  it('uploads each evidence file first, then reports citing them, and shows the new stage', async () => {
    signInAs('unit_officer');
    const directive = makeDirectiveDetail({
      can: { report: true, review: false, requestExtension: true, decideExtension: false },
    });
    const stored = makeEvidenceFile();
    const reported: DirectiveDetail = {
      ...directive,
      stage: 'awaiting_review',
      reportedDoneOn: '2021-03-10',
      timeline: [makeUpdateEvent({ doneOn: '2021-03-10', evidence: [stored] })],
      can: { report: true, review: false, requestExtension: true, decideExtension: false },
    };
    const calls = stubApi(({ method, path }) => {
      if (method === 'POST' && path.endsWith('/evidence')) return json({ files: [stored] }, 201);
      if (method === 'POST' && path.endsWith('/updates')) return json(reported, 201);
      return json(directive);
    });
    const { user } = renderScreen(directive);

    await user.type(await screen.findByRole('textbox', { name: /^Nội dung báo cáo/ }), 'Đã bàn giao thiết bị.');
    const input = document.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    await user.upload(input, new File(['%PDF-1.4'], stored.fileName, { type: 'application/pdf' }));
    await user.click(screen.getByRole('checkbox', { name: 'Báo cáo đã hoàn thành chỉ đạo' }));
    await user.click(screen.getByRole('button', { name: 'Gửi báo cáo' }));

    expect(await screen.findByText('Đã báo cáo hoàn thành. Chỉ đạo đang chờ thẩm định.')).toBeInTheDocument();
    const posts = calls.filter((call) => call.method === 'POST');
    expect(posts.map((call) => call.path)).toEqual([
      `/api/v1/directives/${directive.id}/evidence`,
      `/api/v1/directives/${directive.id}/updates`,
    ]);
    expect(posts[0]?.body).toBeInstanceOf(FormData);
    expect((posts[0]?.body as FormData | undefined)?.get('file')).toMatchObject({ name: stored.fileName });
    expect(JSON.parse(String(posts[1]?.body))).toMatchObject({
      text: 'Đã bàn giao thiết bị.',
      evidenceFileIds: [stored.id],
    });
    expect(screen.getAllByText('Đã báo cáo hoàn thành, chờ thẩm định').length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: `Tải xuống ${stored.fileName}` })).toBeInTheDocument();
  });

  it('names the refused file and sends no report when the API refuses its type', async () => {
    signInAs('unit_officer');
    const directive = makeDirectiveDetail({
      can: { report: true, review: false, requestExtension: false, decideExtension: false },
    });
    const calls = stubApi(({ method, path }) => {
      if (method === 'POST' && path.endsWith('/evidence')) {
        return json(
          makeErrorResponse({ statusCode: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Only PDF, images…' }),
          415,
        );
      }
      return json(directive);
    });
    const { user } = renderScreen(directive);

    await user.type(await screen.findByRole('textbox', { name: /^Nội dung báo cáo/ }), 'Gửi minh chứng.');
    const input = document.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    await user.upload(input, new File(['MZ'], 'virus.pdf', { type: 'application/pdf' }));
    await user.click(screen.getByRole('button', { name: 'Gửi báo cáo' }));

    expect(await screen.findByText(/^Tệp “virus.pdf” không thuộc loại được chấp nhận/)).toBeInTheDocument();
    expect(calls.some((call) => call.path.endsWith('/updates'))).toBe(false);
  });
});
