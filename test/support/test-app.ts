import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client } from 'pg';
import request from 'supertest';
import { createApp } from '../../src/app.factory';
import type { Role } from '../../src/common/vocabulary';
import { AppConfig, DatabaseConfig, loadAppConfig } from '../../src/config/app-config';
import { TestDb } from './test-db';

export const ADMIN = { email: 'admin@desk.test', password: 'admin-password-1' };

/**
 * A real app on a real, fresh database per test file: an SQLite file in a temp folder, or — when
 * DATABASE_URL names PostgreSQL (npm run test:postgres) — a new database on that server, dropped afterwards.
 */
export class TestApp {
  private constructor(
    private current: NestFastifyApplication,
    private readonly config: AppConfig,
    private readonly dropDatabase: () => Promise<void>,
    /** The test's own connection to the same database, for checking (and tampering with) what is really stored. */
    readonly db: TestDb,
  ) {}

  static async start(options: { seedDemo?: boolean; database?: DatabaseConfig; bodyLimitBytes?: number; config?: Partial<AppConfig> } = {}): Promise<TestApp> {
    const { database, cleanup } = options.database ? { database: options.database, cleanup: async () => undefined } : await freshDatabase();
    const config = { ...loadAppConfig({}), ...options.config, database, adminEmail: ADMIN.email, adminPassword: ADMIN.password, seedDemo: options.seedDemo ?? false };
    if (options.bodyLimitBytes) config.bodyLimitBytes = options.bodyLimitBytes;
    Object.assign(config, options.config);
    const app = await createApp({ config, requestLog: false, logLevels: process.env.TEST_LOG ? ['error'] : false });
    return new TestApp(app, config, cleanup, await TestDb.open(database));
  }

  get app(): NestFastifyApplication {
    return this.current;
  }

  get database(): DatabaseConfig {
    return this.config.database;
  }

  /** The environment a command-line run needs to work on this database as the service does. */
  get environment(): Record<string, string> {
    const { database, historyKey, historyKeyFile } = this.config;
    return {
      DATABASE_URL: database.type === 'sqlite' ? `sqlite:${database.path}` : database.url,
      ...(historyKey ? { HISTORY_KEY: historyKey } : { HISTORY_KEY_FILE: historyKeyFile }),
    };
  }

  /** Shuts the service down and starts it again on the same database, as a newsroom's restart would. */
  async restart(): Promise<void> {
    await this.current.close();
    this.current = await createApp({ config: this.config, requestLog: false, logLevels: false });
  }

  get http() {
    return request(this.app.getHttpServer());
  }

  async close(): Promise<void> {
    await this.db.close();
    await this.current.close();
    await this.dropDatabase();
  }

  async login(email: string, password: string): Promise<string> {
    const response = await this.http.post('/api/auth/login').send({ email, password }).expect(200);
    return response.body.token as string;
  }

  adminToken(): Promise<string> {
    return this.login(ADMIN.email, ADMIN.password);
  }

  /** Creates a user of the given role through the admin API and signs them in. */
  async userWithRole(role: Role, name = `${role}-${randomBytes(3).toString('hex')}`): Promise<{ id: number; token: string; email: string }> {
    const admin = await this.adminToken();
    const email = `${name}@desk.test`;
    const password = `${name}-password`;
    const created = await this.http.post('/api/users').set('Authorization', `Bearer ${admin}`).send({ email, password, role, displayName: name }).expect(201);
    return { id: created.body.id as number, token: await this.login(email, password), email };
  }
}

/**
 * Each test database has its own history key: on SQLite generated into a file beside it (as a newsroom's
 * first start does), on PostgreSQL given in the configuration (as instances sharing a server must).
 */
function historyKeyFor(database: DatabaseConfig): Pick<AppConfig, 'historyKey' | 'historyKeyFile'> {
  return database.type === 'sqlite'
    ? { historyKey: null, historyKeyFile: join(dirname(database.path), 'history.key') }
    : { historyKey: `test-${randomBytes(24).toString('base64url')}`, historyKeyFile: './data/history.key' };
}

async function freshDatabase(): Promise<{ database: DatabaseConfig; cleanup: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (url && /^postgres(ql)?:\/\//.test(url)) {
    const name = `claimtrack_e2e_${process.pid}_${randomBytes(4).toString('hex')}`;
    const admin = new Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const target = new URL(url);
    target.pathname = `/${name}`;
    return {
      database: { type: 'postgres', url: target.toString() },
      cleanup: async () => {
        const dropper = new Client({ connectionString: url });
        await dropper.connect();
        await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await dropper.end();
      },
    };
  }
  const dir = join(tmpdir(), `claimtrack-e2e-${process.pid}-${randomBytes(4).toString('hex')}`);
  mkdirSync(dir, { recursive: true });
  return { database: { type: 'sqlite', path: join(dir, 'claimtrack.sqlite') }, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
