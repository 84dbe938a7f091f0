import { bearer, TestApp } from '../support/test-app';

const BODY = 'Russland weist die Berichte über nordkoreanische Soldaten zurück.';

/**
 * Four eyes (on by default, REVIEW_FOUR_EYES): the editor who gave a verdict cannot approve it
 * (409, rule `four-eyes`), another editor can; a desk that turns it off lets the same editor approve.
 * Checked in the database: who gave the verdict and who approved it.
 */
describe('four eyes on a verdict', () => {
  const stored = async (t: TestApp, claimId: number) =>
    (await t.db.query<{ status: string; version: unknown; verdict_by_id: unknown; approved_by_id: unknown; approved_at: string | null }>(
      'SELECT status, version, verdict_by_id, approved_by_id, approved_at FROM claims WHERE id = ?', [claimId],
    ))[0];

  /** An editor takes a claim and gives it a verdict; returns the claim's id. */
  async function verdictBy(t: TestApp, editor: { token: string }): Promise<number> {
    const article = (await t.http.post('/api/articles').set(bearer(editor.token)).send({ title: 'Four eyes', body: BODY, language: 'de', extract: false }).expect(201)).body;
    const claim = (await t.http.post('/api/claims').set(bearer(editor.token)).send({ articleId: article.id, start: 0, end: [...BODY].length - 1 }).expect(201)).body;
    await t.http.post(`/api/claims/${claim.id}/review`).set(bearer(editor.token)).send({ action: 'take', version: 1 }).expect(200);
    await t.http.post(`/api/claims/${claim.id}/review`).set(bearer(editor.token)).send({ action: 'verdict', version: 2, verdict: 'inconclusive', rationale: 'Only one side speaks.' }).expect(200);
    return claim.id;
  }

  const allowed = async (t: TestApp, claimId: number, token: string) => (await t.http.get(`/api/claims/${claimId}`).set(bearer(token)).expect(200)).body.allowedActions as string[];

  it('refuses the verdict\'s own editor and lets another editor approve', async () => {
    const t = await TestApp.start();
    try {
      const editor = await t.userWithRole('editor');
      const colleague = await t.userWithRole('editor');
      const claimId = await verdictBy(t, editor);
      expect(await allowed(t, claimId, editor.token)).not.toContain('approve');
      const refused = await t.http.post(`/api/claims/${claimId}/review`).set(bearer(editor.token)).send({ action: 'approve', version: 3 }).expect(409);
      expect(refused.body.rule).toBe('four-eyes');
      expect(await stored(t, claimId)).toMatchObject({ status: 'inconclusive', approved_at: null, approved_by_id: null });
      expect(Number((await stored(t, claimId)).version)).toBe(3);

      expect(await allowed(t, claimId, colleague.token)).toContain('approve');
      await t.http.post(`/api/claims/${claimId}/review`).set(bearer(colleague.token)).send({ action: 'approve', version: 3 }).expect(200);
      const approved = await stored(t, claimId);
      expect({ by: Number(approved.verdict_by_id), approvedBy: Number(approved.approved_by_id), at: approved.approved_at }).toEqual({ by: editor.id, approvedBy: colleague.id, at: expect.any(String) });
    } finally {
      await t.close();
    }
  });

  it('lets the same editor approve on a desk that turned four eyes off', async () => {
    const t = await TestApp.start({ config: { reviewFourEyes: false } });
    try {
      const editor = await t.userWithRole('editor');
      const claimId = await verdictBy(t, editor);
      expect(await allowed(t, claimId, editor.token)).toContain('approve');
      await t.http.post(`/api/claims/${claimId}/review`).set(bearer(editor.token)).send({ action: 'approve', version: 3 }).expect(200);
      const approved = await stored(t, claimId);
      expect({ by: Number(approved.verdict_by_id), approvedBy: Number(approved.approved_by_id), at: approved.approved_at }).toEqual({ by: editor.id, approvedBy: editor.id, at: expect.any(String) });
      // Approving twice is still refused.
      expect((await t.http.post(`/api/claims/${claimId}/review`).set(bearer(editor.token)).send({ action: 'approve', version: 4 }).expect(409)).body.rule).toBe('approve-once');
    } finally {
      await t.close();
    }
  });
});
