/**
 * Configuration comes from the environment only (DESIGN.md "API surface"), read once through
 * @nestjs/config and turned into one typed object, so no other file touches process.env.
 */
export type DatabaseConfig =
  | { type: 'sqlite'; path: string }
  | { type: 'postgres'; url: string };

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
  /** The whole request, headers and body, must arrive within this; else 408 and the connection closes. */
  requestTimeoutMs: number;
  /** The request's headers must arrive within this (slowloris); at most requestTimeoutMs. */
  headersTimeoutMs: number;
  /** A connection with no traffic either way for this long is closed; above the live stream's 25 s ping. */
  connectionTimeoutMs: number;
  /** An idle keep-alive connection between two requests is closed after this; above common proxies' 60 s. */
  keepAliveTimeoutMs: number;
}

export class ConfigurationError extends Error {}

export function parseDatabaseUrl(url: string | undefined): DatabaseConfig {
  if (!url) return { type: 'sqlite', path: './data/claimtrack.sqlite' };
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length).replace(/^\/\//, '');
    if (!path) throw new ConfigurationError('DATABASE_URL "sqlite:" needs a file path, e.g. sqlite:./data/claimtrack.sqlite');
    return { type: 'sqlite', path };
  }
  if (/^postgres(ql)?:\/\//.test(url)) return { type: 'postgres', url };
  throw new ConfigurationError(`DATABASE_URL must start with sqlite: or postgres://, got "${url.split(':')[0]}:"`);
}

function positiveInteger(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new ConfigurationError(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

export function loadAppConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const port = positiveInteger('PORT', env.PORT, 3000);
  const requestTimeoutMs = positiveInteger('REQUEST_TIMEOUT_MS', env.REQUEST_TIMEOUT_MS, 30_000);
  const headersTimeoutMs = positiveInteger('HEADERS_TIMEOUT_MS', env.HEADERS_TIMEOUT_MS, Math.min(10_000, requestTimeoutMs));
  if (headersTimeoutMs > requestTimeoutMs) {
    throw new ConfigurationError(`HEADERS_TIMEOUT_MS (${headersTimeoutMs}) must not exceed REQUEST_TIMEOUT_MS (${requestTimeoutMs}): the headers are part of the request`);
  }
  return {
    port,
    database: parseDatabaseUrl(env.DATABASE_URL),
    adminEmail: env.ADMIN_EMAIL || null,
    adminPassword: env.ADMIN_PASSWORD || null,
    tokenTtlHours: positiveInteger('TOKEN_TTL_HOURS', env.TOKEN_TTL_HOURS, 12),
    bodyLimitBytes: positiveInteger('BODY_LIMIT_BYTES', env.BODY_LIMIT_BYTES, 2 * 1024 * 1024),
    seedDemo: env.SEED_DEMO !== 'false',
    publicBaseUrl: (env.PUBLIC_BASE_URL || `http://localhost:${port}`).replace(/\/$/, ''),
    organizationName: env.ORGANIZATION_NAME || 'Claimtrack Fact-Check Desk',
    organizationUrl: env.ORGANIZATION_URL || env.PUBLIC_BASE_URL || `http://localhost:${port}`,
    requestTimeoutMs,
    headersTimeoutMs,
    connectionTimeoutMs: positiveInteger('CONNECTION_TIMEOUT_MS', env.CONNECTION_TIMEOUT_MS, 60_000),
    keepAliveTimeoutMs: positiveInteger('KEEP_ALIVE_TIMEOUT_MS', env.KEEP_ALIVE_TIMEOUT_MS, 72_000),
  };
}

export const APP_CONFIG = 'app';
