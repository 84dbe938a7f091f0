import { loadAppConfig } from '../../src/config/app-config';
import { bearer, TestApp } from '../support/test-app';
import { FAST_INTAKE, importDone, jsonLines, wireArticle } from './support/intake';

describe('bulk imports through the API', () => {
  let t: TestApp;
  let editor: string;
  let checker: string;
  beforeAll(async () => {
    t = await TestApp.start({ config: { intake: { ...loadAppConfig({}).intake, ...FAST_INTAKE } } });
    editor = (await t.userWithRole('editor')).token;
    checker = (await t.userWithRole('checker')).token;
  });
  afterAll(() => t.close());

  it('answers 202 with a job, imports every valid line once, skips duplicates and reports a malformed line with its reason', async () => {
    const existing = await t.http.post('/api/articles').set(bearer(editor)).send(wireArticle(0)).expect(201);
    const body = jsonLines([wireArticle(1), wireArticle(2), '{"title": "broken', wireArticle(0), wireArticle(1), { title: 'No body' }, wireArticle(3)]);
    const accepted = await t.http.post('/api/imports').set(bearer(editor)).set('content-type', 'application/x-ndjson').send(body).expect(202);
    expect(accepted.body).toMatchObject({ id: expect.any(Number), state: 'queued', total: 7 });
    const job = await importDone(t, editor, accepted.body.id);
    expect(job).toMatchObject({ state: 'done', total: 7, done: 7, imported: 3, duplicates: 2, refused: 2 });
    const byLine = Object.fromEntries(job.report.map((line: { line: number }) => [line.line, line]));
    expect(byLine[3]).toMatchObject({ outcome: 'refused', reason: expect.stringMatching(/not valid JSON/) });
    expect(byLine[4]).toMatchObject({ outcome: 'duplicate', articleId: existing.body.id });
    expect(byLine[5]).toMatchObject({ outcome: 'duplicate' });
    expect(byLine[6]).toMatchObject({ outcome: 'refused', reason: expect.stringMatching(/body/) });
    expect(await t.db.count('articles')).toBe(4);
    // Each imported article got its extracted claims, in the article's own transaction.
    expect(await t.db.count('import_items i', "i.state = 'imported' AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.article_id = i.article_id)")).toBe(0);
  });

  it('takes a JSON Lines file in multipart/form-data', async () => {
    const file = Buffer.from(jsonLines([wireArticle(10), wireArticle(11)]));
    const accepted = await t.http.post('/api/imports').set(bearer(editor)).attach('file', file, { filename: 'wire.jsonl', contentType: 'application/x-ndjson' }).expect(202);
    const job = await importDone(t, editor, accepted.body.id);
    expect(job).toMatchObject({ origin: 'wire.jsonl', imported: 2, refused: 0 });
  });

  it('refuses an empty upload, an unknown media type and a checker', async () => {
    const empty = await t.http.post('/api/imports').set(bearer(editor)).set('content-type', 'application/x-ndjson').send('\n\n').expect(400);
    expect(empty.headers['content-type']).toMatch(/problem\+json/);
    await t.http.post('/api/imports').set(bearer(editor)).set('content-type', 'text/csv').send('a,b').expect(415);
    await t.http.post('/api/imports').set(bearer(checker)).set('content-type', 'application/x-ndjson').send(jsonLines([wireArticle(20)])).expect(403);
    await t.http.get('/api/imports/999999').set(bearer(editor)).expect(404);
  });

  it('previews the claims an import would create without saving, and names the duplicate', async () => {
    const before = await t.db.count('articles');
    const preview = await t.http.post('/api/imports/preview').set(bearer(editor)).send({ title: 'x', body: wireArticle(1).body }).expect(200);
    expect(preview.body.detectedLanguage).toBe('de');
    expect(preview.body.claims.length).toBeGreaterThan(0);
    expect(preview.body.claims[0]).toMatchObject({ start: expect.any(Number), end: expect.any(Number), exact: expect.any(String) });
    expect(preview.body.duplicateOf).toMatchObject({ id: expect.any(Number), url: expect.stringMatching(/^\/articles\/\d+$/) });
    const fresh = await t.http.post('/api/imports/preview').set(bearer(editor)).send({ body: 'Ein ganz neuer Text, sagte der Sprecher.' }).expect(200);
    expect(fresh.body.duplicateOf).toBeNull();
    expect(await t.db.count('articles')).toBe(before);
  });
});
