import { text } from 'node:stream/consumers';
import { parse as parseCsv } from 'csv-parse/sync';
import { ATTRIBUTION_ROLES } from '../../src/common/vocabulary';
import { DeskExport } from '../../src/exports/desk-export';
import { bearer, TestApp } from '../support/test-app';

interface ListedClaim {
  id: number;
  text: string;
  status: string;
  attributions: { role: string; source: { id: number; name: string } }[];
}

/**
 * The whole-desk export walks the desk in batches of claims, each joined with its sources. These
 * tests make the batches tiny on the demo desk, so that every claim boundary is also a batch
 * boundary, and compare what comes out with the claim list read page by page through the API.
 */
describe('whole-desk export across batch boundaries', () => {
  let t: TestApp;
  let checker: string;
  let desk: DeskExport;

  beforeAll(async () => {
    t = await TestApp.start({ seedDemo: true });
    checker = (await t.userWithRole('checker')).token;
    desk = t.app.get(DeskExport);
  });
  afterAll(() => t.close());

  async function listed(query = ''): Promise<ListedClaim[]> {
    const claims: ListedClaim[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: ListedClaim[]; nextCursor: string | null } } = await t.http.get(`/api/claims?limit=7${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`).set(bearer(checker)).expect(200);
      claims.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    return claims;
  }

  const exported = async (filter: { sourceId?: number }, batchSize: number) =>
    parseCsv(await text(desk.stream(filter, 'csv', batchSize)), { bom: true, columns: true }) as Record<string, string>[];

  it('writes every claim once, with the distinct names of its sources, whatever the batch size', async () => {
    const claims = await listed();
    expect(claims.length).toBeGreaterThan(20);
    expect(claims.some((claim) => new Set(claim.attributions.map((a) => a.source.id)).size > 1)).toBe(true);
    for (const batchSize of [1, 2, 5, 500]) {
      const rows = await exported({}, batchSize);
      expect(rows.map((row) => Number(row.id))).toEqual(claims.map((claim) => claim.id));
      for (const [index, claim] of claims.entries()) {
        expect(rows[index].text).toBe(claim.text);
        expect(rows[index].sources).toBe([...new Set(claim.attributions.map((a) => a.source.name))].join('; '));
      }
    }
  });

  it('writes a claim cited by the filtered source in two roles once', async () => {
    const [claim] = await listed();
    const sourceId = claim.attributions[0].source.id;
    const otherRole = ATTRIBUTION_ROLES.find((role) => !claim.attributions.some((a) => a.source.id === sourceId && a.role === role))!;
    await t.http.post(`/api/claims/${claim.id}/attributions`).set(bearer(checker)).send({ sourceId, role: otherRole }).expect(201);
    const bySource = await listed(`&sourceId=${sourceId}`);
    for (const batchSize of [1, 2, 500]) {
      const rows = await exported({ sourceId }, batchSize);
      expect(rows.map((row) => Number(row.id))).toEqual(bySource.map((c) => c.id));
      expect(rows.filter((row) => Number(row.id) === claim.id)).toHaveLength(1);
    }
  });
});
