import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { sendError } from './error-handler';

/**
 * Serves the built SPA from `webDistDir` on the API's port. Any GET outside /api that is not a file
 * gets index.html, so every SPA route deep-links and survives a reload. /api keeps JSON 404s.
 */
export const spaPlugin = fp(async (app: FastifyInstance, { webDistDir }: { webDistDir: string }) => {
  const indexHtml = join(webDistDir, 'index.html');
  const hasSpa = existsSync(indexHtml);
  if (hasSpa) {
    await app.register(fastifyStatic, { root: webDistDir, wildcard: false, index: false, maxAge: 0 });
    // Vite fingerprints everything under /assets: cache those for a year.
    app.addHook('onSend', async (request, reply) => {
      if (request.url.startsWith('/assets/')) reply.header('cache-control', 'public, max-age=31536000, immutable');
    });
  } else {
    app.log.warn({ webDistDir }, 'No built SPA found: serving the API only (run `pnpm build`)');
  }

  app.setNotFoundHandler((request, reply) => {
    const isApi = request.url === '/api' || request.url.startsWith('/api/');
    if (!isApi && hasSpa && (request.method === 'GET' || request.method === 'HEAD')) {
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').sendFile('index.html');
    }
    return sendError(request, reply, 'NOT_FOUND', `No route ${request.method} ${request.url.split('?')[0]}`);
  });
});
