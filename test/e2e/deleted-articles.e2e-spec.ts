import { parse as parseCsv } from 'csv-parse/sync';
import { freshCounts, storedTallies } from '../support/fresh-count';
import { bearer, TestApp } from '../support/test-app';

const DELETED_BODY = 'Pjöngjang testete zwei Raketen. Die Regierung meldete 3000 Soldaten. Ein Sprecher bestätigte die Raketen.';
const KEPT_BODY = 'Die Regierung meldete weitere Truppen. Kiew spricht von Verlusten.';

const span = (body: string, exact: string) => {
  const start = [...body.slice(0, body.indexOf(exact))].length;
  return { start, end: start + [...exact].length };
};
const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);

/**
 * A soft-deleted article and its claims leave every list, count and export of the desk — the claim
 * list with and without filters, the stats, the whole-desk CSV and JSON Lines, a source's record,
 * the article list — while its rows stay in the database; an admin lists and restores it, and
 * everything comes back exactly as it was. The tallies equal a fresh count at every step.
 */
describe('soft-deleted articles', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('disappear from every list, count and export, and come back when an admin restores them', async () => {
    const admin = await t.adminToken();
    const checker = await t.userWithRole('checker');
    const editor = await t.userWithRole('editor');
    const post = (path: string, body: object, token = checker.token) => t.http.post(path).set(bearer(token)).send(body);
    const shared = (await post('/api/sources', { name: 'Regierung', type: 'government' }).expect(201)).body.id as number;
    const own = (await post('/api/sources', { name: 'KCNA', type: 'news_agency' }).expect(201)).body.id as number;
    const deleted = (await post('/api/articles', { title: 'Raketentest', body: DELETED_BODY, language: 'de', extract: false }).expect(201)).body.id as number;
    const kept = (await post('/api/articles', { title: 'Truppen', body: KEPT_BODY, language: 'de', extract: false }).expect(201)).body.id as number;
    const claim = async (articleId: number, body: string, exact: string, attributions: [number, string][]) => {
      const id = (await post('/api/claims', { articleId, ...span(body, exact) }).expect(201)).body.id as number;
      for (const [sourceId, role] of attributions) await post(`/api/claims/${id}/attributions`, { sourceId, role }).expect(201);
      return id;
    };
    const a1 = await claim(deleted, DELETED_BODY, 'Pjöngjang testete zwei Raketen', [[shared, 'speaker'], [own, 'relay']]);
    const a2 = await claim(deleted, DELETED_BODY, 'Die Regierung meldete 3000 Soldaten', [[shared, 'speaker']]);
    const a3 = await claim(deleted, DELETED_BODY, 'Ein Sprecher bestätigte die Raketen', [[own, 'speaker']]);
    const b1 = await claim(kept, KEPT_BODY, 'Die Regierung meldete weitere Truppen', [[shared, 'speaker']]);
    const b2 = await claim(kept, KEPT_BODY, 'Kiew spricht von Verlusten', []);
    await post(`/api/claims/${a2}/review`, { action: 'take', version: 1 }).expect(200);
    await post(`/api/claims/${a2}/review`, { action: 'verdict', version: 2, verdict: 'inconclusive', rationale: 'No second source.' }).expect(200);
    await post(`/api/claims/${b2}/review`, { action: 'take', version: 1 }).expect(200);

    /** Everything the desk shows, as a reader gets it through the API. */
    const view = async () => {
      const get = async (path: string) => (await t.http.get(path).set(bearer(checker.token)).expect(200)).body;
      const ids = async (query: string) => sorted((await get(`/api/claims?limit=200${query}`)).items.map((c: { id: number }) => c.id));
      const exported = async (format: 'csv' | 'jsonl', query = '') => {
        const text = (await t.http.get(`/api/exports/claims?format=${format}${query}`).set(bearer(checker.token)).expect(200)).text;
        const rows: { id: string | number }[] = format === 'csv' ? parseCsv(text, { bom: true, columns: true }) : text.split('\n').filter(Boolean).map((line) => JSON.parse(line));
        return sorted(rows.map((r) => Number(r.id)));
      };
      const record = async (sourceId: number) => {
        const r = await get(`/api/sources/${sourceId}/record`);
        return { ...r.record, claims: sorted(r.claims.map((c: { id: number }) => c.id)) };
      };
      const stats = await get('/api/stats');
      return {
        stats: {
          total: stats.total, byStatus: stats.byStatus, awaitingApproval: stats.awaitingApproval,
          bySource: Object.fromEntries(stats.bySource.map((s: { source: { id: number }; claims: number }) => [s.source.id, s.claims])),
          byArticle: Object.fromEntries(stats.byArticle.map((a: { articleId: number; claims: number }) => [a.articleId, a.claims])),
        },
        claims: await ids(''),
        ofDeletedArticle: await ids(`&articleId=${deleted}`),
        ofKeptArticle: await ids(`&articleId=${kept}`),
        citingShared: await ids(`&sourceId=${shared}`),
        citingOwn: await ids(`&sourceId=${own}`),
        inReview: await ids('&status=in_review'),
        inconclusive: await ids('&status=inconclusive'),
        manual: await ids('&origin=manual'),
        mentioningRaketen: await ids('&text=Raketen'),
        csv: await exported('csv'),
        jsonl: await exported('jsonl'),
        csvOfShared: await exported('csv', `&sourceId=${shared}`),
        recordShared: await record(shared),
        recordOwn: await record(own),
        articles: sorted((await get('/api/articles?limit=200')).items.map((a: { id: number }) => a.id)),
      };
    };
    const talliesAreFresh = async () => expect(await storedTallies(t.db)).toEqual(await freshCounts(t.db));

    const before = await view();
    expect(before).toMatchObject({
      stats: { total: 5, byStatus: { unverified: 3, in_review: 1, inconclusive: 1 }, awaitingApproval: 1, bySource: { [shared]: 3, [own]: 2 }, byArticle: { [deleted]: 3, [kept]: 2 } },
      claims: sorted([a1, a2, a3, b1, b2]), ofDeletedArticle: sorted([a1, a2, a3]), citingShared: sorted([a1, a2, b1]), citingOwn: sorted([a1, a3]),
      inReview: [b2], inconclusive: [a2], mentioningRaketen: sorted([a1, a3]), csv: sorted([a1, a2, a3, b1, b2]), jsonl: sorted([a1, a2, a3, b1, b2]),
      csvOfShared: sorted([a1, a2, b1]), recordShared: { total: 3, claims: sorted([a1, a2, b1]) }, recordOwn: { total: 2, claims: sorted([a1, a3]) }, articles: sorted([deleted, kept]),
    });
    await talliesAreFresh();

    await t.http.delete(`/api/articles/${deleted}`).set(bearer(editor.token)).expect(403);
    await t.http.delete(`/api/articles/${deleted}`).set(bearer(admin)).expect(204);
    expect(await view()).toEqual({
      stats: { total: 2, byStatus: { unverified: 1, in_review: 1, corroborated: 0, disputed: 0, inconclusive: 0 }, awaitingApproval: 0, bySource: { [shared]: 1 }, byArticle: { [kept]: 2 } },
      claims: sorted([b1, b2]), ofDeletedArticle: [], ofKeptArticle: sorted([b1, b2]), citingShared: [b1], citingOwn: [], inReview: [b2], inconclusive: [], manual: sorted([b1, b2]),
      mentioningRaketen: [], csv: sorted([b1, b2]), jsonl: sorted([b1, b2]), csvOfShared: [b1],
      recordShared: { byStatus: { unverified: 1 }, total: 1, claims: [b1] }, recordOwn: { byStatus: {}, total: 0, claims: [] }, articles: [kept],
    });
    await t.http.get(`/api/articles/${deleted}`).set(bearer(checker.token)).expect(404);
    // Kept for the record: the rows are all there, marked.
    expect(await t.db.count('articles', 'id = ? AND deleted_at IS NOT NULL', [deleted])).toBe(1);
    expect(await t.db.count('claims', 'article_id = ? AND article_deleted = ?', [deleted, t.db.dialect === 'postgres' ? true : 1])).toBe(3);
    expect(await t.db.count('attributions', `claim_id IN (${a1}, ${a2}, ${a3})`)).toBe(4);
    await talliesAreFresh();

    // Only an admin sees the deleted articles, and restores one.
    await t.http.get('/api/articles?deleted=true').set(bearer(editor.token)).expect(403);
    const listed = (await t.http.get('/api/articles?deleted=true').set(bearer(admin)).expect(200)).body.items.map((a: { id: number }) => a.id);
    expect(listed).toEqual([deleted]);
    await t.http.post(`/api/articles/${deleted}/restore`).set(bearer(editor.token)).expect(403);
    const restored = (await t.http.post(`/api/articles/${deleted}/restore`).set(bearer(admin)).expect(200)).body;
    expect(restored).toMatchObject({ id: deleted, claimCount: 3 });
    expect(await view()).toEqual(before);
    expect((await t.http.get('/api/articles?deleted=true').set(bearer(admin)).expect(200)).body.items).toEqual([]);
    expect(await t.db.count('claims', 'article_deleted = ?', [t.db.dialect === 'postgres' ? true : 1])).toBe(0);
    await talliesAreFresh();
  });
});
