import { bearer, TestApp } from '../support/test-app';

const BODY = '🇰🇷🚀 Nach Angaben des Geheimdienstes sind 3000 Soldaten in Russland. Kirby sagte, es seien mindestens 3000. Russland weist das zurück.';
/** Code-point offset of `text` in BODY, as a client that counts code points would compute it. */
const at = (text: string) => [...BODY.slice(0, BODY.indexOf(text))].length;

describe('claims, attributions and evidence', () => {
  let t: TestApp;
  let checker: { id: number; token: string };
  let viewer: string;
  let articleId: number;
  let nis: number;
  let yonhap: number;
  beforeAll(async () => {
    t = await TestApp.start();
    checker = await t.userWithRole('checker');
    viewer = (await t.userWithRole('viewer')).token;
    articleId = (await t.http.post('/api/articles').set(bearer(checker.token)).send({ title: 'Emoji', body: BODY, language: 'de', extract: false }).expect(201)).body.id;
    nis = (await t.http.post('/api/sources').set(bearer(checker.token)).send({ name: 'NIS', type: 'intelligence_agency', country: 'KR' }).expect(201)).body.id;
    yonhap = (await t.http.post('/api/sources').set(bearer(checker.token)).send({ name: 'Yonhap', type: 'news_agency', country: 'KR' }).expect(201)).body.id;
  });
  afterAll(() => t.close());

  const createClaim = async (exact: string, extra: Record<string, unknown> = {}) =>
    (await t.http.post('/api/claims').set(bearer(checker.token)).send({ articleId, start: at(exact), end: at(exact) + [...exact].length, ...extra }).expect(201)).body;

  it('anchors a manual claim after emoji by code points and fills exact, prefix and suffix', async () => {
    const claim = await createClaim('3000 Soldaten', { kind: 'statistic' });
    // Three emoji code points (two regional indicators and a rocket, six UTF-16 units) and a space come first.
    expect(claim.quote.start).toBe(4 + 'Nach Angaben des Geheimdienstes sind '.length);
    expect(claim.quote.start).toBe(41);
    expect(claim.quote).toMatchObject({ exact: '3000 Soldaten', end: 54 });
    expect(claim.quote.prefix.endsWith('Geheimdienstes sind ')).toBe(true);
    expect(claim.quote.suffix.startsWith(' in Russland.')).toBe(true);
    expect(claim).toMatchObject({ text: '3000 Soldaten', kind: 'statistic', status: 'unverified', origin: 'manual', version: 1, assigneeId: null, attributions: [] });
  });

  it('refuses a span outside the body, writing nothing', async () => {
    const before = (await t.http.get(`/api/claims?articleId=${articleId}`).set(bearer(viewer))).body.items.length;
    const outside = await t.http.post('/api/claims').set(bearer(checker.token)).send({ articleId, start: 100, end: 5000 }).expect(422);
    expect(outside.body.rule).toBe('span-within-body');
    await t.http.post('/api/claims').set(bearer(checker.token)).send({ articleId, start: 10, end: 5 }).expect(422);
    await t.http.post('/api/claims').set(bearer(checker.token)).send({ articleId: 424242, start: 0, end: 5 }).expect(404);
    const negative = await t.http.post('/api/claims').set(bearer(checker.token)).send({ articleId, start: -1, end: 5 }).expect(400);
    expect(negative.body.errors[0].path).toBe('start');
    expect((await t.http.get(`/api/claims?articleId=${articleId}`).set(bearer(viewer))).body.items.length).toBe(before);
  });

  it('does not let a viewer mark claims', async () => {
    await t.http.post('/api/claims').set(bearer(viewer)).send({ articleId, start: 0, end: 4 }).expect(403);
  });

  it('adds and removes attributions with role and cue', async () => {
    const claim = await createClaim('Nach Angaben des Geheimdienstes');
    const attributed = await t.http.post(`/api/claims/${claim.id}/attributions`).set(bearer(checker.token)).send({ sourceId: nis, role: 'speaker', cue: 'nach Angaben' }).expect(201);
    expect(attributed.body.attributions).toEqual([{ id: expect.any(Number), role: 'speaker', cue: 'nach Angaben', source: { id: nis, name: 'NIS', type: 'intelligence_agency' } }]);
    await t.http.post(`/api/claims/${claim.id}/attributions`).set(bearer(checker.token)).send({ sourceId: nis, role: 'speaker' }).expect(409);
    await t.http.post(`/api/claims/${claim.id}/attributions`).set(bearer(checker.token)).send({ sourceId: nis, role: 'author' }).expect(400);
    const removed = await t.http.delete(`/api/claims/${claim.id}/attributions/${attributed.body.attributions[0].id}`).set(bearer(checker.token)).expect(200);
    expect(removed.body.attributions).toEqual([]);
    const history = await t.http.get(`/api/claims/${claim.id}/history`).set(bearer(viewer)).expect(200);
    expect(history.body.items.map((e: { action: string }) => e.action)).toEqual(['created', 'attribution_added', 'attribution_removed']);
  });

  it('adds evidence as a URL, a note or a link to another claim, with its publisher, and removes it', async () => {
    const claim = await createClaim('sind 3000 Soldaten in Russland');
    const kirby = await createClaim('es seien mindestens 3000');
    const link = await t.http.post(`/api/claims/${claim.id}/evidence`).set(bearer(checker.token)).send({ stance: 'supports', claimId: kirby.id, note: 'NSC: at least 3000' }).expect(201);
    expect(link.body).toMatchObject({ stance: 'supports', linkedClaim: { id: kirby.id, text: 'es seien mindestens 3000' }, source: null });
    const url = await t.http.post(`/api/claims/${claim.id}/evidence`).set(bearer(checker.token)).send({ stance: 'context', url: 'https://www.yna.co.kr/view/AEN20241023', sourceId: yonhap }).expect(201);
    expect(url.body.source).toEqual({ id: yonhap, name: 'Yonhap', type: 'news_agency' });
    await t.http.post(`/api/claims/${claim.id}/evidence`).set(bearer(checker.token)).send({ stance: 'supports' }).expect(422);
    await t.http.post(`/api/claims/${claim.id}/evidence`).set(bearer(checker.token)).send({ stance: 'agrees', note: 'x' }).expect(400);
    await t.http.post(`/api/claims/${claim.id}/evidence`).set(bearer(checker.token)).send({ stance: 'supports', url: 'javascript:alert(1)' }).expect(400);
    await t.http.delete(`/api/claims/${claim.id}/evidence/${url.body.id}`).set(bearer(checker.token)).expect(204);
    const detail = await t.http.get(`/api/claims/${claim.id}`).set(bearer(viewer)).expect(200);
    expect(detail.body.evidence.map((e: { id: number }) => e.id)).toEqual([link.body.id]);
  });

  it('filters the list by status, source, assignee, kind and text, and pages with a cursor', async () => {
    const list = async (query: string) => (await t.http.get(`/api/claims?${query}`).set(bearer(viewer)).expect(200)).body;
    const attributed = await createClaim('Russland weist das zurück', { kind: 'statement' });
    await t.http.post(`/api/claims/${attributed.id}/attributions`).set(bearer(checker.token)).send({ sourceId: yonhap, role: 'relay', cue: 'berichtete' }).expect(201);
    await t.http.post(`/api/claims/${attributed.id}/review`).set(bearer(checker.token)).send({ action: 'take', version: 1 }).expect(200);
    expect((await list(`sourceId=${yonhap}`)).items.map((c: { id: number }) => c.id)).toEqual([attributed.id]);
    expect((await list(`status=in_review&assigneeId=${checker.id}`)).items.map((c: { id: number }) => c.id)).toEqual([attributed.id]);
    expect((await list('kind=statistic')).items.every((c: { kind: string }) => c.kind === 'statistic')).toBe(true);
    expect((await list('text=WEIST')).items.map((c: { id: number }) => c.id)).toEqual([attributed.id]);
    expect((await list('text=100%25')).items).toEqual([]);

    const all = await list(`articleId=${articleId}&limit=200`);
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: number }[]; nextCursor: string | null } = await list(`articleId=${articleId}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((c) => c.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.items.map((c: { id: number }) => c.id));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('refuses bad list parameters with 400 and the parameter named', async () => {
    for (const [query, path] of [['status=approved', 'status'], ['limit=0', 'limit'], ['limit=abc', 'limit'], ['cursor=%%%', 'cursor'], ['foo=1', 'foo']]) {
      const response = await t.http.get(`/api/claims?${query}`).set(bearer(viewer)).expect(400);
      expect(response.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    }
  });
});
