import { bearer, TestApp } from '../support/test-app';

interface Claim {
  id: number;
  text: string;
  status: string;
  origin: string;
  confidence: number | null;
  quote: { exact: string; start: number; end: number };
  attributions: { role: string; cue: string | null; source: { id: number; name: string; type: string } }[];
}

describe('the demo article with its claims extracted', () => {
  let t: TestApp;
  let token: string;
  let articleId: number;
  let claims: Claim[];
  beforeAll(async () => {
    t = await TestApp.start({ seedDemo: true });
    token = await t.adminToken();
    articleId = (await t.http.get('/api/articles').set(bearer(token))).body.items[0].id;
    claims = (await t.http.get(`/api/claims?articleId=${articleId}&limit=200`).set(bearer(token)).expect(200)).body.items;
  });
  afterAll(() => t.close());

  const sourcesOf = (claim: Claim) => claim.attributions.map((a) => a.source.name);
  const claimWith = (words: string) => {
    const found = claims.find((c) => c.quote.exact.includes(words));
    if (!found) throw new Error(`no extracted claim contains "${words}"`);
    return found;
  };

  it('puts the claims on the desk as unverified, extracted, with a confidence and exact anchors', async () => {
    expect(claims.length).toBeGreaterThanOrEqual(15);
    const article = (await t.http.get(`/api/articles/${articleId}`).set(bearer(token))).body;
    expect(article.claimCount).toBe(claims.length);
    const body = article.body as string;
    for (const claim of claims) {
      expect(claim).toMatchObject({ status: 'unverified', origin: 'extracted' });
      expect(claim.confidence).toBeGreaterThan(0);
      expect([...body].slice(claim.quote.start, claim.quote.end).join('')).toBe(claim.quote.exact);
    }
  });

  it('links the claims to the sources the article names', async () => {
    const named = new Set(claims.flatMap(sourcesOf).map((name) => name.toLowerCase()));
    const sources = (await t.http.get('/api/sources?limit=200').set(bearer(token))).body.items as { name: string; aliases: string[]; type: string; affiliation: { name: string } | null }[];
    const find = (pattern: RegExp) => sources.find((s) => [s.name, ...s.aliases].some((n) => pattern.test(n)));
    for (const pattern of [/^NIS$|National Intelligence Service/i, /Yonhap/, /NATO/, /National Security Council|Nationale[rn]? Sicherheitsrat/i, /John Kirby/, /Yoon Suk Yeol/, /Kim Yong Hyun/, /Cho Tae Yul/, /Lloyd Austin/, /Russ(ia|land)/i, /Regierungskreise/]) {
      const source = find(pattern);
      expect(source).toBeDefined();
      expect(named.has(source!.name.toLowerCase())).toBe(true);
    }
    expect(find(/John Kirby/)!.affiliation!.name).toMatch(/National Security Council/);
    expect(find(/Regierungskreise/)!.type).toBe('anonymous');
  });

  it('attributes the NIS figure to the NIS and Cho\'s quote to Cho with Yonhap as relay', () => {
    const nis = claimWith('3000 nordkoreanische Soldaten');
    expect(nis.attributions).toEqual(expect.arrayContaining([expect.objectContaining({ role: 'speaker', cue: expect.stringMatching(/nach Angaben/i) })]));
    expect(sourcesOf(nis).join(' ')).toMatch(/National Intelligence Service|NIS|Geheimdienst/);
    const cho = claimWith('tatenlos zusehen');
    expect(cho.attributions.map((a) => [a.role, a.source.name])).toEqual(expect.arrayContaining([['speaker', 'Cho Tae Yul'], ['relay', 'Yonhap']]));
  });

  it('suggests Kirby\'s and NATO\'s statements as independent support for the NIS figure and Russia\'s denial as contradicting', async () => {
    const nis = claimWith('3000 nordkoreanische Soldaten');
    const related = (await t.http.get(`/api/claims/${nis.id}/related`).set(bearer(token)).expect(200)).body.items as { claim: Claim; relation: string; independent: boolean }[];
    const by = (words: string) => related.find((r) => r.claim.quote.exact.includes(words));
    expect(by('mindestens 3000 Soldaten')).toMatchObject({ relation: 'agrees', independent: true });
    expect(by('Beweise')).toMatchObject({ relation: 'agrees', independent: true });
    expect(by('weist das zurück')).toMatchObject({ relation: 'contradicts' });
    // The NIS repeating itself later in the article is the same source: not independent.
    const again = by('insgesamt bereits 3000 Soldaten');
    if (again) expect(again.independent).toBe(false);
    expect(related.some((r) => r.claim.id === nis.id)).toBe(false);
  });

  it('re-runs extraction without duplicating claims', async () => {
    const again = await t.http.post(`/api/articles/${articleId}/extract`).set(bearer(token)).expect(200);
    expect(again.body).toMatchObject({ articleId, created: 0, language: 'de' });
    expect(again.body.skipped).toBe(claims.length);
    const after = (await t.http.get(`/api/claims?articleId=${articleId}&limit=200`).set(bearer(token))).body.items;
    expect(after).toHaveLength(claims.length);
  });

  it('imports an English article with extraction, and none with extract: false', async () => {
    const body = 'North Korea has sent 3,000 troops to Russia, South Korea\'s spy agency said on Friday. "This is a serious threat," Defence Minister Kim Yong-hyun told lawmakers.';
    const imported = await t.http.post('/api/articles').set(bearer(token)).send({ title: 'Troops', body, language: 'en' }).expect(201);
    expect(imported.body.extractedClaims).toBeGreaterThanOrEqual(1);
    const manual = await t.http.post('/api/articles').set(bearer(token)).send({ title: 'Troops again', body: body + ' More.', language: 'en', extract: false }).expect(201);
    expect(manual.body.extractedClaims).toBe(0);
    expect((await t.http.get(`/api/claims?articleId=${manual.body.id}`).set(bearer(token))).body.items).toEqual([]);
  });
});
