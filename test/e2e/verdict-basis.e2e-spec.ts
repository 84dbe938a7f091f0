import { freshCounts, storedTallies } from '../support/fresh-count';
import { bearer, TestApp } from '../support/test-app';

const BODY = 'Nach Angaben des südkoreanischen Geheimdienstes sind 3000 Soldaten in Russland. Die Nato bestätigte die Zahl.';
const EXACT = 'sind 3000 Soldaten in Russland';

/**
 * A published verdict keeps its basis: once an editor approved it, the evidence and the attributions
 * it was given on cannot be taken away (409, rule named), the claim stays approved and in the
 * ClaimReview export; after a reopen the change is allowed and the claim leaves the export.
 */
describe('a published verdict keeps its basis', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('refuses to remove the only supporting evidence or an attribution until the claim is reopened', async () => {
    const checker = await t.userWithRole('checker');
    const editor = await t.userWithRole('editor');
    const article = (await t.http.post('/api/articles').set(bearer(checker.token)).send({ title: 'Basis', body: BODY, language: 'de', extract: false }).expect(201)).body;
    const nis = (await t.http.post('/api/sources').set(bearer(checker.token)).send({ name: 'NIS', type: 'intelligence_agency' }).expect(201)).body.id;
    const nato = (await t.http.post('/api/sources').set(bearer(checker.token)).send({ name: 'NATO', type: 'international_organization' }).expect(201)).body.id;
    const start = [...BODY.slice(0, BODY.indexOf(EXACT))].length;
    const claim = (await t.http.post('/api/claims').set(bearer(checker.token)).send({ articleId: article.id, start, end: start + [...EXACT].length }).expect(201)).body;
    const attributed = (await t.http.post(`/api/claims/${claim.id}/attributions`).set(bearer(checker.token)).send({ sourceId: nis, role: 'speaker', cue: 'nach Angaben' }).expect(201)).body;
    const attributionId = attributed.attributions[0].id as number;
    await t.http.post(`/api/claims/${claim.id}/review`).set(bearer(checker.token)).send({ action: 'take', version: 1 }).expect(200);
    const evidence = (await t.http.post(`/api/claims/${claim.id}/evidence`).set(bearer(checker.token)).send({ stance: 'supports', note: 'NATO confirms 3000', sourceId: nato }).expect(201)).body;
    expect(evidence.independent).toBe(true);
    await t.http.post(`/api/claims/${claim.id}/review`).set(bearer(checker.token)).send({ action: 'verdict', version: 2, verdict: 'corroborated', rationale: 'NATO confirms the figure independently.' }).expect(200);
    const approved = (await t.http.post(`/api/claims/${claim.id}/review`).set(bearer(editor.token)).send({ action: 'approve', version: 3 }).expect(200)).body;
    expect(approved.verdict).toMatchObject({ givenById: checker.id, approvedById: editor.id });

    const claimReview = async () => JSON.parse((await t.http.get(`/api/articles/${article.id}/export?format=claimreview`).set(bearer(checker.token)).expect(200)).text)['@graph'] as { url: string; claimReviewed: string }[];
    const stored = async () => (await t.db.query<{ status: string; version: unknown; approved_at: string | null }>('SELECT status, version, approved_at FROM claims WHERE id = ?', [claim.id]))[0];
    const events = () => t.db.count('review_events', 'claim_id = ?', [claim.id]);
    expect((await claimReview()).map((r) => r.url)).toEqual([expect.stringMatching(new RegExp(`/claims/${claim.id}$`))]);
    const eventsBefore = await events();

    // The only supporting evidence and the only attribution cannot be taken away, nor anything added.
    const removeEvidence = await t.http.delete(`/api/claims/${claim.id}/evidence/${evidence.id}`).set(bearer(checker.token)).expect(409);
    expect(removeEvidence.body.rule).toBe('verdict-keeps-its-basis');
    const removeAttribution = await t.http.delete(`/api/claims/${claim.id}/attributions/${attributionId}`).set(bearer(editor.token)).expect(409);
    expect(removeAttribution.body.rule).toBe('verdict-keeps-its-basis');
    expect((await t.http.post(`/api/claims/${claim.id}/evidence`).set(bearer(checker.token)).send({ stance: 'refutes', note: 'late doubt' }).expect(409)).body.rule).toBe('verdict-keeps-its-basis');
    expect((await t.http.post(`/api/claims/${claim.id}/attributions`).set(bearer(checker.token)).send({ sourceId: nato, role: 'relay' }).expect(409)).body.rule).toBe('verdict-keeps-its-basis');

    // Nothing changed: the rows are there, the claim is still approved at the same version, no history event was written.
    expect(await t.db.count('evidence', 'id = ?', [evidence.id])).toBe(1);
    expect(await t.db.count('attributions', 'id = ?', [attributionId])).toBe(1);
    expect(await stored()).toMatchObject({ status: 'corroborated', approved_at: expect.any(String) });
    expect(Number((await stored()).version)).toBe(4);
    expect(await events()).toBe(eventsBefore);
    expect((await claimReview()).map((r) => r.url)).toEqual([expect.stringMatching(new RegExp(`/claims/${claim.id}$`))]);
    expect(await storedTallies(t.db)).toEqual(await freshCounts(t.db));

    // Reopened, the claim leaves the ClaimReview export and its basis can change again.
    await t.http.post(`/api/claims/${claim.id}/review`).set(bearer(editor.token)).send({ action: 'reopen', version: 4, note: 'NATO withdrew its figure.' }).expect(200);
    expect(await claimReview()).toEqual([]);
    expect(await stored()).toMatchObject({ status: 'in_review', approved_at: null });
    await t.http.delete(`/api/claims/${claim.id}/evidence/${evidence.id}`).set(bearer(checker.token)).expect(204);
    const after = (await t.http.delete(`/api/claims/${claim.id}/attributions/${attributionId}`).set(bearer(checker.token)).expect(200)).body;
    expect(after.attributions).toEqual([]);
    expect(await t.db.count('evidence', 'claim_id = ?', [claim.id])).toBe(0);
    expect(await t.db.count('attributions', 'claim_id = ?', [claim.id])).toBe(0);
    const actions = (await t.db.query<{ action: string }>('SELECT action FROM review_events WHERE claim_id = ? ORDER BY sequence', [claim.id])).map((e) => e.action);
    expect(actions.slice(-3)).toEqual(['reopen', 'evidence_removed', 'attribution_removed']);
    expect(await storedTallies(t.db)).toEqual(await freshCounts(t.db));
  });
});
