import { bearer, TestApp } from '../support/test-app';

const BODY = 'Nach Angaben des südkoreanischen Geheimdienstes sind 3000 Soldaten in Russland. Kirby sagte, es seien mindestens 3000. Russland weist das zurück.';
const span = (exact: string) => ({ start: [...BODY.slice(0, BODY.indexOf(exact))].length, end: [...BODY.slice(0, BODY.indexOf(exact))].length + [...exact].length });

describe('review workflow', () => {
  let t: TestApp;
  let checker: { id: number; token: string };
  let secondChecker: { id: number; token: string };
  let editor: { id: number; token: string };
  let viewer: { id: number; token: string };
  let articleId: number;
  const sources: Record<string, number> = {};

  const post = (path: string, token: string, body: object) => t.http.post(path).set(bearer(token)).send(body);
  const review = (claimId: number, token: string, body: object) => post(`/api/claims/${claimId}/review`, token, body);

  /** The NIS claim relayed by Yonhap, Kirby's statement (NSC) and Russia's denial, each attributed. */
  async function seedClaims() {
    const claim = async (exact: string, attributions: [string, string][]) => {
      const created = (await post('/api/claims', checker.token, { articleId, ...span(exact) }).expect(201)).body;
      for (const [source, role] of attributions) await post(`/api/claims/${created.id}/attributions`, checker.token, { sourceId: sources[source], role }).expect(201);
      return created.id as number;
    };
    return {
      nis: await claim('sind 3000 Soldaten in Russland', [['NIS', 'speaker'], ['Yonhap', 'relay']]),
      kirby: await claim('es seien mindestens 3000', [['John Kirby', 'speaker']]),
      denial: await claim('Russland weist das zurück', [['Russia', 'speaker']]),
    };
  }

  beforeAll(async () => {
    t = await TestApp.start();
    checker = await t.userWithRole('checker');
    secondChecker = await t.userWithRole('checker');
    editor = await t.userWithRole('editor');
    viewer = await t.userWithRole('viewer');
    articleId = (await post('/api/articles', checker.token, { title: 'Review', body: BODY, language: 'de', extract: false }).expect(201)).body.id;
    const source = async (name: string, type: string, affiliationId?: number) =>
      (sources[name] = (await post('/api/sources', checker.token, { name, type, ...(affiliationId ? { affiliationId } : {}) }).expect(201)).body.id);
    await source('NIS', 'intelligence_agency');
    await source('Yonhap', 'news_agency');
    await source('US National Security Council', 'government');
    await source('John Kirby', 'person', sources['US National Security Council']);
    await source('Russia', 'government');
  });
  afterAll(() => t.close());

  it('takes, corroborates with independent evidence, approves — one history event per change, chain verified', async () => {
    const { nis, kirby } = await seedClaims();
    const taken = await review(nis, checker.token, { action: 'take', version: 1 }).expect(200);
    expect(taken.body).toMatchObject({ status: 'in_review', assigneeId: checker.id, version: 2 });
    await post(`/api/claims/${nis}/evidence`, checker.token, { stance: 'supports', claimId: kirby, note: 'NSC: at least 3000' }).expect(201);
    const verdict = await review(nis, checker.token, { action: 'verdict', version: 2, verdict: 'corroborated', rationale: 'The NSC independently confirms at least 3000.' }).expect(200);
    expect(verdict.body).toMatchObject({ status: 'corroborated', version: 3, verdict: { rationale: 'The NSC independently confirms at least 3000.', givenById: checker.id, approvedAt: null } });
    const approved = await review(nis, editor.token, { action: 'approve', version: 3 }).expect(200);
    expect(approved.body.verdict).toMatchObject({ approvedById: editor.id, approvedAt: expect.any(String) });

    const history = await t.http.get(`/api/claims/${nis}/history`).set(bearer(viewer.token)).expect(200);
    expect(history.body.verified).toBe(true);
    const workflow = history.body.items.filter((e: { action: string }) => ['take', 'verdict', 'approve'].includes(e.action));
    expect(workflow.map((e: { action: string; fromStatus: string; toStatus: string; actorId: number }) => [e.action, e.fromStatus, e.toStatus, e.actorId])).toEqual([
      ['take', 'unverified', 'in_review', checker.id],
      ['verdict', 'in_review', 'corroborated', checker.id],
      ['approve', 'corroborated', 'corroborated', editor.id],
    ]);
    expect(workflow[1].details.evidenceIds).toHaveLength(1);
    expect(history.body.items.every((e: { verified: boolean }) => e.verified)).toBe(true);
  });

  it('refuses corroboration by a relay of the same speaker, and a dispute without refuting evidence', async () => {
    const { nis, denial } = await seedClaims();
    await review(nis, checker.token, { action: 'take', version: 1 }).expect(200);
    await post(`/api/claims/${nis}/evidence`, checker.token, { stance: 'supports', url: 'https://en.yna.co.kr/view/AEN20241023', sourceId: sources.Yonhap }).expect(201);
    const relay = await review(nis, checker.token, { action: 'verdict', version: 2, verdict: 'corroborated', rationale: 'Yonhap reports it' }).expect(422);
    expect(relay.body).toMatchObject({ rule: 'corroboration-needs-independent-support', detail: expect.stringMatching(/independent/) });
    const dispute = await review(nis, checker.token, { action: 'verdict', version: 2, verdict: 'disputed', rationale: 'Russia denies' }).expect(422);
    expect(dispute.body.rule).toBe('dispute-needs-refuting-evidence');
    await post(`/api/claims/${nis}/evidence`, checker.token, { stance: 'refutes', claimId: denial }).expect(201);
    await review(nis, checker.token, { action: 'verdict', version: 2, verdict: 'disputed', rationale: 'Russia denies' }).expect(200);
    const claim = await t.http.get(`/api/claims/${nis}`).set(bearer(viewer.token)).expect(200);
    expect(claim.body.evidence.map((e: { independent: boolean }) => e.independent)).toEqual([false, true]);
  });

  it('enforces each role: a viewer cannot review, a checker cannot approve or reopen', async () => {
    const { nis, kirby } = await seedClaims();
    await review(nis, viewer.token, { action: 'take', version: 1 }).expect(403);
    await post(`/api/claims/${nis}/evidence`, viewer.token, { stance: 'supports', claimId: kirby }).expect(403);
    await review(nis, checker.token, { action: 'take', version: 1 }).expect(200);
    await post(`/api/claims/${nis}/evidence`, checker.token, { stance: 'supports', claimId: kirby }).expect(201);
    await review(nis, checker.token, { action: 'verdict', version: 2, verdict: 'corroborated', rationale: 'NSC confirms' }).expect(200);
    const approve = await review(nis, checker.token, { action: 'approve', version: 3 }).expect(403);
    expect(approve.body.detail).toMatch(/editor/);
    await review(nis, checker.token, { action: 'reopen', version: 3, note: 'new facts' }).expect(403);
    const reopened = await review(nis, editor.token, { action: 'reopen', version: 3, note: 'Pentagon revised the figure' }).expect(200);
    expect(reopened.body).toMatchObject({ status: 'in_review', assigneeId: checker.id, verdict: null, version: 4 });
  });

  it('names the rule of an illegal transition', async () => {
    const { nis } = await seedClaims();
    const approve = await review(nis, editor.token, { action: 'approve', version: 1 }).expect(409);
    expect(approve.body).toMatchObject({ rule: 'approve-needs-verdict', detail: expect.stringMatching(/only a verdict/) });
    const verdict = await review(nis, checker.token, { action: 'verdict', version: 1, verdict: 'inconclusive', rationale: 'x' }).expect(409);
    expect(verdict.body.detail).toMatch(/only allowed from in_review/);
    await review(nis, checker.token, { action: 'publish', version: 1 }).expect(400);
  });

  it('reassigns: a checker hands over their claim; only an editor takes it from someone else', async () => {
    const { nis } = await seedClaims();
    await review(nis, checker.token, { action: 'take', version: 1 }).expect(200);
    await review(nis, secondChecker.token, { action: 'reassign', version: 2, assigneeId: secondChecker.id }).expect(403);
    const handed = await review(nis, checker.token, { action: 'reassign', version: 2, assigneeId: secondChecker.id, note: 'going on leave' }).expect(200);
    expect(handed.body.assigneeId).toBe(secondChecker.id);
    await review(nis, editor.token, { action: 'reassign', version: 3, assigneeId: viewer.id }).expect(422);
    const back = await review(nis, editor.token, { action: 'reassign', version: 3, assigneeId: checker.id }).expect(200);
    expect(back.body).toMatchObject({ assigneeId: checker.id, version: 4 });
  });

  it('refuses a change based on a stale version with 409, changing nothing', async () => {
    const { nis } = await seedClaims();
    await review(nis, checker.token, { action: 'take', version: 1 }).expect(200);
    const stale = await review(nis, checker.token, { action: 'verdict', version: 1, verdict: 'inconclusive', rationale: 'x' }).expect(409);
    expect(stale.body).toMatchObject({ rule: 'optimistic-concurrency', currentVersion: 2 });
    await post(`/api/claims/${nis}/evidence`, checker.token, { stance: 'context', note: 'old view', version: 1 }).expect(409);
    const claim = await t.http.get(`/api/claims/${nis}`).set(bearer(viewer.token)).expect(200);
    expect(claim.body).toMatchObject({ status: 'in_review', version: 2, evidence: [] });
  });

  it('lets exactly one of two concurrent verdicts win; history has one verdict event', async () => {
    const { nis } = await seedClaims();
    await review(nis, editor.token, { action: 'take', version: 1 }).expect(200);
    const [a, b] = await Promise.all([
      review(nis, editor.token, { action: 'verdict', version: 2, verdict: 'inconclusive', rationale: 'first' }),
      review(nis, editor.token, { action: 'verdict', version: 2, verdict: 'inconclusive', rationale: 'second' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const history = await t.http.get(`/api/claims/${nis}/history`).set(bearer(viewer.token)).expect(200);
    expect(history.body.items.filter((e: { action: string }) => e.action === 'verdict')).toHaveLength(1);
    expect(history.body.verified).toBe(true);
  });

  it('detects tampering with a past history event', async () => {
    const { nis } = await seedClaims();
    await review(nis, checker.token, { action: 'take', version: 1 }).expect(200);
    await review(nis, checker.token, { action: 'reassign', version: 2, assigneeId: null }).expect(200);
    await t.db.query("UPDATE review_events SET actor_id = ? WHERE claim_id = ? AND action = 'take'", [editor.id, nis]);
    const history = await t.http.get(`/api/claims/${nis}/history`).set(bearer(viewer.token)).expect(200);
    expect(history.body.verified).toBe(false);
    const flags = history.body.items.map((e: { action: string; verified: boolean }) => [e.action, e.verified]);
    expect(flags.slice(0, 3)).toEqual([['created', true], ['attribution_added', true], ['attribution_added', true]]);
    expect(flags.slice(-2)).toEqual([['take', false], ['reassign', false]]);
  });

  it('answers 404 for the history of an unknown claim', async () => {
    await t.http.get('/api/claims/99999/history').set(bearer(viewer.token)).expect(404);
    await review(99999, checker.token, { action: 'take', version: 1 }).expect(404);
  });
});
