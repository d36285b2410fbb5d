import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { DirectiveDetailSchema, ErrorResponseSchema, EvidenceUploadSchema } from '@partrack/contracts';
import { describe, expect, it } from 'vitest';
import { authHeaders } from '../../testing/auth';
import { openDirectiveOf } from '../../testing/directives';
import { type TestContext, testConfig, useTestApp } from '../../testing/test-app';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

/** A multipart body as a browser would send it. */
function multipart(files: { name: string; content: Buffer; type?: string }[]) {
  const boundary = `----partrack${Date.now()}`;
  const parts = files.flatMap((file) => [
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`,
    ),
    file.content,
    Buffer.from('\r\n'),
  ]);
  return {
    payload: Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

async function upload(ctx: TestContext, username: string, directiveId: string, files: Parameters<typeof multipart>[0]) {
  const body = multipart(files);
  return ctx.app.inject({
    method: 'POST',
    url: `/api/v1/directives/${directiveId}/evidence`,
    payload: body.payload,
    headers: { ...body.headers, ...(await authHeaders(ctx, username)) },
  });
}

const context = useTestApp({ demoData: true });

describe('evidence files', () => {
  it('stores a PDF with its SHA-256, cites it in a report, and serves it to whoever sees the directive', async () => {
    const ctx = context();
    const directive = await openDirectiveOf(ctx, 'kienan');
    const uploaded = await upload(ctx, 'kienan', directive.id, [
      { name: 'Báo cáo kết quả.pdf', content: PDF, type: 'text/plain' },
    ]);
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const [file] = EvidenceUploadSchema.parse(uploaded.json()).files;
    // The type comes from the content, not from what the client claimed.
    expect(file).toMatchObject({
      fileName: 'Báo cáo kết quả.pdf',
      mediaType: 'application/pdf',
      sizeBytes: PDF.length,
    });
    expect(file?.sha256).toBe(createHash('sha256').update(PDF).digest('hex'));

    const report = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/directives/${directive.id}/updates`,
      headers: await authHeaders(ctx, 'kienan'),
      payload: { text: 'Kèm báo cáo', evidenceFileIds: [file?.id] },
    });
    expect(report.statusCode, report.body).toBe(201);
    const timeline = DirectiveDetailSchema.parse(report.json()).timeline;
    expect(timeline.at(-1)).toMatchObject({ type: 'update', evidence: [{ id: file?.id }] });

    for (const username of ['kienan', 'noivu', 'lanhdao']) {
      const download = await ctx.app.inject({
        method: 'GET',
        url: `/api/v1/directives/${directive.id}/evidence/${file?.id}`,
        headers: await authHeaders(ctx, username),
      });
      expect(download.statusCode, username).toBe(200);
      expect(download.headers['content-type']).toBe('application/pdf');
      expect(download.rawPayload.equals(PDF)).toBe(true);
    }
    const foreign = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/directives/${directive.id}/evidence/${file?.id}`,
      headers: await authHeaders(ctx, 'gialam'),
    });
    expect(foreign.statusCode).toBe(404);
  });

  it('refuses a file whose content is not an accepted type with 415, storing nothing', async () => {
    const ctx = context();
    const directive = await openDirectiveOf(ctx, 'kienan');
    const before = readdirSync(ctx.app.config.filesDir, { recursive: true }).length;
    const response = await upload(ctx, 'kienan', directive.id, [
      { name: 'anh.png', content: PNG },
      { name: 'virus.pdf', content: Buffer.from('MZ this is not a PDF at all'), type: 'application/pdf' },
    ]);
    expect(response.statusCode).toBe(415);
    const body = ErrorResponseSchema.parse(response.json());
    expect(body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(body.issues?.map((issue) => issue.path)).toEqual(['files[1]']);
    expect(readdirSync(ctx.app.config.filesDir, { recursive: true })).toHaveLength(before);
  });

  it('refuses to cite a file that is not yours for this directive', async () => {
    const ctx = context();
    const directive = await openDirectiveOf(ctx, 'kienan');
    const response = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/directives/${directive.id}/updates`,
      headers: await authHeaders(ctx, 'kienan'),
      payload: { text: 'Trích tệp lạ', evidenceFileIds: ['00000000-0000-4000-8000-000000000000'] },
    });
    expect(response.statusCode).toBe(400);
    expect(ErrorResponseSchema.parse(response.json()).issues?.[0]?.path).toBe('evidenceFileIds[0]');
  });

  it("answers 404 to an upload for another unit's directive", async () => {
    const ctx = context();
    const giaLam = await openDirectiveOf(ctx, 'gialam');
    expect((await upload(ctx, 'kienan', giaLam.id, [{ name: 'a.pdf', content: PDF }])).statusCode).toBe(404);
  });
});

describe('evidence size limit', () => {
  const small = useTestApp({ demoData: true, config: { uploadLimitBytes: 1024, filesDir: testConfig().filesDir } });

  it('answers 413 for a file over the limit and stores nothing', async () => {
    const ctx = small();
    const directive = await openDirectiveOf(ctx, 'kienan');
    const big = Buffer.concat([PDF, Buffer.alloc(4096, 32)]);
    const response = await upload(ctx, 'kienan', directive.id, [{ name: 'lon.pdf', content: big }]);
    expect(response.statusCode).toBe(413);
    expect(ErrorResponseSchema.parse(response.json()).code).toBe('PAYLOAD_TOO_LARGE');
    expect(readdirSync(ctx.app.config.filesDir, { recursive: true })).toHaveLength(0);
  });
});
