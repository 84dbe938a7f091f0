import { bearer, TestApp } from '../support/test-app';

const article = (overrides: Record<string, unknown> = {}) => ({
  title: 'Südkorea kündigt Reaktion an',
  body: 'Nach Angaben des südkoreanischen Geheimdienstes halten sich bereits 3000 nordkoreanische Soldaten in Russland auf. Russland weist das zurück.',
  language: 'de',
  outlet: 'ntv.de',
  publishedAt: '2024-10-24T14:17:00+02:00',
  wireAgencies: ['AFP', 'dpa', 'AP'],
  extract: false,
  ...overrides,
});

describe('articles', () => {
  let t: TestApp;
  let checker: string;
  let viewer: string;
  let admin: string;
  beforeAll(async () => {
    t = await TestApp.start();
    checker = (await t.userWithRole('checker')).token;
    viewer = (await t.userWithRole('viewer')).token;
    admin = await t.adminToken();
  });
  afterAll(() => t.close());

  const countArticles = () => t.db.count('articles');

  it('imports an article with its outlet, date and wire agencies', async () => {
    const created = await t.http.post('/api/articles').set(bearer(checker)).send(article()).expect(201);
    expect(created.body).toMatchObject({ title: 'Südkorea kündigt Reaktion an', language: 'de', outlet: 'ntv.de', wireAgencies: ['AFP', 'dpa', 'AP'], revision: 1 });
    expect(created.body.publishedAt).toBe('2024-10-24T12:17:00.000Z');
    const fetched = await t.http.get(`/api/articles/${created.body.id}`).set(bearer(viewer)).expect(200);
    expect(fetched.body.body).toBe(article().body);
  });

  it('refuses the same body twice and points to the existing article', async () => {
    const first = await t.http.post('/api/articles').set(bearer(checker)).send(article({ body: 'Ein ganz anderer Text über die Duma.' })).expect(201);
    const before = await countArticles();
    const second = await t.http.post('/api/articles').set(bearer(checker)).send(article({ title: 'Other title', body: 'Ein ganz anderer Text über die Duma.\r\n' })).expect(409);
    expect(second.body.existingArticleId).toBe(first.body.id);
    expect(second.body.detail).toContain(String(first.body.id));
    expect(await countArticles()).toBe(before);
  });

  it('does not let a viewer import', async () => {
    await t.http.post('/api/articles').set(bearer(viewer)).send(article({ body: 'Viewer text.' })).expect(403);
  });

  it('lists with filters on outlet, language, date range and title words (accent-insensitive)', async () => {
    await t.http.post('/api/articles').set(bearer(checker)).send(article({ title: 'NATO confirms deployment', body: 'NATO said there was evidence.', language: 'en', outlet: 'Reuters', publishedAt: '2024-10-23T10:00:00Z' })).expect(201);
    const byOutlet = await t.http.get('/api/articles?outlet=reuters').set(bearer(viewer)).expect(200);
    expect(byOutlet.body.items.map((a: { title: string }) => a.title)).toEqual(['NATO confirms deployment']);
    const byLanguage = await t.http.get('/api/articles?language=en').set(bearer(viewer)).expect(200);
    expect(byLanguage.body.items).toHaveLength(1);
    const byDate = await t.http.get('/api/articles?publishedFrom=2024-10-24T00:00:00Z&publishedTo=2024-10-25T00:00:00Z').set(bearer(viewer)).expect(200);
    expect(byDate.body.items.every((a: { publishedAt: string }) => a.publishedAt.startsWith('2024-10-24'))).toBe(true);
    const byTitle = await t.http.get(`/api/articles?q=${encodeURIComponent('sudkorea kundigt')}`).set(bearer(viewer)).expect(200);
    expect(byTitle.body.items.length).toBeGreaterThan(0);
    expect(byTitle.body.items.every((a: { title: string }) => a.title.startsWith('Südkorea'))).toBe(true);
  });

  it('pages with a cursor and refuses a forged one', async () => {
    const first = await t.http.get('/api/articles?limit=1').set(bearer(viewer)).expect(200);
    expect(first.body.items).toHaveLength(1);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await t.http.get(`/api/articles?limit=1&cursor=${first.body.nextCursor}`).set(bearer(viewer)).expect(200);
    expect(second.body.items[0].id).toBeLessThan(first.body.items[0].id);
    const bad = await t.http.get('/api/articles?cursor=garbage').set(bearer(viewer)).expect(400);
    expect(bad.body.errors[0].path).toBe('cursor');
  });

  it('refuses unknown fields, wrong types and malformed JSON with the field path, writing nothing', async () => {
    const before = await countArticles();
    const unknown = await t.http.post('/api/articles').set(bearer(checker)).send(article({ body: 'Neu 1', sneaky: true })).expect(400);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ path: 'sneaky' })]);
    const wrongType = await t.http.post('/api/articles').set(bearer(checker)).send(article({ body: 'Neu 2', wireAgencies: 'AFP', language: 42 })).expect(400);
    expect(wrongType.body.errors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(['wireAgencies', 'language']));
    const malformed = await t.http.post('/api/articles').set(bearer(checker)).set('content-type', 'application/json').send('{"title": "x",').expect(400);
    expect(malformed.headers['content-type']).toMatch(/problem\+json/);
    expect(malformed.body.detail).toMatch(/JSON/);
    expect(await countArticles()).toBe(before);
  });

  it('refuses an oversized body with 413', async () => {
    const response = await t.http.post('/api/articles').set(bearer(checker)).send(article({ body: 'x'.repeat(3 * 1024 * 1024) })).expect(413);
    expect(response.body.status).toBe(413);
  });

  it('answers an unknown id with 404 and a non-numeric id with 400', async () => {
    const missing = await t.http.get('/api/articles/999999').set(bearer(viewer)).expect(404);
    expect(missing.body.detail).toMatch(/Article 999999 does not exist/);
    await t.http.get('/api/articles/abc').set(bearer(viewer)).expect(400);
    // Beyond the database's integer range: refused as input, never sent to SQL (PostgreSQL would fail with a 500).
    const huge = await t.http.get('/api/articles/99999999999999999999').set(bearer(viewer)).expect(400);
    expect(huge.body.errors[0].path).toBe('id');
    await t.http.get('/api/claims?articleId=3000000000').set(bearer(viewer)).expect(400);
    await t.http.post('/api/claims/1/review').set(bearer(checker)).send({ action: 'take', version: 3000000000 }).expect(400);
  });

  it('revises the body: a new revision, claims re-anchored, lost claims flagged orphaned and listed', async () => {
    const created = await t.http.post('/api/articles').set(bearer(checker)).send(article({ body: 'Seoul meldet 3000 Soldaten. Moskau bestreitet die Entsendung. Die Duma stimmt zu.' })).expect(201);
    const id = created.body.id;
    const claim = async (exact: string) => {
      const start = [...created.body.body].join('').indexOf(exact);
      return (await t.http.post('/api/claims').set(bearer(checker)).send({ articleId: id, start, end: start + exact.length }).expect(201)).body;
    };
    const soldiers = await claim('3000 Soldaten');
    const denial = await claim('Moskau bestreitet die Entsendung');
    const duma = await claim('Die Duma stimmt zu');
    const revised = await t.http
      .patch(`/api/articles/${id}`)
      .set(bearer(checker))
      .send({ body: 'Eilmeldung. Seoul meldet 3000 Soldaten. Die Duma stimmt zu.' })
      .expect(200);
    expect(revised.body.revision).toBe(2);
    expect(revised.body.reanchoring).toEqual({ unchanged: 0, moved: 2, orphanedClaimIds: [denial.id] });
    const moved = await t.http.get(`/api/claims/${soldiers.id}`).set(bearer(viewer)).expect(200);
    expect(moved.body.quote).toMatchObject({ exact: '3000 Soldaten', start: 25, end: 38 });
    const orphan = await t.http.get(`/api/claims/${denial.id}`).set(bearer(viewer)).expect(200);
    expect(orphan.body).toMatchObject({ orphaned: true, quote: { exact: 'Moskau bestreitet die Entsendung' } });
    expect(orphan.body.history.map((e: { action: string }) => e.action)).toContain('orphaned');
    const orphans = await t.http.get(`/api/claims?articleId=${id}&orphaned=true`).set(bearer(viewer)).expect(200);
    expect(orphans.body.items.map((c: { id: number }) => c.id)).toEqual([denial.id]);
    expect((await t.http.get(`/api/claims/${duma.id}`).set(bearer(viewer))).body.quote.exact).toBe('Die Duma stimmt zu');
    expect(await t.db.count('article_revisions', 'article_id = ?', [id])).toBe(2);
  });

  it('lets only an admin delete, softly: the article leaves the desk, its record stays', async () => {
    const created = await t.http.post('/api/articles').set(bearer(checker)).send(article({ body: 'Zu löschender Text.' })).expect(201);
    await t.http.delete(`/api/articles/${created.body.id}`).set(bearer(checker)).expect(403);
    await t.http.delete(`/api/articles/${created.body.id}`).set(bearer(admin)).expect(204);
    await t.http.get(`/api/articles/${created.body.id}`).set(bearer(viewer)).expect(404);
    const [row] = await t.db.query<{ deleted_at: string | null }>('SELECT deleted_at FROM articles WHERE id = ?', [created.body.id]);
    expect(row.deleted_at).not.toBeNull();
    // Its body may be imported again once deleted.
    await t.http.post('/api/articles').set(bearer(checker)).send(article({ body: 'Zu löschender Text.' })).expect(201);
  });
  it('detects the language when the import leaves it out', async () => {
    const english = await t.http.post('/api/articles').set(bearer(checker)).send({ title: 'Troops', body: 'North Korea has sent troops to Russia, the agency said on Friday, citing officials.', extract: false }).expect(201);
    expect(english.body.language).toBe('en');
    const german = await t.http.post('/api/articles').set(bearer(checker)).send({ title: 'Truppen', body: 'Nordkorea hat Soldaten nach Russland geschickt, sagte der Sprecher am Freitag.', extract: false }).expect(201);
    expect(german.body.language).toBe('de');
  });
});
