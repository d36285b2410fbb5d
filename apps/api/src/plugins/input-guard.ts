import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../lib/app-error';

/** The first path (`figures[3].text`) at which a string holds a NUL character, if any. */
function findNul(value: unknown, path: string, depth = 0): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (depth > 32 || value === null || typeof value !== 'object') return undefined;
  for (const [key, child] of Object.entries(value)) {
    const childPath = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
    const found = findNul(child, childPath, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/**
 * PostgreSQL text cannot hold NUL characters: refuse them at the door with a 400 naming the field,
 * rather than letting the database fail later with a 500.
 */
export const inputGuardPlugin = fp(async (app: FastifyInstance) => {
  app.addHook('preValidation', async (request) => {
    for (const [where, value] of [
      ['params', request.params],
      ['querystring', request.query],
      ['body', request.body],
    ] as const) {
      const path = findNul(value, '');
      if (path !== undefined) {
        throw new AppError('VALIDATION_FAILED', `Invalid ${where}: ${path || where}`, [
          { path: path || where, code: 'nul_character', message: 'must not contain a NUL character' },
        ]);
      }
    }
  });
});
