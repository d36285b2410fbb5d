import {
  AuditEventListSchema,
  DirectiveDetailSchema,
  type DirectiveList,
  DirectiveListSchema,
  ErrorResponseSchema,
  todayInVietnam,
} from '@partrack/contracts';
import { describe, expect, it } from 'vitest';
import { authHeaders } from '../../testing/auth';
import { useTestApp } from '../../testing/test-app';

const context = useTestApp({ demoData: true });

async function as(username: string, method: 'GET' | 'POST', url: string, payload?: object) {
  return context().app.inject({
    method,
    url,
    headers: await authHeaders(context(), username),
    ...(payload ? { payload } : {}),
  });
}

async function list(username: string, query = ''): Promise<DirectiveList> {
  const response = await as(username, 'GET', `/api/v1/directives?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return DirectiveListSchema.parse(response.json());
}

/** An open directive of Kiến An that nobody has answered yet. */
async function openKienAnDirective() {
  const { items } = await list('kienan', 'stage=open');
  const directive = items.find((item) => !item.hasPendingExtension && item.leadUnit.name === 'Quận Kiến An');
  if (!directive) throw new Error('no open Kiến An directive left');
  return directive;
}

describe('listing directives', () => {
  it("shows a unit officer only their unit's directives, with buckets", async () => {
    const { items, total } = await list('kienan');
    expect(total).toBe(8);
    expect(new Set(items.map((item) => item.leadUnit.name))).toEqual(new Set(['Quận Kiến An']));
    expect(new Set(items.map((item) => item.bucket))).toEqual(
      new Set(['done_on_time', 'done_late', 'open_within_deadline', 'open_overdue']),
    );
  });

  it('filters by bucket in the database with the same rules as the derived bucket', async () => {
    for (const bucket of ['done_on_time', 'done_late', 'open_within_deadline', 'open_overdue']) {
      const { items } = await list('lanhdao', `bucket=${bucket}&pageSize=200`);
      expect(items.length, bucket).toBeGreaterThan(0);
      expect(items.every((item) => item.bucket === bucket)).toBe(true);
    }
    const everything = await list('lanhdao', 'pageSize=200');
    expect(everything.total).toBe(24);
  });

  it("answers 404 for another unit's directive, to see or to answer", async () => {
    const { items } = await list('gialam');
    const giaLam = items[0];
    expect((await as('kienan', 'GET', `/api/v1/directives/${giaLam?.id}`)).statusCode).toBe(404);
    const answer = await as('kienan', 'POST', `/api/v1/directives/${giaLam?.id}/updates`, {
      text: 'Không phải việc của tôi',
    });
    expect(answer.statusCode).toBe(404);
  });
});

describe('the follow-up loop', () => {
  it('lets the unit report progress and done, and the inspector accept: done on time by the due date', async () => {
    const directive = await openKienAnDirective();
    const progress = await as('kienan', 'POST', `/api/v1/directives/${directive.id}/updates`, {
      text: 'Đang triển khai',
      percentDone: 50,
    });
    expect(progress.statusCode, progress.body).toBe(201);
    const doneOn = directive.inspection.date;
    const done = DirectiveDetailSchema.parse(
      (
        await as('kienan', 'POST', `/api/v1/directives/${directive.id}/updates`, {
          text: 'Đã xong',
          percentDone: 100,
          doneOn,
        })
      ).json(),
    );
    expect(done.stage).toBe('awaiting_review');
    expect(done.can.report).toBe(true);

    const reviewerView = DirectiveDetailSchema.parse(
      (await as('noivu', 'GET', `/api/v1/directives/${directive.id}`)).json(),
    );
    expect(reviewerView.can.review).toBe(true);
    const accepted = DirectiveDetailSchema.parse(
      (await as('noivu', 'POST', `/api/v1/directives/${directive.id}/review`, { decision: 'accept' })).json(),
    );
    expect(accepted).toMatchObject({ stage: 'accepted', completedOn: doneOn, bucket: 'done_on_time' });
    expect(accepted.timeline.map((event) => event.type)).toEqual(['update', 'update', 'review']);
    const audit = AuditEventListSchema.parse(
      (await as('admin', 'GET', `/api/v1/audit-events?entityId=${directive.id}`)).json(),
    );
    expect(audit.items.map((event) => event.action)).toEqual([
      'directive.reviewed',
      'directive.updated',
      'directive.updated',
    ]);
  });

  it('returns a completion with a comment and reopens the directive', async () => {
    const directive = await openKienAnDirective();
    await as('kienan', 'POST', `/api/v1/directives/${directive.id}/updates`, {
      text: 'Xong',
      doneOn: todayInVietnam(),
    });
    const noComment = await as('noivu', 'POST', `/api/v1/directives/${directive.id}/review`, { decision: 'return' });
    expect(noComment.statusCode).toBe(400);
    expect(ErrorResponseSchema.parse(noComment.json()).issues?.[0]?.path).toBe('comment');
    const returned = DirectiveDetailSchema.parse(
      (
        await as('noivu', 'POST', `/api/v1/directives/${directive.id}/review`, {
          decision: 'return',
          comment: 'Thiếu minh chứng',
        })
      ).json(),
    );
    expect(returned).toMatchObject({ stage: 'open', reportedDoneOn: null, completedOn: null, isReturned: true });
    // The unit's list says so too: it has to answer again.
    const listed = (await list('kienan', 'stage=open&pageSize=200')).items.find((item) => item.id === directive.id);
    expect(listed?.isReturned).toBe(true);
    // Nothing awaits review now: a second decision is refused.
    expect(
      (await as('noivu', 'POST', `/api/v1/directives/${directive.id}/review`, { decision: 'accept' })).statusCode,
    ).toBe(409);

    // Reported done again, it awaits review and is no longer "returned".
    const again = DirectiveDetailSchema.parse(
      (
        await as('kienan', 'POST', `/api/v1/directives/${directive.id}/updates`, {
          text: 'Đã bổ sung minh chứng',
          doneOn: todayInVietnam(),
        })
      ).json(),
    );
    expect(again).toMatchObject({ stage: 'awaiting_review', isReturned: false });
    const returnedAgain = DirectiveDetailSchema.parse(
      (
        await as('noivu', 'POST', `/api/v1/directives/${directive.id}/review`, {
          decision: 'return',
          comment: 'Minh chứng chưa đủ',
        })
      ).json(),
    );
    expect(returnedAgain).toMatchObject({ stage: 'open', isReturned: true });
  });

  it('refuses a done date in the future, and answers from a leader', async () => {
    const directive = await openKienAnDirective();
    const future = await as('kienan', 'POST', `/api/v1/directives/${directive.id}/updates`, {
      text: 'x',
      doneOn: '2999-01-01',
    });
    expect(future.statusCode).toBe(400);
    expect(ErrorResponseSchema.parse(future.json()).issues?.[0]?.path).toBe('doneOn');
    expect((await as('lanhdao', 'POST', `/api/v1/directives/${directive.id}/updates`, { text: 'x' })).statusCode).toBe(
      403,
    );
  });
});

describe('extensions', () => {
  it('keeps counting against the original due date after an approved extension', async () => {
    const { items } = await list('kienan', 'bucket=open_overdue');
    const directive = items.find((item) => !item.hasPendingExtension);
    if (!directive?.dueDate) throw new Error('no overdue directive with a due date');
    const requestedDueDate = '2099-12-31';
    const requested = DirectiveDetailSchema.parse(
      (
        await as('kienan', 'POST', `/api/v1/directives/${directive.id}/extensions`, {
          requestedDueDate,
          reason: 'Chờ kinh phí',
        })
      ).json(),
    );
    expect(requested.hasPendingExtension).toBe(true);
    const again = await as('kienan', 'POST', `/api/v1/directives/${directive.id}/extensions`, {
      requestedDueDate,
      reason: 'Lần hai',
    });
    expect(again.statusCode).toBe(409);

    const extension = requested.timeline.find((event) => event.type === 'extension');
    expect(
      (
        await as('noivu', 'POST', `/api/v1/directives/${directive.id}/extensions/${extension?.id}/decision`, {
          decision: 'approve',
        })
      ).statusCode,
    ).toBe(403);
    const decided = DirectiveDetailSchema.parse(
      (
        await as('lanhdao', 'POST', `/api/v1/directives/${directive.id}/extensions/${extension?.id}/decision`, {
          decision: 'approve',
        })
      ).json(),
    );
    expect(decided).toMatchObject({
      dueDate: directive.dueDate,
      extendedDueDate: requestedDueDate,
      bucket: 'open_overdue',
    });

    // Done today, within the extension but after the original date: it counts as late.
    await as('kienan', 'POST', `/api/v1/directives/${directive.id}/updates`, {
      text: 'Xong',
      doneOn: todayInVietnam(),
    });
    const accepted = DirectiveDetailSchema.parse(
      (await as('noivu', 'POST', `/api/v1/directives/${directive.id}/review`, { decision: 'accept' })).json(),
    );
    expect(accepted.bucket).toBe('done_late');
  });

  it('refuses a requested date that is not later than the current one', async () => {
    const directive = await openKienAnDirective();
    const response = await as('kienan', 'POST', `/api/v1/directives/${directive.id}/extensions`, {
      requestedDueDate: '2000-01-01',
      reason: 'x',
    });
    expect(response.statusCode).toBe(400);
    expect(ErrorResponseSchema.parse(response.json()).issues?.[0]?.path).toBe('requestedDueDate');
  });
});
