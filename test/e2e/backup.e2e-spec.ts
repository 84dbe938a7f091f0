import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bearer, TestApp } from '../support/test-app';
import { TestDb } from '../support/test-db';
import { runCli } from './support/cli';
import { sleep, wireArticle } from './support/intake';

describe('npm run cli -- backup', () => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    t = await TestApp.start();
    dir = mkdtempSync(join(tmpdir(), 'claimtrack-backup-'));
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('copies the SQLite database while writes go on; the restored copy has every write committed before it began and verifies', async () => {
    if (t.database.type === 'postgres') {
      // PostgreSQL is backed up with its own tools: the command says so instead of copying anything.
      const refused = await runCli(['backup', join(dir, 'x.sqlite')], t.environment);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(/pg_dump/);
      return;
    }
    const admin = await t.adminToken();
    const committed: number[] = [];
    let writing = true;
    const writer = (async () => {
      for (let n = 0; writing; n++) {
        const response = await t.http.post('/api/articles').set(bearer(admin)).send(wireArticle(n));
        if (response.status === 201) committed.push(response.body.id);
      }
    })();
    while (committed.length < 5) await sleep(20);
    const before = [...committed];
    const file = join(dir, 'backup.sqlite');
    const run = await runCli(['backup', file], t.environment);
    const after = [...committed];
    writing = false;
    await writer;
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(after.length).toBeGreaterThan(before.length); // writes went on during the backup

    const restoredPath = join(dir, 'restored', 'claimtrack.sqlite');
    mkdirSync(join(dir, 'restored'));
    copyFileSync(file, restoredPath);
    const copy = await TestDb.open({ type: 'sqlite', path: restoredPath });
    try {
      expect(await copy.query('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
      for (const id of before) expect(await copy.count('articles', 'id = ?', [id])).toBe(1);
      // What is in the copy is whole: every article with its revision, every claim with its history.
      expect(await copy.count('articles a', 'NOT EXISTS (SELECT 1 FROM article_revisions r WHERE r.article_id = a.id)')).toBe(0);
      expect(await copy.count('claims c', 'NOT EXISTS (SELECT 1 FROM review_events e WHERE e.claim_id = c.id)')).toBe(0);
    } finally {
      await copy.close();
    }
    // Restored with its history key, the service starts on it and its ledger verifies.
    copyFileSync(t.environment.HISTORY_KEY_FILE, join(dir, 'restored', 'history.key'));
    const restored = await TestApp.start({ database: { type: 'sqlite', path: restoredPath }, config: { historyKey: null, historyKeyFile: join(dir, 'restored', 'history.key') } });
    try {
      const verified = await restored.http.get('/api/audit/verify').set(bearer(await restored.adminToken())).expect(200);
      expect(verified.body).toMatchObject({ ok: true, broken: [] });
    } finally {
      await restored.close();
    }
    expect((await runCli(['backup', file], t.environment)).code).toBe(2); // never overwrites
  });
});
