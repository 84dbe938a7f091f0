import { bearer, TestApp } from '../support/test-app';

/**
 * A busy morning: several articles quoting the same new sources arrive at once (on PostgreSQL, in
 * parallel transactions). Each must be imported, and each new source created exactly once, with
 * every attribution pointing at that one record.
 */
describe('articles naming the same new sources, imported at once', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('imports every article and creates each source once', async () => {
    const admin = await t.adminToken();
    const articles = Array.from({ length: 10 }, (_, i) => ({
      title: `Gespräche, Runde ${i + 1}`,
      language: 'de',
      body: [
        `Die Gespräche gehen in die ${i + 1}. Runde.`,
        `Der Kreml erklärte, man sei zu ${i + 2} weiteren Treffen bereit.`,
        `Auch die Nato teilte mit, sie rechne mit ${i + 3} zusätzlichen Beobachtern.`,
      ].join(' '),
    }));
    const answers = await Promise.all(articles.map((article) => t.http.post('/api/articles').set(bearer(admin)).send(article)));
    expect(answers.map((a) => a.status)).toEqual(articles.map(() => 201));
    expect(answers.every((a) => a.body.extractedClaims >= 2)).toBe(true);

    const perName = await t.db.query<{ name_key: string; n: number }>(
      'SELECT name_key, COUNT(*) AS n FROM sources WHERE merged_into_id IS NULL GROUP BY name_key HAVING COUNT(*) > 1',
    );
    expect(perName).toEqual([]);
    const attributed = await t.db.query<{ name: string; claims: number }>(
      'SELECT s.name AS name, COUNT(DISTINCT a.claim_id) AS claims FROM attributions a JOIN sources s ON s.id = a.source_id GROUP BY s.name ORDER BY s.name',
    );
    expect(attributed.map((row) => [row.name, Number(row.claims)])).toEqual(expect.arrayContaining([['Kremlin', 10], ['NATO', 10]]));
  });
});
