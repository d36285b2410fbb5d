import { isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import { defaultDemoSeedDir } from '../db/demo/demo-seed';
import { findRepoRoot } from './repo-root';

const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' }).optional(),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(500).default(10),
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(3000),
  MIGRATE_ON_START: booleanFlag.default(false),
  PARTRACK_DATA_DIR: z.string().min(1).default('data'),
  DEMO_DATA: booleanFlag.default(true),
  WEB_DIST_DIR: z.string().min(1).optional(),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  UPLOAD_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(20 * 1024 * 1024),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  DASHBOARD_CACHE_MB: z.coerce.number().int().min(0).max(4096).default(64),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(900).default(900),
  REFRESH_TOKEN_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  LOGIN_LIMIT_PER_USERNAME: z.coerce.number().int().min(1).default(10),
  LOGIN_LIMIT_PER_IP: z.coerce.number().int().min(1).default(30),
  TRUST_PROXY: booleanFlag.default(false),
  CORS_ORIGINS: z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url().refine((origin) => origin !== '*', 'must name an origin, never *')))
    .default([]),
  REMINDERS_ENABLED: booleanFlag.default(true),
  REMINDER_INTERVAL_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(60),
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).optional(),
  MAIL_FROM: z.string().min(3).default('partrack <no-reply@partrack.local>'),
  PUBLIC_URL: z.url().optional(),
});

export type Config = {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  database:
    | { kind: 'postgres'; url: string; poolMax: number; connectTimeoutMs: number; migrateOnStart: boolean }
    | {
        kind: 'pglite';
        dataDir: string;
        loadDemoData: boolean;
        /** The demo seed that `pnpm build` makes (ADR 016); a first start copies it when present and current. */
        demoSeedDir?: string;
      };
  dataDir: string;
  webDistDir: string;
  migrationsDir: string;
  bodyLimitBytes: number;
  /** Largest evidence file; larger uploads answer 413 and nothing is stored. */
  uploadLimitBytes: number;
  /** Evidence files (local disk storage). */
  filesDir: string;
  shutdownTimeoutMs: number;
  /** Memory for dashboard answers kept until the data changes; 0 turns the cache off. */
  dashboardCacheMegabytes: number;
  auth: {
    /** Unset only outside production: the server then keeps a generated one in the data directory. */
    jwtSecret: string | undefined;
    accessTokenTtlSeconds: number;
    refreshTokenTtlHours: number;
    loginLimitPerUsername: number;
    loginLimitPerIp: number;
  };
  reminders: {
    enabled: boolean;
    intervalMinutes: number;
    /** E-mail goes out only when set. */
    smtpUrl: string | undefined;
    mailFrom: string;
    /** Where links in e-mails point, e.g. https://partrack.example.gov.vn */
    publicUrl: string | undefined;
  };
  trustProxy: boolean;
  /** Origins allowed to call the API from another origin; empty means same origin only. */
  corsOrigins: string[];
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * A path the user typed, made absolute: relative paths are taken from where the user ran the command
 * (pnpm runs scripts in the package folder, and says where it was started in INIT_CWD).
 */
export function resolveUserPath(path: string, env: NodeJS.ProcessEnv = process.env): string {
  return isAbsolute(path) ? path : resolve(env.INIT_CWD || process.cwd(), path);
}

/** The only reader of the environment. Throws a ConfigError listing every problem at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable counts as unset, as `VAR= pnpm start` and compose files mean it.
  const setVars = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = EnvSchema.safeParse(setVars);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const vars = parsed.data;
  if (vars.NODE_ENV === 'production' && !vars.JWT_SECRET) {
    throw new ConfigError(['JWT_SECRET: required in production (at least 32 random characters)']);
  }
  const repoRoot = findRepoRoot();
  const fromBase = (path: string) => resolveUserPath(path, env);
  const dataDir = setVars.PARTRACK_DATA_DIR ? fromBase(vars.PARTRACK_DATA_DIR) : join(repoRoot, 'data');

  return {
    env: vars.NODE_ENV,
    host: vars.HOST,
    port: vars.PORT,
    logLevel: vars.LOG_LEVEL,
    database: vars.DATABASE_URL
      ? {
          kind: 'postgres',
          url: vars.DATABASE_URL,
          poolMax: vars.DB_POOL_MAX,
          connectTimeoutMs: vars.DB_CONNECT_TIMEOUT_MS,
          migrateOnStart: vars.MIGRATE_ON_START,
        }
      : {
          kind: 'pglite',
          dataDir: join(dataDir, 'pglite'),
          loadDemoData: vars.DEMO_DATA,
          demoSeedDir: defaultDemoSeedDir(repoRoot),
        },
    dataDir,
    webDistDir: vars.WEB_DIST_DIR ? fromBase(vars.WEB_DIST_DIR) : join(repoRoot, 'apps', 'web', 'dist'),
    migrationsDir: join(repoRoot, 'migrations'),
    bodyLimitBytes: vars.BODY_LIMIT_BYTES,
    uploadLimitBytes: vars.UPLOAD_LIMIT_BYTES,
    filesDir: join(dataDir, 'files'),
    shutdownTimeoutMs: vars.SHUTDOWN_TIMEOUT_MS,
    dashboardCacheMegabytes: vars.DASHBOARD_CACHE_MB,
    auth: {
      jwtSecret: vars.JWT_SECRET,
      accessTokenTtlSeconds: vars.ACCESS_TOKEN_TTL_SECONDS,
      refreshTokenTtlHours: vars.REFRESH_TOKEN_TTL_HOURS,
      loginLimitPerUsername: vars.LOGIN_LIMIT_PER_USERNAME,
      loginLimitPerIp: vars.LOGIN_LIMIT_PER_IP,
    },
    reminders: {
      enabled: vars.REMINDERS_ENABLED,
      intervalMinutes: vars.REMINDER_INTERVAL_MINUTES,
      smtpUrl: vars.SMTP_URL,
      mailFrom: vars.MAIL_FROM,
      publicUrl: vars.PUBLIC_URL,
    },
    trustProxy: vars.TRUST_PROXY,
    corsOrigins: vars.CORS_ORIGINS,
  };
}
