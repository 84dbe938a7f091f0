import { createHash } from 'node:crypto';
import { bearer, TestApp } from '../support/test-app';

/**
 * The history proves itself: every tampering an attacker with write access to the database tried
 * is named by GET /api/audit/verify (and the claim's own history shows it), while an untouched desk
 * verifies. Each test starts from a fresh desk.
 */
describe('a history that proves itself', () => {
  let t: TestApp;
  let admin: string;
  let claims: number[];

  beforeEach(async () => {
    t = await TestApp.start({ seedDemo: true });
    admin = await t.adminToken();
    const checker = await t.userWithRole('checker', 'ledger-checker');
    const editor = await t.userWithRole('editor', 'ledger-editor');
    claims = (await t.db.query<{ id: number }>('SELECT id FROM claims ORDER BY id LIMIT 3')).map((c) => Number(c.id));
    for (const id of claims) {
      await t.http.post(`/api/claims/${id}/review`).set(bearer(checker.token)).send({ action: 'take', version: 1 }).expect(200);
      await t.http.post(`/api/claims/${id}/evidence`).set(bearer(checker.token)).send({ stance: 'context', note: `checked ${id}` }).expect(201);
      await t.http.post(`/api/claims/${id}/review`).set(bearer(checker.token)).send({ action: 'verdict', version: 2, verdict: 'inconclusive', rationale: `not settled ${id}` }).expect(200);
      await t.http.post(`/api/claims/${id}/review`).set(bearer(editor.token)).send({ action: 'approve', version: 3 }).expect(200);
    }
  });
  afterEach(() => t.close());

  const verify = async () => (await t.http.get('/api/audit/verify').set(bearer(admin)).expect(200)).body as { ok: boolean; events: number; broken: { claimId: number | null; eventId: number | null; reason: string }[] };
  const claimHistoryVerified = async (id: number) => (await t.http.get(`/api/claims/${id}/history`).set(bearer(admin)).expect(200)).body.verified as boolean;
  const eventsOf = (claimId: number) => t.db.query<{ id: number; sequence: number; ledger_seq: number }>('SELECT id, sequence, ledger_seq FROM review_events WHERE claim_id = ? ORDER BY sequence', [claimId]);

  it('verifies an untouched desk, and only admins may ask', async () => {
    const result = await verify();
    expect(result).toMatchObject({ ok: true, broken: [] });
    expect(result.events).toBe(await t.db.count('review_events'));
    const head = (await t.http.get('/api/audit/head').set(bearer(admin)).expect(200)).body;
    const [newest] = await t.db.query<{ ledger_seq: number; hash: string }>('SELECT ledger_seq, hash FROM review_events ORDER BY ledger_seq DESC LIMIT 1');
    expect(head).toMatchObject({ seq: Number(newest.ledger_seq), hash: newest.hash });
    const viewer = await t.userWithRole('viewer');
    await t.http.get('/api/audit/verify').set(bearer(viewer.token)).expect(403);
    for (const id of claims) expect(await claimHistoryVerified(id)).toBe(true);
  });

  it('names an edited rationale', async () => {
    const [verdict] = await t.db.query<{ id: number }>("SELECT id FROM review_events WHERE claim_id = ? AND action = 'verdict'", [claims[1]]);
    await t.db.query('UPDATE review_events SET note = ? WHERE id = ?', ['corroborated after all', verdict.id]);
    const result = await verify();
    expect(result.ok).toBe(false);
    expect(result.broken).toEqual(expect.arrayContaining([expect.objectContaining({ claimId: claims[1], eventId: Number(verdict.id), reason: expect.stringMatching(/altered/) })]));
    expect(await claimHistoryVerified(claims[1])).toBe(false);
    expect(await claimHistoryVerified(claims[0])).toBe(true);
  });

  it('names an event deleted from the middle', async () => {
    const events = await eventsOf(claims[0]);
    const middle = events[Math.floor(events.length / 2)];
    await t.db.query('DELETE FROM review_events WHERE id = ?', [middle.id]);
    const result = await verify();
    expect(result.ok).toBe(false);
    expect(result.broken.some((b) => b.claimId === claims[0] && /missing/.test(b.reason))).toBe(true);
    expect(await claimHistoryVerified(claims[0])).toBe(false);
  });

  it('names events deleted from the end of the history', async () => {
    const newest = await t.db.query<{ id: number }>('SELECT id FROM review_events ORDER BY ledger_seq DESC LIMIT 2');
    for (const event of newest) await t.db.query('DELETE FROM review_events WHERE id = ?', [event.id]);
    const result = await verify();
    expect(result.ok).toBe(false);
    expect(result.broken).toEqual(expect.arrayContaining([expect.objectContaining({ claimId: null, reason: expect.stringMatching(/at the end were deleted/) })]));
    // The claim whose newest events went: its row still counts them.
    expect(result.broken.some((b) => b.claimId === claims[2] && /events were deleted/.test(b.reason))).toBe(true);
  });

  it('names a claim whose whole history was deleted', async () => {
    await t.db.query('DELETE FROM review_events WHERE claim_id = ?', [claims[1]]);
    const result = await verify();
    expect(result.ok).toBe(false);
    expect(result.broken.some((b) => b.claimId === claims[1] && /events were deleted/.test(b.reason))).toBe(true);
    expect(await claimHistoryVerified(claims[1])).toBe(false);
  });

  it('names a forged claim row', async () => {
    await t.db.query("UPDATE claims SET status = 'corroborated', verdict_rationale = 'confirmed by three sources' WHERE id = ?", [claims[2]]);
    const result = await verify();
    expect(result.ok).toBe(false);
    expect(result.broken).toEqual([expect.objectContaining({ claimId: claims[2], reason: expect.stringMatching(/changed outside the service/) })]);
    expect(await claimHistoryVerified(claims[2])).toBe(false);
  });

  it('refuses a history rewritten and rehashed without the server\'s key', async () => {
    // The attacker edits a rationale and recomputes every hash of the claim's chain, as the old plain SHA-256 chain allowed.
    await t.db.query("UPDATE review_events SET note = 'corroborated after all' WHERE claim_id = ? AND action = 'verdict'", [claims[0]]);
    const rows = await t.db.query<Record<string, unknown>>('SELECT * FROM review_events WHERE claim_id = ? ORDER BY sequence', [claims[0]]);
    let previous: string | null = null;
    for (const row of rows) {
      const hash: string = createHash('sha256').update(JSON.stringify([row.claim_id, row.sequence, row.action, row.note, row.details, previous])).digest('hex');
      await t.db.query('UPDATE review_events SET prev_hash = ?, hash = ? WHERE id = ?', [previous, hash, row.id]);
      previous = hash;
    }
    await t.db.query('UPDATE claims SET history_head = ? WHERE id = ?', [previous, claims[0]]);
    const result = await verify();
    expect(result.ok).toBe(false);
    expect(result.broken.some((b) => b.claimId === claims[0] && /altered/.test(b.reason))).toBe(true);
  });

  it('names an event added outside the service', async () => {
    const [template] = await t.db.query<Record<string, unknown>>('SELECT * FROM review_events WHERE claim_id = ? ORDER BY sequence DESC LIMIT 1', [claims[0]]);
    await t.db.query('INSERT INTO review_events (claim_id, sequence, action, actor_id, details, created_at, hash) VALUES (?, ?, ?, ?, ?, ?, ?)',
      [claims[0], Number(template.sequence) + 1, 'approve', template.actor_id, '{}', template.created_at, 'f'.repeat(64)]);
    const result = await verify();
    expect(result.ok).toBe(false);
    expect(result.broken.some((b) => b.claimId === claims[0] && /outside the service/.test(b.reason))).toBe(true);
  });
});

describe('history written before the ledger', () => {
  it('is checked, authenticated and sealed on the first start, and then verifies', async () => {
    const t = await TestApp.start({ seedDemo: true });
    try {
      const admin = await t.adminToken();
      // Turn the desk's history back into what the previous release wrote: plain SHA-256 chains per claim, no ledger.
      const events = await t.db.query<Record<string, unknown>>('SELECT * FROM review_events ORDER BY claim_id, sequence');
      let previous: { claimId: unknown; hash: string } | null = null;
      for (const e of events) {
        const prevHash: string | null = previous !== null && previous.claimId === e.claim_id ? previous.hash : null;
        const hash: string = createHash('sha256').update(JSON.stringify([
          Number(e.claim_id), Number(e.sequence), e.action, Number(e.actor_id), e.from_status, e.to_status,
          e.from_assignee_id === null ? null : Number(e.from_assignee_id), e.to_assignee_id === null ? null : Number(e.to_assignee_id), e.note, e.details, e.created_at, prevHash,
        ])).digest('hex');
        await t.db.query('UPDATE review_events SET hash = ?, prev_hash = ?, ledger_seq = NULL, ledger_prev = NULL WHERE id = ?', [hash, prevHash, e.id]);
        previous = { claimId: e.claim_id, hash };
      }
      await t.db.query('DELETE FROM ledger_head');
      await t.db.query('UPDATE claims SET history_count = 0, history_head = NULL, history_seal = NULL');
      await t.restart();
      const result = (await t.http.get('/api/audit/verify').set(bearer(admin)).expect(200)).body;
      expect(result).toMatchObject({ ok: true, events: events.length });
      expect(await t.db.count('review_events', 'ledger_seq IS NULL')).toBe(0);
    } finally {
      await t.close();
    }
  });
});

describe('npm run -s cli -- audit verify', () => {
  it('verifies offline and says what broke, with an exit code', async () => {
    const t = await TestApp.start({ seedDemo: true });
    const saved = { ...process.env };
    try {
      const { runAudit } = await import('../../src/cli/commands/audit');
      Object.assign(process.env, t.environment);
      const lines: string[] = [];
      const first = await runAudit(['verify'], (line) => lines.push(line));
      expect(lines.join('\n')).toMatch(/^ok/);
      expect(first).toBe(0);
      expect(lines[0]).toMatch(/^ok: \d+ events, \d+ claims checked/);
      const [claim] = await t.db.query<{ id: number }>('SELECT id FROM claims ORDER BY id LIMIT 1');
      await t.db.query("UPDATE claims SET status = 'corroborated' WHERE id = ?", [claim.id]);
      lines.length = 0;
      expect(await runAudit(['verify'], (line) => lines.push(line))).toBe(1);
      expect(lines.join('\n')).toMatch(new RegExp(`claim ${Number(claim.id)} .*changed outside the service`));
    } finally {
      process.env = saved;
      await t.close();
    }
  });
});
