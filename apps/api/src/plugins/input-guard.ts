import type { ErrorIssue } from '@partrack/contracts';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../lib/app-error';

/** Half of a UTF-16 surrogate pair without its other half: JSON can carry one (`"\ud800"`), UTF-8 cannot. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function problemOf(text: string): Omit<ErrorIssue, 'path'> | undefined {
  if (text.includes('\u0000')) return { code: 'nul_character', message: 'must not contain a NUL character' };
  if (LONE_SURROGATE.test(text)) return { code: 'lone_surrogate', message: 'must be valid Unicode text' };
  return undefined;
}

/** The first path (`figures[3].text`) at which a string cannot be stored as text, and why. */
function findUnstorable(value: unknown, path: string, depth = 0): ErrorIssue | undefined {
  if (typeof value === 'string') {
    const problem = problemOf(value);
    return problem ? { path, ...problem } : undefined;
  }
  if (depth > 32 || value === null || typeof value !== 'object') return undefined;
  for (const [key, child] of Object.entries(value)) {
    const childPath = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
    const found = findUnstorable(child, childPath, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/**
 * PostgreSQL text cannot hold NUL characters, and UTF-8 cannot encode a lone surrogate: refuse them at
 * the door with a 400 naming the field, rather than letting the database driver fail later with a 500.
 */
export const inputGuardPlugin = fp(async (app: FastifyInstance) => {
  app.addHook('preValidation', async (request) => {
    for (const [where, value] of [
      ['params', request.params],
      ['querystring', request.query],
      ['body', request.body],
    ] as const) {
      const found = findUnstorable(value, '');
      if (found) {
        const path = found.path || where;
        throw new AppError('VALIDATION_FAILED', `Invalid ${where}: ${path}`, [{ ...found, path }]);
      }
    }
  });
});
