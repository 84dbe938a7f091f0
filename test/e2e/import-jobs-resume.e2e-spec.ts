import { ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { loadAppConfig } from '../../src/config/app-config';
import { ADMIN, bearer, TestApp } from '../support/test-app';
import { FAST_INTAKE, importDone, jsonLines, sleep, wireArticle } from './support/intake';

const PORT = 39_872;
const base = `http://127.0.0.1:${PORT}`;

function startService(environment: Record<string, string>): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = fork(join(__dirname, '../support/app-process.ts'), [], {
      execArgv: ['-r', join(__dirname, '../support/ts-register.js')],
      env: { ...process.env, ...environment, PORT: String(PORT), ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, SEED_DEMO: 'false', BACKGROUND_POLL_MS: '100', IMPORT_CLAIM_SECONDS: '2' },
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    child.once('message', (message) => (message === 'ready' ? resolve(child) : reject(new Error(String(message)))));
    child.once('exit', (code) => reject(new Error(`the service exited with ${code}`)));
  });
}

async function call(method: string, path: string, token: string | null, body?: string | object, contentType = 'application/json') {
  const response = await fetch(`${base}${path}`, { method, headers: { 'content-type': contentType, ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: response.status, body: (await response.json().catch(() => ({}))) as Record<string, any> };
}

/** Every imported article exactly once: one article per distinct body, one item per article, nothing half-written. */
async function expectExactlyOnce(t: TestApp, total: number): Promise<void> {
  expect(await t.db.count('articles')).toBe(total);
  expect(await t.db.count('import_items', "state = 'imported'")).toBe(total);
  expect((await t.db.query('SELECT COUNT(DISTINCT article_id) AS n FROM import_items WHERE state = ?', ['imported']))[0]).toEqual({ n: total });
  expect(await t.db.count('articles a', 'NOT EXISTS (SELECT 1 FROM import_items i WHERE i.article_id = a.id)')).toBe(0);
  expect(await t.db.count('articles a', 'NOT EXISTS (SELECT 1 FROM article_revisions r WHERE r.article_id = a.id)')).toBe(0);
  expect(await t.db.count('claims c', 'NOT EXISTS (SELECT 1 FROM review_events e WHERE e.claim_id = c.id)')).toBe(0);
}

describe('import jobs survive a crash and are shared by instances', () => {
  it('resumes an import killed half-way (kill -9) after a restart, with every article exactly once', async () => {
    const t = await TestApp.start();
    const environment = t.environment;
    await t.app.close().catch(() => undefined); // the service runs in its own process below
    let service = await startService(environment);
    try {
      const admin = (await call('POST', '/api/auth/login', null, ADMIN)).body.token as string;
      const total = 400;
      const accepted = await call('POST', '/api/imports', admin, jsonLines(Array.from({ length: total }, (_, n) => wireArticle(n))), 'application/x-ndjson');
      expect(accepted.status).toBe(202);
      let seen = { done: 0 };
      while (seen.done < 20) {
        seen = (await call('GET', `/api/imports/${accepted.body.id}`, admin)).body as { done: number };
        await sleep(20);
      }
      service.kill('SIGKILL');
      await sleep(200);
      const atKill = await t.db.count('import_items', "state <> 'pending'");
      expect(atKill).toBeLessThan(total); // really half-way

      service = await startService(environment);
      const token = (await call('POST', '/api/auth/login', null, ADMIN)).body.token as string;
      for (let job = { state: '' }; job.state !== 'done'; await sleep(100)) job = (await call('GET', `/api/imports/${accepted.body.id}`, token)).body as { state: string };
      const job = (await call('GET', `/api/imports/${accepted.body.id}`, token)).body;
      expect(job).toMatchObject({ state: 'done', total, done: total, imported: total, duplicates: 0, refused: 0 });
      await expectExactlyOnce(t, total);
      expect((await call('GET', '/api/audit/verify', token)).body).toMatchObject({ ok: true, broken: [] });
    } finally {
      service.kill('SIGKILL');
      await t.close();
    }
  }, 180_000);

  it('shares one import between two instances on one database without importing an article twice', async () => {
    const intake = { ...loadAppConfig({}).intake, ...FAST_INTAKE, importBatchSize: 4, importConcurrency: 2 };
    const a = await TestApp.start({ config: { intake } });
    const environment = a.environment;
    const b = await TestApp.start({ database: a.database, config: { intake, historyKey: environment.HISTORY_KEY ?? null, ...(environment.HISTORY_KEY_FILE ? { historyKeyFile: environment.HISTORY_KEY_FILE } : {}) } });
    try {
      const editor = (await a.userWithRole('editor')).token;
      const total = 120;
      // Every fifth line repeats an earlier body: the two instances race on them and one must find a duplicate.
      const lines = Array.from({ length: total }, (_, n) => wireArticle(n % 5 === 4 ? n - 1 : n));
      const accepted = await a.http.post('/api/imports').set(bearer(editor)).set('content-type', 'application/x-ndjson').send(jsonLines(lines)).expect(202);
      const job = await importDone(b, editor, accepted.body.id, 120_000);
      const unique = new Set(lines.map((l) => l.body)).size;
      expect(job).toMatchObject({ total, done: total, imported: unique, duplicates: total - unique, refused: 0 });
      await expectExactlyOnce(a, unique);
      const workers = await a.db.query<{ processed_by: string }>('SELECT DISTINCT processed_by FROM import_items');
      expect(workers).toHaveLength(2);
    } finally {
      await b.close();
      await a.close();
    }
  }, 180_000);
});
