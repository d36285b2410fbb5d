import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ErrorResponseSchema } from '@partrack/contracts';
import { sql } from 'drizzle-orm';
import { describe, expect, inject, it } from 'vitest';
import { executeRows } from './db/database';
import { spawnServer, startServer } from './testing/server-process';
import { serverTestDatabase } from './testing/server-test-database';

// The embedded database is the same in both runs of the suite: checked once, in the PGlite run.
describe.runIf(inject('testDatabase') === 'pglite')(
  'start-up with an embedded data directory that cannot be opened',
  () => {
    it('stops with a message naming the directory and the way back, and no stack trace', async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'partrack-damaged-'));
      try {
        // What a damaged disk, or a data directory of a newer PGlite, looks like to this one.
        mkdirSync(join(dataDir, 'pglite', 'global'), { recursive: true });
        writeFileSync(join(dataDir, 'pglite', 'PG_VERSION'), '99\n');
        writeFileSync(join(dataDir, 'pglite', 'global', 'pg_control'), Buffer.alloc(8192, 0xa5));
        const server = await spawnServer({ PARTRACK_DATA_DIR: dataDir });
        const { code } = await server.exited;
        expect(code).toBe(1);
        expect(server.output()).toContain(`The embedded database in ${join(dataDir, 'pglite')} cannot be opened`);
        expect(server.output()).toContain('PARTRACK_DATA_DIR=<new folder> pnpm partrack restore FILE');
        expect(server.output()).not.toMatch(/^\s+at /m);
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    }, 30_000);
  },
);

/** Raw HTTP/1.1 on one connection: a request can be sent in pieces, and a second one pipelined behind it. */
function rawConnection(baseUrl: string) {
  const { hostname, port } = new URL(baseUrl);
  const socket = connect(Number(port), hostname);
  let received = '';
  socket.on('data', (chunk) => (received += chunk));
  const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
  return { socket, closed, received: () => received };
}

/** The bodies of the HTTP responses in `text`, with their status codes. */
function parseResponses(text: string): { status: number; body: unknown }[] {
  const responses: { status: number; body: unknown }[] = [];
  let rest = text;
  while (rest.startsWith('HTTP/1.1 ')) {
    const headerEnd = rest.indexOf('\r\n\r\n');
    const head = rest.slice(0, headerEnd);
    const length = Number(/content-length: (\d+)/i.exec(head)?.[1] ?? 0);
    const body = Buffer.from(rest.slice(headerEnd + 4))
      .subarray(0, length)
      .toString('utf8');
    responses.push({ status: Number(head.slice(9, 12)), body: JSON.parse(body) });
    rest = rest.slice(headerEnd + 4 + body.length);
  }
  return responses;
}

describe('SIGTERM', () => {
  it('lets a request in flight finish, answers 503 to what comes after, closes the database and exits within 10 s', async () => {
    const database = await serverTestDatabase();
    try {
      const server = await startServer({ ...database.env, LOG_LEVEL: 'info' });
      const body = JSON.stringify({ username: 'nobody', password: 'not the password' });
      const connection = rawConnection(server.baseUrl);
      // A slow client: the request has begun, half its body is still on the way when the signal comes.
      connection.socket.write(
        `POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 10)}`,
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      const signalledAt = performance.now();
      server.child.kill('SIGTERM');
      while (!server.output().includes('Shutting down')) await new Promise((resolve) => setTimeout(resolve, 20));
      // A new connection is refused once the listener has closed (a load balancer moves on at once), or
      // answered 503 if it came in just before.
      const fresh = await fetch(`${server.baseUrl}/api/health`).then(
        (response) => response.status,
        () => 'refused',
      );
      expect([503, 'refused']).toContain(fresh);
      connection.socket.write(`${body.slice(10)}GET /api/health HTTP/1.1\r\nHost: x\r\n\r\n`);
      const { code } = await server.exited;
      const exitedAfterMs = performance.now() - signalledAt;
      await connection.closed;

      const [inFlight, after] = parseResponses(connection.received());
      // The login that was in flight was answered in full (a wrong password, and its audit event written).
      expect(inFlight?.status).toBe(401);
      expect(ErrorResponseSchema.parse(inFlight?.body).code).toBe('UNAUTHENTICATED');
      expect(after?.status).toBe(503);
      expect(ErrorResponseSchema.parse(after?.body)).toMatchObject({ code: 'SHUTTING_DOWN', statusCode: 503 });
      expect(code).toBe(0);
      expect(exitedAfterMs).toBeLessThan(10_000);

      // Closed cleanly: the database opens again and holds the in-flight request's write.
      const reopened = await database.open();
      try {
        const events = await executeRows<{ action: string }>(
          reopened.db,
          sql`SELECT action FROM audit_events ORDER BY seq`,
        );
        expect(events.map((event) => event.action)).toEqual(['auth.login_failed']);
      } finally {
        await reopened.close();
      }
    } finally {
      await database.drop();
    }
  }, 60_000);
});
