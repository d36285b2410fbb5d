import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** A strong ETag of a JSON answer: the same body, the same tag, whatever produced it. */
export function etagOfBody(body: unknown): string {
  return `"${createHash('sha256').update(JSON.stringify(body)).digest('base64url').slice(0, 32)}"`;
}

/** Whether `If-None-Match` names this ETag (or `*`); weak and strong forms compare alike (RFC 9110 §13.1.2). */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

/**
 * Marks a computed read-only answer for revalidation: its ETag, `private, no-cache` (the answer depends
 * on who asks, so shared caches keep none) and `Vary: Authorization`. Returns true when the client
 * already holds this answer: the route then sends 304 without a body.
 */
export function isFresh(request: FastifyRequest, reply: FastifyReply, body: unknown): boolean {
  const etag = etagOfBody(body);
  reply.header('etag', etag).header('cache-control', 'private, no-cache').header('vary', 'authorization');
  return matchesIfNoneMatch(request.headers['if-none-match'], etag);
}
