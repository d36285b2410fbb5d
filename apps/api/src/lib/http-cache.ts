import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * A read-only answer serialised once: its JSON, a strong ETag of that JSON and, when it is worth it,
 * the same JSON gzipped once for every client that accepts it (browsers all do).
 */
export type JsonAnswer = { json: string; etag: string; gzip: Buffer | null };

const GZIP_FROM_BYTES = 2048;

/** Serialises an answer through its contract (as Fastify's serializer would) and tags it. */
export function toJsonAnswer<T>(schema: { parse(value: unknown): T }, body: unknown): JsonAnswer {
  const json = JSON.stringify(schema.parse(body));
  return {
    json,
    etag: `"${createHash('sha256').update(json).digest('base64url').slice(0, 32)}"`,
    gzip: json.length >= GZIP_FROM_BYTES ? gzipSync(json) : null,
  };
}

/** Whether Accept-Encoding allows gzip (named, or `*`, without `q=0`). */
function acceptsGzip(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  return value.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    const refused = params.some((param) => /^\s*q\s*=\s*0(\.0*)?\s*$/.test(param));
    return (coding === 'gzip' || coding === '*') && !refused;
  });
}

/** Whether `If-None-Match` names this ETag (or `*`); weak and strong forms compare alike (RFC 9110 §13.1.2). */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

/**
 * Sends a computed read-only answer marked for revalidation: its ETag, `private, no-cache` (the answer
 * depends on who asks, so shared caches keep none) and `Vary: Authorization`; a 304 without a body when
 * the client's If-None-Match already names it.
 */
export function sendJsonAnswer(request: FastifyRequest, reply: FastifyReply, answer: JsonAnswer) {
  reply
    .header('etag', answer.etag)
    .header('cache-control', 'private, no-cache')
    .header('vary', 'authorization, accept-encoding');
  if (matchesIfNoneMatch(request.headers['if-none-match'], answer.etag)) return reply.status(304).send(null);
  reply.type('application/json; charset=utf-8');
  if (answer.gzip && acceptsGzip(request.headers['accept-encoding'])) {
    return reply.header('content-encoding', 'gzip').send(answer.gzip);
  }
  // Already serialised: Fastify sends a string with a JSON content type as it is.
  return reply.send(answer.json);
}
