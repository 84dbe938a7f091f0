import { ClaimResponseDto } from '../../src/claims/claim.dto';
import { bearer, TestApp } from '../support/test-app';

/**
 * Re-anchoring on the demo article (ntv.de, 24.10.2024): when a revision removes a statement, its
 * claim must be flagged orphaned, never moved onto another speaker's similar words.
 */
describe('re-anchoring the demo article after a revision', () => {
  let t: TestApp;
  let token: string;
  let articleId: number;
  let body: string;

  beforeAll(async () => {
    t = await TestApp.start({ seedDemo: true });
    token = await t.adminToken();
    const list = await t.http.get('/api/articles').set(bearer(token)).expect(200);
    articleId = list.body.items[0].id;
    body = list.body.items[0].body;
  });
  afterAll(() => t.close());

  async function claimsOfDemo(): Promise<ClaimResponseDto[]> {
    const page = await t.http.get(`/api/claims?articleId=${articleId}&limit=200`).set(bearer(token)).expect(200);
    return page.body.items;
  }

  it("flags NATO's claim orphaned when its sentence is removed, instead of moving it onto Yoon's sentence", async () => {
    const natoSentence = 'NATO-Sprecherin Farah Dakhlallah sagte in Brüssel, es gebe "Beweise" für die Entsendung nordkoreanischer Soldaten nach Russland. ';
    expect(body).toContain(natoSentence);
    const before = await claimsOfDemo();
    const nato = before.find((c) => c.quote.exact.startsWith('es gebe "Beweise"'))!;
    expect(nato.attributions.map((a) => a.source.name)).toContain('NATO');
    const yoon = before.find((c) => c.quote.exact.startsWith('Südkoreas Präsident Yoon Suk Yeol'))!;

    const revised = await t.http.patch(`/api/articles/${articleId}`).set(bearer(token)).send({ body: body.replace(natoSentence, '') }).expect(200);
    expect(revised.body.reanchoring.orphanedClaimIds).toEqual([nato.id]);

    const after = await t.http.get(`/api/claims/${nato.id}`).set(bearer(token)).expect(200);
    expect(after.body.orphaned).toBe(true);
    expect(after.body.attributions.map((a: { source: { name: string } }) => a.source.name)).toContain('NATO');
    // The claim keeps the words it was about, not someone else's.
    expect(after.body.quote.exact).toBe(nato.quote.exact);
    expect(after.body.history.map((e: { action: string }) => e.action)).toContain('orphaned');
    expect(after.body.history.map((e: { action: string }) => e.action)).not.toContain('reanchored');
    // Yoon's sentence still holds exactly one claim: his own.
    const onYoon = (await claimsOfDemo()).filter((c) => !c.orphaned && c.quote.exact.includes('hat die Entsendung nordkoreanischer Soldaten nach Russland'));
    expect(onYoon.map((c) => c.id)).toEqual([yoon.id]);
  });
});
