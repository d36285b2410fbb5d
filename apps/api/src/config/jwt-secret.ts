import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Config } from './load-config';

/**
 * The configured JWT secret, or (outside production) one generated on first start and kept in the
 * data directory, so sessions survive restarts without anyone choosing a secret.
 */
export function resolveJwtSecret(config: Config): string {
  if (config.auth.jwtSecret) return config.auth.jwtSecret;
  const file = join(config.dataDir, 'secrets', 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  return secret;
}
