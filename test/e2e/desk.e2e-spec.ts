import { ArticleExtraction } from '../../src/articles/article-extraction';
import { freshCounts, storedTallies } from '../support/fresh-count';
import { bearer, TestApp } from '../support/test-app';

describe('dashboard numbers, health, API docs and atomic imports', () => {
  let t: TestApp;
  let checker: { id: number; token: string };
  let editor: string;
  beforeAll(async () => {
    t = await TestApp.start();
    checker = await t.userWithRole('checker');
    editor = (await t.userWithRole('editor')).token;
  });
  afterAll(() => t.close());

  it('counts claims by status, by source with its record, by article, and the open backlog', async () => {
    const body = 'Erstens: A. Zweitens: B. Drittens: C.';
    const article = (await t.http.post('/api/articles').set(bearer(checker.token)).send({ title: 'Stats', body, language: 'de', extract: false }).expect(201)).body;
    const source = (await t.http.post('/api/sources').set(bearer(checker.token)).send({ name: 'Kremlin', type: 'government' }).expect(201)).body;
    const independent = (await t.http.post('/api/sources').set(bearer(checker.token)).send({ name: 'Reuters', type: 'news_agency' }).expect(201)).body;
    const ids: number[] = [];
    for (const exact of ['Erstens: A.', 'Zweitens: B.', 'Drittens: C.']) {
      const start = body.indexOf(exact);
      const claim = (await t.http.post('/api/claims').set(bearer(checker.token)).send({ articleId: article.id, start, end: start + exact.length }).expect(201)).body;
      await t.http.post(`/api/claims/${claim.id}/attributions`).set(bearer(checker.token)).send({ sourceId: source.id, role: 'speaker' }).expect(201);
      ids.push(claim.id);
    }
    await t.http.post(`/api/claims/${ids[0]}/review`).set(bearer(checker.token)).send({ action: 'take', version: 1 }).expect(200);
    await t.http.post(`/api/claims/${ids[0]}/evidence`).set(bearer(checker.token)).send({ stance: 'refutes', url: 'https://example.org/denial', sourceId: independent.id }).expect(201);
    await t.http.post(`/api/claims/${ids[0]}/review`).set(bearer(checker.token)).send({ action: 'verdict', version: 2, verdict: 'disputed', rationale: 'Denied by Reuters' }).expect(200);
    await t.http.post(`/api/claims/${ids[1]}/review`).set(bearer(checker.token)).send({ action: 'take', version: 1 }).expect(200);

    const stats = (await t.http.get('/api/stats').set(bearer(editor)).expect(200)).body;
    expect(stats.byStatus).toEqual({ unverified: 1, in_review: 1, corroborated: 0, disputed: 1, inconclusive: 0 });
    expect(stats.total).toBe(3);
    expect(stats.awaitingApproval).toBe(1);
    expect(stats.bySource).toEqual([{ source: { id: source.id, name: 'Kremlin', type: 'government' }, claims: 3, open: 2, corroborated: 0, disputed: 1, inconclusive: 0 }]);
    expect(stats.byArticle).toEqual([{ articleId: article.id, title: 'Stats', claims: 3, open: 2, corroborated: 0, disputed: 1, inconclusive: 0 }]);
    expect(stats.backlog).toMatchObject({ open: 2, byAge: { under1Day: 2, from1To7Days: 0, from7To30Days: 0, over30Days: 0 } });
    expect(stats.backlog.oldestAgeHours).toBeLessThan(1);
  });

  it('keeps the running tallies equal to a fresh count after attributions move, verdicts, reopenings and a merge', async () => {
    const sourceA = (await t.http.post('/api/sources').set(bearer(checker.token)).send({ name: 'Tally A', type: 'government' }).expect(201)).body.id;
    const sourceB = (await t.http.post('/api/sources').set(bearer(checker.token)).send({ name: 'Tally B', type: 'government' }).expect(201)).body.id;
    const [{ id }] = await t.db.query<{ id: number }>("SELECT id FROM claims WHERE status = 'disputed' ORDER BY id LIMIT 1");
    const disputed = (await t.http.get(`/api/claims/${id}`).set(bearer(checker.token))).body;
    // A verdict keeps its basis: reopen first, change the attributions, then give the verdict again.
    await t.http.post(`/api/claims/${id}/attributions`).set(bearer(checker.token)).send({ sourceId: sourceA, role: 'relay' }).expect(409);
    await t.http.post(`/api/claims/${id}/review`).set(bearer(editor)).send({ action: 'reopen', version: disputed.version, note: 'recheck' }).expect(200);
    const attributed = await t.http.post(`/api/claims/${id}/attributions`).set(bearer(checker.token)).send({ sourceId: sourceA, role: 'relay' }).expect(201);
    await t.http.post(`/api/claims/${id}/attributions`).set(bearer(checker.token)).send({ sourceId: sourceB, role: 'speaker' }).expect(201);
    const relay = attributed.body.attributions.find((a: { role: string }) => a.role === 'relay');
    await t.http.delete(`/api/claims/${id}/attributions/${relay.id}`).set(bearer(checker.token)).expect(200);
    await t.http.post(`/api/claims/${id}/review`).set(bearer(checker.token)).send({ action: 'verdict', version: disputed.version + 1, verdict: 'disputed', rationale: 'Still denied' }).expect(200);
    await t.http.post(`/api/claims/${id}/review`).set(bearer(editor)).send({ action: 'approve', version: disputed.version + 2 }).expect(200);
    await t.http.post(`/api/sources/${sourceB}/merge`).set(bearer(editor)).send({ intoId: sourceA }).expect(200);

    expect(await storedTallies(t.db)).toEqual(await freshCounts(t.db));
    const stats = (await t.http.get('/api/stats').set(bearer(editor)).expect(200)).body;
    const fresh = (await freshCounts(t.db))['desk:0'];
    expect(stats.byStatus).toEqual({ unverified: fresh.unverified, in_review: fresh.in_review, corroborated: fresh.corroborated, disputed: fresh.disputed, inconclusive: fresh.inconclusive });
    expect(stats.awaitingApproval).toBe(fresh.awaiting_approval);
  });

  it('reports health with the database reachable', async () => {
    const health = await t.http.get('/health').expect(200);
    expect(health.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
  });

  it('publishes an OpenAPI document generated from the DTOs, and Swagger UI', async () => {
    const doc = (await t.http.get('/api/docs-json').expect(200)).body;
    expect(doc.openapi).toMatch(/^3\./);
    for (const path of ['/api/auth/login', '/api/articles', '/api/articles/{id}', '/api/sources/{id}/merge', '/api/claims', '/api/claims/{id}/review', '/api/claims/{id}/history', '/api/stats']) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
    expect(doc.components.schemas.ReviewRequestDto.properties.action.enum).toEqual(['take', 'verdict', 'approve', 'reopen', 'reassign']);
    expect(doc.components.schemas.ArticleReport.properties.schemaVersion).toBeDefined();
    expect(doc.components.schemas.ClaimResponseDto.required).toEqual(expect.arrayContaining(['quote', 'version', 'attributions']));
    const ui = await t.http.get('/api/docs').expect(200);
    expect(ui.text).toContain('swagger-ui');
  });

  it('echoes a request id and answers unknown routes with problem+json', async () => {
    const response = await t.http.get('/api/nowhere').set('x-request-id', 'desk-check-42').set(bearer(checker.token)).expect(404);
    expect(response.headers['x-request-id']).toBe('desk-check-42');
    expect(response.headers['content-type']).toMatch(/problem\+json/);
  });

  it('leaves nothing behind when an import fails half-way', async () => {
    const counts = async () => ({ articles: await t.db.count('articles'), claims: await t.db.count('claims'), revisions: await t.db.count('article_revisions'), events: await t.db.count('review_events') });
    const before = await counts();
    const extraction = t.app.get(ArticleExtraction);
    const putOnDesk = extraction.putOnDesk.bind(extraction);
    // The extraction puts its claims on the desk for the new article, and then the process hits a failure.
    const spy = jest.spyOn(extraction, 'putOnDesk').mockImplementation(async (tx, article, result, actorId) => {
      await putOnDesk(tx, article, result, actorId);
      throw new Error('simulated failure in the middle of an import');
    });
    const response = await t.http.post('/api/articles').set(bearer(checker.token)).send({ title: 'Half', body: 'Ein Text, der nie ankommt, sagte der Sprecher der Regierung.', language: 'de' });
    spy.mockRestore();
    expect(response.status).toBe(500);
    expect(response.body.detail).not.toMatch(/simulated/);
    expect(await counts()).toEqual(before);
    // And the same text imports cleanly afterwards.
    await t.http.post('/api/articles').set(bearer(checker.token)).send({ title: 'Half', body: 'Ein Text, der nie ankommt, sagte der Sprecher der Regierung.', language: 'de', extract: false }).expect(201);
  });
});
