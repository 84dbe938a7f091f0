import { ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { freshCounts, storedTallies } from '../support/fresh-count';
import { ADMIN, bearer, TestApp } from '../support/test-app';

const PORT = 39_871;
const base = `http://127.0.0.1:${PORT}`;

function startService(environment: Record<string, string>): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = fork(join(__dirname, '../support/app-process.ts'), [], {
      execArgv: ['-r', join(__dirname, '../support/ts-register.js')],
      env: { ...process.env, ...environment, PORT: String(PORT), ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, SEED_DEMO: 'false' },
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    child.once('message', (message) => (message === 'ready' ? resolve(child) : reject(new Error(String(message)))));
    child.once('exit', (code) => reject(new Error(`the service exited with ${code}`)));
  });
}

const call = async (method: string, path: string, token: string | null, body?: unknown) => {
  const response = await fetch(`${base}${path}`, {
    method, headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json().catch(() => ({}))) as Record<string, unknown> };
};

/**
 * kill -9 while writes are in flight: whatever was answered 2xx before the kill is in the database
 * after a restart, the file is intact, the tallies and the history's ledger agree with the claims.
 */
describe('a crash in the middle of writing', () => {
  it('keeps every write answered before kill -9, and nothing half-written', async () => {
    const t = await TestApp.start();
    const environment = t.environment;
    await t.app.close().catch(() => undefined); // the service under test runs in its own process below
    let service = await startService(environment);
    try {
      const admin = (await call('POST', '/api/auth/login', null, ADMIN)).body.token as string;
      const acknowledged: { kind: 'article' | 'source'; id: number }[] = [];
      let stop = false;
      const writers = Array.from({ length: 4 }, async (_, w) => {
        for (let i = 0; !stop; i++) {
          const body = `Satz ${w}-${i}: Die Regierung in Seoul meldete ${1000 + i} Soldaten, sagte ein Sprecher des Geheimdienstes am Freitag. Moskau bestreitet das, hieß es aus dem Kreml.`;
          const imported = await call('POST', '/api/articles', admin, { title: `Crash ${w}-${i}`, body, language: 'de' }).catch(() => null);
          if (imported?.status === 201) acknowledged.push({ kind: 'article', id: Number(imported.body.id) });
          const source = await call('POST', '/api/sources', admin, { name: `Crash source ${w}-${i}`, type: 'government' }).catch(() => null);
          if (source?.status === 201) acknowledged.push({ kind: 'source', id: Number(source.body.id) });
        }
      });
      await new Promise((resolve) => setTimeout(resolve, 2500));
      service.kill('SIGKILL');
      stop = true;
      await Promise.all(writers);
      expect(acknowledged.length).toBeGreaterThan(5);

      service = await startService(environment);
      for (const { kind, id } of acknowledged) expect(await t.db.count(kind === 'article' ? 'articles' : 'sources', 'id = ?', [id])).toBe(1);
      // An import lands whole or not at all: every article has its revision, its claims their events.
      expect(await t.db.count('articles a', 'NOT EXISTS (SELECT 1 FROM article_revisions r WHERE r.article_id = a.id)')).toBe(0);
      expect(await t.db.count('claims c', 'NOT EXISTS (SELECT 1 FROM review_events e WHERE e.claim_id = c.id)')).toBe(0);
      if (t.db.dialect === 'sqlite') expect(await t.db.query('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
      expect(await storedTallies(t.db)).toEqual(await freshCounts(t.db));
      const verified = await call('GET', '/api/audit/verify', (await call('POST', '/api/auth/login', null, ADMIN)).body.token as string);
      expect(verified.body).toMatchObject({ ok: true, broken: [] });
    } finally {
      service.kill('SIGKILL');
      await t.close();
    }
  }, 120_000);

  it('finishes what it acknowledged when stopped gracefully under load, and answers no 500 while stopping', async () => {
    const t = await TestApp.start();
    const environment = t.environment;
    await t.app.close().catch(() => undefined);
    let service = await startService(environment);
    try {
      const admin = (await call('POST', '/api/auth/login', null, ADMIN)).body.token as string;
      const statuses: number[] = [];
      const acknowledged: number[] = [];
      let stop = false;
      const clients = Array.from({ length: 16 }, async (_, w) => {
        for (let i = 0; !stop; i++) {
          const answer = w % 2 === 0
            ? await call('POST', '/api/sources', admin, { name: `Stopping ${w}-${i}`, type: 'government' }).catch(() => null)
            : await call('GET', '/api/claims?limit=50', admin).catch(() => null);
          if (!answer) continue;
          statuses.push(answer.status);
          if (answer.status === 201) acknowledged.push(Number(answer.body.id));
        }
      });
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const exited = new Promise((resolve) => service.once('exit', resolve));
      service.kill('SIGTERM');
      await exited;
      stop = true;
      await Promise.all(clients);
      expect(statuses.filter((status) => status >= 500 && status !== 503)).toEqual([]);
      service = await startService(environment);
      for (const id of acknowledged) expect(await t.db.count('sources', 'id = ?', [id])).toBe(1);
    } finally {
      service.kill('SIGKILL');
      await t.close();
    }
  }, 120_000);
});
