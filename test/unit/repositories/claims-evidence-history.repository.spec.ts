import type { ConfigService } from '@nestjs/config';
import { ClaimsRepository, NewClaimRow } from '../../../src/claims/claims.repository';
import { TalliesRepository } from '../../../src/claims/tallies.repository';
import type { Database } from '../../../src/database/database';
import { EvidenceRepository } from '../../../src/evidence/evidence.repository';
import { ClaimHistory } from '../../../src/history/claim-history';
import { HistoryKey } from '../../../src/history/history-key';
import { HistoryRepository } from '../../../src/history/history.repository';
import { SourcesRepository } from '../../../src/sources/sources.repository';
import { UsersRepository } from '../../../src/users/users.repository';
import { NOW, userAndArticle } from './fixtures';
import { openTestDatabase } from './test-database';

const claimRow = (articleId: number, userId: number, start: number, end: number, status: NewClaimRow['status'] = 'unverified'): NewClaimRow => ({
  articleId, text: `claim ${start}`, kind: 'statement', status, origin: 'manual', version: 1, assigneeId: null, quoteExact: 'x', quotePrefix: '', quoteSuffix: '',
  quoteStart: start, quoteEnd: end, orphaned: false, confidence: null, hedged: false, verdictRationale: null, verdictById: null, verdictAt: null,
  approvedById: null, approvedAt: null, articleDeleted: false, withdrawnAt: null, withdrawnById: null, withdrawalReason: null, historyCount: 0, historyHead: null, historySeal: null, createdById: userId, createdAt: NOW, updatedAt: NOW,
});

describe('claims, tallies, evidence and history repositories', () => {
  let db: Database;
  let config: ConfigService;
  let close: () => Promise<void>;
  let claims: ClaimsRepository;
  let tallies: TalliesRepository;
  let sourceId: number;
  let fixture: { userId: number; articleId: number };
  beforeAll(async () => {
    ({ db, config, close } = await openTestDatabase());
    claims = new ClaimsRepository(db);
    tallies = new TalliesRepository(db);
    fixture = await userAndArticle(db);
    sourceId = (await db.write((tx) => new SourcesRepository(db).insert(tx, { name: 'NIS', nameKey: 'nis', type: 'intelligence_agency', country: 'KR', affiliationId: null, mergedIntoId: null, createdAt: NOW, updatedAt: NOW }))).id;
  });
  afterAll(() => close());

  it('pages the claim list by keyset, a claim cited twice by the filtered source once per role, deleted articles\' claims left out', async () => {
    const ids = await db.write(async (tx) => {
      const made = [];
      for (let i = 0; i < 5; i++) made.push((await claims.insertClaims(tx, [claimRow(fixture.articleId, fixture.userId, i, i + 1)]))[0].id);
      await claims.insertAttribution(tx, { claimId: made[4], sourceId, role: 'speaker', cue: 'sagte', createdAt: NOW });
      await claims.insertAttribution(tx, { claimId: made[4], sourceId, role: 'relay', cue: null, createdAt: NOW });
      return made;
    });
    expect((await claims.list({ articleId: fixture.articleId }, null, 3)).map((c) => c.id)).toEqual([ids[4], ids[3], ids[2]]);
    expect((await claims.list({ articleId: fixture.articleId }, ids[2], 3)).map((c) => c.id)).toEqual([ids[1], ids[0]]);
    expect((await claims.list({ sourceId }, null, 10)).map((c) => c.id)).toEqual([ids[4], ids[4]]);
    expect((await claims.attributionsOf([ids[4]])).get(ids[4])!.map((a) => a.role)).toEqual(['speaker', 'relay']);
    expect(await claims.sourceRecord(sourceId)).toMatchObject({ byStatus: { unverified: 1 } });
    await db.write((tx) => claims.setArticleDeleted(tx, fixture.articleId, true));
    expect(await claims.list({ articleId: fixture.articleId }, null, 10)).toEqual([]);
    expect(await claims.sourceRecord(sourceId)).toEqual({ byStatus: {}, claims: [] });
    await db.write((tx) => claims.setArticleDeleted(tx, fixture.articleId, false));
  });

  it('updates a claim only at the version it was read at', async () => {
    const [claim] = await claims.list({ articleId: fixture.articleId }, null, 1);
    expect(await db.write((tx) => claims.update(tx, claim.id, { status: 'in_review', version: 2 }, 1))).toBe(true);
    expect(await db.write((tx) => claims.update(tx, claim.id, { status: 'unverified', version: 2 }, 1))).toBe(false);
    expect((await claims.findById(claim.id))?.status).toBe('in_review');
    expect(await claims.openBetween('2024-10-24T00:00:00.000Z', '2024-10-25T00:00:00.000Z')).toEqual({ count: 5, oldest: NOW });
  });

  it('adds up tally changes for the whole transaction and writes them at COMMIT, or not at all', async () => {
    const contribution = { status: 'unverified' as const, awaitingApproval: false, createdAt: NOW };
    await db.write(async (tx) => {
      tallies.claimCounted(tx, { articleId: 77, sourceIds: [sourceId, sourceId] }, contribution, 1);
      tallies.claimCounted(tx, { articleId: 77, sourceIds: [sourceId] }, contribution, 1);
      tallies.claimChanged(tx, { articleId: 77, sourceIds: [sourceId] }, contribution, { ...contribution, status: 'disputed', awaitingApproval: true });
    });
    expect((await tallies.of('article', [77])).get(77)).toMatchObject({ claims: 2, unverified: 1, disputed: 1, open: 1, awaitingApproval: 1 });
    expect((await tallies.of('source', [sourceId])).get(sourceId)).toMatchObject({ claims: 2 });
    await expect(db.write(async (tx) => {
      tallies.claimCounted(tx, { articleId: 77, sourceIds: [] }, contribution, 1);
      throw new Error('rolled back');
    })).rejects.toThrow('rolled back');
    expect((await tallies.of('article', [77])).get(77)?.claims).toBe(2);
    expect((await tallies.openHours()).some((h) => h.hour === Math.floor(Date.parse(NOW) / 3_600_000))).toBe(true);
  });

  it('stores evidence and moves it to a surviving publisher', async () => {
    const evidence = new EvidenceRepository(db);
    const [claim] = await claims.list({ articleId: fixture.articleId }, null, 1);
    const other = (await db.write((tx) => new SourcesRepository(db).insert(tx, { name: 'Other', nameKey: 'other', type: 'government', country: null, affiliationId: null, mergedIntoId: null, createdAt: NOW, updatedAt: NOW }))).id;
    await db.write((tx) => evidence.insert(tx, { claimId: claim.id, stance: 'supports', url: null, note: 'n', linkedClaimId: null, sourceId: other, createdById: fixture.userId, createdAt: NOW }));
    expect(await db.write((tx) => evidence.movePublisher(tx, other, sourceId))).toBe(1);
    expect((await evidence.ofClaim(claim.id)).map((e) => e.sourceId)).toEqual([sourceId]);
  });

  it('writes history events to the ledger at COMMIT in one gapless sequence, and none for a rolled-back change', async () => {
    const events = new HistoryRepository(db);
    const history = new ClaimHistory(db, events, new UsersRepository(db), new HistoryKey(config));
    const [a, b] = await claims.list({ articleId: fixture.articleId }, null, 2);
    await db.write(async (tx) => {
      history.append(tx, { claimId: a.id, action: 'take', actorId: fixture.userId });
      history.append(tx, { claimId: b.id, action: 'take', actorId: fixture.userId });
      history.append(tx, { claimId: a.id, action: 'reassign', actorId: fixture.userId });
    });
    await expect(db.write(async (tx) => {
      history.append(tx, { claimId: a.id, action: 'verdict', actorId: fixture.userId });
      throw new Error('refused');
    })).rejects.toThrow('refused');
    const written = (await events.eventsOf([a.id, b.id])).sort((x, y) => x.ledgerSeq! - y.ledgerSeq!);
    expect(written.map((e) => [e.claimId, e.sequence, e.action, e.ledgerSeq])).toEqual([[a.id, 1, 'take', 1], [b.id, 1, 'take', 2], [a.id, 2, 'reassign', 3]]);
    expect(written[2].prevHash).toBe(written[0].hash);
    expect(written[1].ledgerPrev).toBe(written[0].hash);
    expect(written[2].ledgerPrev).toBe(written[1].hash);
    expect(await events.head()).toMatchObject({ seq: 3, hash: written[2].hash });
    expect((await history.historyOf(a.id)).verified).toBe(true);
  });
  it('writes a thousand claims in bulk, over several statements, each id with its own row, attributions, index entries and seals', async () => {
    const { articleId, userId } = await userAndArticle(db);
    const rows = Array.from({ length: 1000 }, (_, i) => ({ ...claimRow(articleId, userId, i, i + 1), text: `bulk claim ${i}`, hedged: i % 2 === 0 }));
    const created = await db.write(async (tx) => {
      const made = await claims.insertClaims(tx, rows);
      await claims.insertAttributions(tx, made.map((claim) => ({ claimId: claim.id, sourceId, role: 'speaker', cue: `cue ${claim.quoteStart}`, createdAt: NOW })));
      await claims.indexNewClaims(tx, made.map((claim) => ({ claimId: claim.id, terms: `bulkword${claim.quoteStart}` })));
      await claims.setSeals(tx, made.map((claim) => ({ id: claim.id, historyCount: 1, historyHead: `head ${claim.quoteStart}`, historySeal: `seal ${claim.quoteStart}` })));
      return made;
    });
    expect(new Set(created.map((c) => c.id)).size).toBe(1000);
    const stored = new Map((await claims.findByIds(created.map((c) => c.id))).map((c) => [c.id, c]));
    for (const claim of created) {
      const row = stored.get(claim.id)!;
      expect([row.text, row.quoteStart, row.hedged, row.historyHead, row.historySeal]).toEqual([`bulk claim ${claim.quoteStart}`, claim.quoteStart, claim.quoteStart % 2 === 0, `head ${claim.quoteStart}`, `seal ${claim.quoteStart}`]);
    }
    const attributions = await claims.attributionsOf(created.map((c) => c.id));
    expect(created.every((claim) => attributions.get(claim.id)?.[0]?.cue === `cue ${claim.quoteStart}`)).toBe(true);
    expect((await claims.list({ articleId, search: [['bulkword617']] }, null, 10)).map((c) => c.text)).toEqual(['bulk claim 617']);
  });
});
