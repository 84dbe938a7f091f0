import { createApp } from '../../src/app.factory';
import { loadAppConfig } from '../../src/config/app-config';
import { ADMIN, bearer, TestApp } from '../support/test-app';
import { TestDb } from '../support/test-db';

/**
 * Two instances starting together on one empty database (a rolling deploy, a second node coming up):
 * the schema is migrated once, one first admin and one demo article are made, and both serve.
 */
describe('two instances starting together on one database', () => {
  it('migrate, make the first admin and import the demo article once between them', async () => {
    const t = await TestApp.start({ seedDemo: false });
    try {
      // An empty database, as a new deployment has: drop what the test harness's own start made.
      await t.app.close();
      if (t.db.dialect === 'postgres') {
        await t.db.query('DROP SCHEMA public CASCADE');
        await t.db.query('CREATE SCHEMA public');
      }
      const environment = t.environment;
      // On SQLite, a new file beside the harness's: nothing in it yet.
      const database = t.database.type === 'sqlite' ? { ...t.database, path: t.database.path.replace(/\.sqlite$/, '-empty.sqlite') } : t.database;
      const config = { ...loadAppConfig(environment), database, adminEmail: ADMIN.email, adminPassword: ADMIN.password, seedDemo: true };
      const db = database === t.database ? t.db : await TestDb.open(database);
      const [one, two] = await Promise.all([createApp({ config, requestLog: false, logLevels: false }), createApp({ config, requestLog: false, logLevels: false })]);
      try {
        expect(await db.count('users')).toBe(1);
        expect(await db.count('articles')).toBe(1);
        expect(await db.count('migrations')).toBeGreaterThan(0);
        for (const app of [one, two]) {
          const server = app.getHttpServer();
          const { default: request } = await import('supertest');
          const token = (await request(server).post('/api/auth/login').send(ADMIN).expect(200)).body.token as string;
          const articles = await request(server).get('/api/articles').set(bearer(token)).expect(200);
          expect(articles.body.items).toHaveLength(1);
        }
      } finally {
        await Promise.all([one.close(), two.close()]);
        if (db !== t.db) await db.close();
      }
    } finally {
      await t.close().catch(() => undefined);
    }
  }, 60_000);
});
