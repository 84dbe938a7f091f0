import { dirname, join } from 'node:path';

/**
 * Configuration comes from the environment only (DESIGN.md "API surface"), read once through
 * @nestjs/config and turned into one typed object, so no other file touches process.env.
 */
export type DatabaseConfig =
  /** `readConnections`: read-only connections beside the one writer (default 2). */
  | { type: 'sqlite'; path: string; readConnections?: number }
  /** `poolSize`: connections per pool, one pool writing and one reading (default 8). */
  | { type: 'postgres'; url: string; poolSize?: number };

/** Defaults sized for a small machine: 2 SQLite readers beside the writer; PostgreSQL pools of 8. */
export const POOLS = { readConnections: 2, poolSize: 8 };

export interface AppConfig {
  port: number;
  database: DatabaseConfig;
  adminEmail: string | null;
  adminPassword: string | null;
  tokenTtlHours: number;
  bodyLimitBytes: number;
  seedDemo: boolean;
  publicBaseUrl: string;
  organizationName: string;
  organizationUrl: string;
  /** An editor other than the verdict's author approves it (REVIEW_FOUR_EYES, on unless set to false). */
  reviewFourEyes: boolean;
  /**
   * Which proxies' X-Forwarded-For / -Proto to believe (TRUST_PROXY): false (default), true (any),
   * a number of hops, or a comma-separated list of addresses and CIDR ranges. Sign-in throttling
   * counts per client address, so behind a proxy this must be set.
   */
  trustProxy: boolean | number | string;
  /**
   * The key that authenticates the history (HISTORY_KEY, at least 32 characters). When unset, one is
   * generated on first start and kept in `historyKeyFile` (HISTORY_KEY_FILE; by default history.key
   * beside the SQLite file, or ./data/history.key): outside the database, so whoever can write the
   * database cannot rewrite history that verifies. Instances sharing a PostgreSQL database must share it.
   */
  historyKey: string | null;
  historyKeyFile: string;
  /** The whole request, headers and body, must arrive within this; else 408 and the connection closes. */
  requestTimeoutMs: number;
  /** The request's headers must arrive within this (slowloris); at most requestTimeoutMs. */
  headersTimeoutMs: number;
  /** A connection with no traffic either way for this long is closed; above the live stream's 25 s ping. */
  connectionTimeoutMs: number;
  /** An idle keep-alive connection between two requests is closed after this; above common proxies' 60 s. */
  keepAliveTimeoutMs: number;
  /** Intake and integrations (src/imports, src/webhooks, src/notifications, src/metrics). */
  intake: IntakeConfig;
}

/**
 * The background work and the integrations. Only the first four come from the environment; the
 * rest are fixed here and set smaller by tests (a retry schedule of seconds, not minutes).
 */
export interface IntakeConfig {
  /** WEBHOOK_ALLOW_HTTP_HOSTS: host names (or addresses) a webhook may reach over plain http, and whose private or loopback addresses are allowed. */
  webhookAllowHttpHosts: string[];
  /** METRICS_TOKEN: when set, GET /metrics needs `Authorization: Bearer <token>`. */
  metricsToken: string | null;
  /** IMPORT_BODY_LIMIT_BYTES: the largest JSON Lines body or uploaded file POST /api/imports takes (default 64 MiB). */
  importBodyLimitBytes: number;
  /** BACKGROUND_POLL_MS: how often an idle instance looks for import items and webhook deliveries (default 1000). */
  pollIntervalMs: number;
  /**
   * Import items one instance claims at a time, and how long its claim keeps other instances off them
   * (IMPORT_CLAIM_SECONDS, default 30): after a crash, the items it held are taken up again after this.
   */
  importBatchSize: number;
  importClaimMs: number;
  /** Articles of one import in flight at once on an instance (extraction of the next overlaps the write of the last). */
  importConcurrency: number;
  /** A delivery attempt gives up after this long. */
  webhookTimeoutMs: number;
  /** The first retry waits this long; each next one twice as long, up to webhookRetryMaxMs. */
  webhookRetryBaseMs: number;
  webhookRetryMaxMs: number;
  /** Attempts per message before it is given up. */
  webhookMaxAttempts: number;
  /** A webhook whose deliveries failed this many times in a row is disabled, with the reason stored. */
  webhookDisableAfterFailures: number;
}

export class ConfigurationError extends Error {}

export function parseDatabaseUrl(url: string | undefined, pools: typeof POOLS = POOLS): DatabaseConfig {
  if (!url) return { type: 'sqlite', path: './data/claimtrack.sqlite', readConnections: pools.readConnections };
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length).replace(/^\/\//, '');
    if (!path) throw new ConfigurationError('DATABASE_URL "sqlite:" needs a file path, e.g. sqlite:./data/claimtrack.sqlite');
    return { type: 'sqlite', path, readConnections: pools.readConnections };
  }
  if (/^postgres(ql)?:\/\//.test(url)) return { type: 'postgres', url, poolSize: pools.poolSize };
  throw new ConfigurationError(`DATABASE_URL must start with sqlite: or postgres://, got "${url.split(':')[0]}:"`);
}

function positiveInteger(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new ConfigurationError(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

function parseTrustProxy(raw: string | undefined): boolean | number | string {
  if (raw === undefined || raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  return raw;
}

function defaultHistoryKeyFile(database: DatabaseConfig): string {
  return database.type === 'sqlite' && database.path !== ':memory:' ? join(dirname(database.path), 'history.key') : './data/history.key';
}

function hostList(raw: string | undefined): string[] {
  return (raw ?? '').split(',').map((host) => host.trim().toLowerCase().replace(/^\[|\]$/g, '')).filter(Boolean);
}

export function loadIntakeConfig(env: Record<string, string | undefined>): IntakeConfig {
  return {
    webhookAllowHttpHosts: hostList(env.WEBHOOK_ALLOW_HTTP_HOSTS),
    metricsToken: env.METRICS_TOKEN || null,
    importBodyLimitBytes: positiveInteger('IMPORT_BODY_LIMIT_BYTES', env.IMPORT_BODY_LIMIT_BYTES, 64 * 1024 * 1024),
    pollIntervalMs: positiveInteger('BACKGROUND_POLL_MS', env.BACKGROUND_POLL_MS, 1000),
    importBatchSize: 32,
    importClaimMs: positiveInteger('IMPORT_CLAIM_SECONDS', env.IMPORT_CLAIM_SECONDS, 30) * 1000,
    importConcurrency: 4,
    webhookTimeoutMs: 10_000,
    webhookRetryBaseMs: 30_000,
    webhookRetryMaxMs: 6 * 3_600_000,
    webhookMaxAttempts: 10,
    webhookDisableAfterFailures: 20,
  };
}

export function loadAppConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const port = positiveInteger('PORT', env.PORT, 3000);
  const database = parseDatabaseUrl(env.DATABASE_URL, {
    readConnections: positiveInteger('DATABASE_READ_CONNECTIONS', env.DATABASE_READ_CONNECTIONS, POOLS.readConnections),
    poolSize: positiveInteger('DATABASE_POOL_SIZE', env.DATABASE_POOL_SIZE, POOLS.poolSize),
  });
  if (env.HISTORY_KEY && env.HISTORY_KEY.length < 32) throw new ConfigurationError('HISTORY_KEY must be at least 32 characters (e.g. openssl rand -base64 32)');
  const requestTimeoutMs = positiveInteger('REQUEST_TIMEOUT_MS', env.REQUEST_TIMEOUT_MS, 30_000);
  const headersTimeoutMs = positiveInteger('HEADERS_TIMEOUT_MS', env.HEADERS_TIMEOUT_MS, Math.min(10_000, requestTimeoutMs));
  if (headersTimeoutMs > requestTimeoutMs) {
    throw new ConfigurationError(`HEADERS_TIMEOUT_MS (${headersTimeoutMs}) must not exceed REQUEST_TIMEOUT_MS (${requestTimeoutMs}): the headers are part of the request`);
  }
  return {
    port,
    database,
    adminEmail: env.ADMIN_EMAIL || null,
    adminPassword: env.ADMIN_PASSWORD || null,
    tokenTtlHours: positiveInteger('TOKEN_TTL_HOURS', env.TOKEN_TTL_HOURS, 12),
    bodyLimitBytes: positiveInteger('BODY_LIMIT_BYTES', env.BODY_LIMIT_BYTES, 2 * 1024 * 1024),
    seedDemo: env.SEED_DEMO !== 'false',
    publicBaseUrl: (env.PUBLIC_BASE_URL || `http://localhost:${port}`).replace(/\/$/, ''),
    organizationName: env.ORGANIZATION_NAME || 'Claimtrack Fact-Check Desk',
    organizationUrl: env.ORGANIZATION_URL || env.PUBLIC_BASE_URL || `http://localhost:${port}`,
    reviewFourEyes: env.REVIEW_FOUR_EYES !== 'false',
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    historyKey: env.HISTORY_KEY || null,
    historyKeyFile: env.HISTORY_KEY_FILE || defaultHistoryKeyFile(database),
    requestTimeoutMs,
    headersTimeoutMs,
    connectionTimeoutMs: positiveInteger('CONNECTION_TIMEOUT_MS', env.CONNECTION_TIMEOUT_MS, 60_000),
    keepAliveTimeoutMs: positiveInteger('KEEP_ALIVE_TIMEOUT_MS', env.KEEP_ALIVE_TIMEOUT_MS, 72_000),
    intake: loadIntakeConfig(env),
  };
}

export const APP_CONFIG = 'app';
