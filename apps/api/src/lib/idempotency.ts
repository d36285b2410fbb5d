import { createHash, type Hash } from 'node:crypto';
import { IDEMPOTENCY_KEY_HEADER, IDEMPOTENT_REPLAYED_HEADER, unquoteIdempotencyKey } from '@partrack/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/database';
import { AppError } from './app-error';
import { createIdempotencyRepository } from './idempotency.repository';
import type { AuthUser } from './request-context';

/** An answer as a create route sends it, and as it is kept for a replay. */
export type Answer<T> = { statusCode: number; body: T; headers?: Record<string, string> };
export type IdempotentOutcome<T> = Answer<T> & { isReplay: boolean };

type FingerprintPart = string | Buffer;

/** What makes a create idempotent: who sends it, the key they sent, and what the request was. */
export type IdempotentRequest = {
  userId: string;
  /** The header as sent, already checked by the route's schema; without it the create just runs. */
  header: string | undefined;
  /** Asked for after the create (an upload is hashed as the create reads it) or before a replay. */
  fingerprint: () => Promise<string>;
};

/** SHA-256 of the method, the path with its query, then each part length-prefixed so parts cannot run together. */
export function fingerprintOf(req: FastifyRequest, parts: FingerprintPart[]): string {
  const hash = createHash('sha256');
  for (const part of [req.method, req.url, ...parts]) {
    const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
    hash.update(`${bytes.length}:`).update(bytes);
  }
  return hash.digest('hex');
}

/**
 * The request as `runIdempotent` needs it. `parts` are what identifies the body: the validated JSON
 * body, or the multipart fields and files (a streamed file by its SHA-256, from `hashing`).
 */
export function idempotentRequest(
  req: FastifyRequest,
  parts: () => FingerprintPart[] | Promise<FingerprintPart[]> = () => [JSON.stringify(req.body)],
): IdempotentRequest {
  const header = req.headers[IDEMPOTENCY_KEY_HEADER];
  return {
    // Only routes that require a signed-in user take the header.
    userId: (req.authUser as AuthUser).id,
    header: typeof header === 'string' ? header : undefined,
    fingerprint: async () => fingerprintOf(req, await parts()),
  };
}

/** Passes a streamed upload through, feeding `hash` with every byte read. */
export async function* hashing(stream: AsyncIterable<Buffer>, hash: Hash): AsyncGenerator<Buffer> {
  for await (const chunk of stream) {
    hash.update(chunk);
    yield chunk;
  }
}

/**
 * Runs a create at most once per user and Idempotency-Key (IETF draft, ADR 020). With a key, the
 * create runs in a transaction that first takes the key's lock, so duplicates in flight wait for the
 * first; its answer is stored in that same transaction, so a key never outlives a rolled-back create
 * nor a create its key. A later request with the key gets the stored answer, or 422 when it is a
 * different request. Errors are not stored: the transaction rolls back and a retry runs again.
 */
export async function runIdempotent<T>(
  db: Db,
  request: IdempotentRequest,
  create: (db: Db) => Promise<Answer<T>>,
): Promise<IdempotentOutcome<T>> {
  if (request.header === undefined) return { ...(await create(db)), isReplay: false };
  const key = unquoteIdempotencyKey(request.header);
  return db.transaction(async (tx) => {
    const keys = createIdempotencyRepository(tx);
    await keys.lock(request.userId, key);
    await keys.removeExpired(request.userId);
    const stored = await keys.find(request.userId, key);
    if (stored) {
      if (stored.fingerprint !== (await request.fingerprint())) {
        throw new AppError(
          'IDEMPOTENCY_KEY_REUSED',
          'This Idempotency-Key was already used for a different request; send a new key for a new request',
          [{ path: IDEMPOTENCY_KEY_HEADER, code: 'reused', message: 'already used for a different request' }],
        );
      }
      return { statusCode: stored.statusCode, headers: stored.headers, body: stored.body as T, isReplay: true };
    }
    const answer = await create(tx);
    await keys.insert({
      userId: request.userId,
      key,
      fingerprint: await request.fingerprint(),
      statusCode: answer.statusCode,
      headers: answer.headers ?? {},
      body: answer.body,
    });
    return { ...answer, isReplay: false };
  });
}

/** Sends an answer, saying when it is a replay. */
export function sendAnswer<T>(reply: FastifyReply, outcome: IdempotentOutcome<T>): FastifyReply {
  reply.status(outcome.statusCode).headers(outcome.headers ?? {});
  if (outcome.isReplay) reply.header(IDEMPOTENT_REPLAYED_HEADER, 'true');
  return reply.send(outcome.body);
}
