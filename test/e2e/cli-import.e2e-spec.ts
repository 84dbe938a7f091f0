import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bearer, TestApp } from '../support/test-app';
import { runCli } from './support/cli';
import { jsonLines, wireArticle } from './support/intake';

describe('npm run cli -- import', () => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    t = await TestApp.start();
    dir = mkdtempSync(join(tmpdir(), 'claimtrack-cli-import-'));
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports a folder of .txt files (title on the first line), and a second run skips them all as duplicates', async () => {
    const folder = join(dir, 'wire');
    mkdirSync(folder);
    for (const n of [1, 2, 3]) {
      const article = wireArticle(n);
      writeFileSync(join(folder, `meldung-${n}.txt`), `${article.title}\n\n${article.body}\n`);
    }
    writeFileSync(join(folder, 'notes.md'), 'not an article: ignored');
    const first = await runCli(['import', folder], t.environment);
    expect(first.stderr).toMatch(/import: 3\/3 processed/);
    expect(first.stdout).toMatch(/imported: 3 \(\d+ claims extracted\)/);
    expect(first.code).toBe(0);
    // Four at a time: on PostgreSQL they commit side by side, so ids need not follow the files' order.
    expect((await t.db.query<{ title: string }>('SELECT title FROM articles ORDER BY title')).map((a) => a.title)).toEqual(['Meldung 1', 'Meldung 2', 'Meldung 3']);
    expect(await t.db.count('claims')).toBeGreaterThan(3);
    const again = await runCli(['import', folder], t.environment);
    expect(again.stdout).toMatch(/imported: 0/);
    expect(again.stdout).toMatch(/duplicates \(already on the desk, skipped\): 3/);
    expect(again.code).toBe(0);
    expect(await t.db.count('articles')).toBe(3);
  });

  it('imports JSON Lines, reports duplicates and a malformed line with its reason, imports the rest, and exits 1 for the refusal', async () => {
    const file = join(dir, 'batch.jsonl');
    writeFileSync(file, jsonLines([wireArticle(10), wireArticle(1), '{"title": "cut off', wireArticle(11), wireArticle(10), { title: 'x', body: 'y', language: 42 }]));
    const run = await runCli(['import', file], t.environment);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/imported: 2 /);
    expect(run.stdout).toMatch(/duplicates \(already on the desk, skipped\): 2/);
    expect(run.stdout).toMatch(/refused: 2\n {2}batch\.jsonl:3: not valid JSON[^\n]*\n {2}batch\.jsonl:6: language: /);
    expect(await t.db.count('articles')).toBe(5);
  });

  it('reads JSON Lines from standard input, and the service sees the articles at once', async () => {
    const run = await runCli(['import', '-'], t.environment, jsonLines([wireArticle(20)]));
    expect(run.code).toBe(0);
    const listed = await t.http.get('/api/articles?q=Meldung 20').set(bearer(await t.adminToken())).expect(200);
    expect(listed.body.items).toHaveLength(1);
  });

  it('says what is wrong with its usage (exit 2)', async () => {
    expect((await runCli(['import'], t.environment)).code).toBe(2);
    const missing = await runCli(['import', join(dir, 'nope')], t.environment);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read/);
  });
});
