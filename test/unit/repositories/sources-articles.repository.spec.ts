import { ArticlesRepository } from '../../../src/articles/articles.repository';
import type { Database } from '../../../src/database/database';
import { SourcesRepository } from '../../../src/sources/sources.repository';
import { NOW, userAndArticle } from './fixtures';
import { openTestDatabase } from './test-database';

describe('sources and articles repositories', () => {
  let db: Database;
  let close: () => Promise<void>;
  beforeAll(async () => ({ db, close } = await openTestDatabase()));
  afterAll(() => close());

  it('finds a live source by any alias, describes it with its affiliation, and repoints what pointed at a merged one', async () => {
    const sources = new SourcesRepository(db);
    const source = (name: string, affiliationId: number | null = null) => ({ name, nameKey: name.toLowerCase(), type: 'government' as const, country: 'KR', affiliationId, mergedIntoId: null, createdAt: NOW, updatedAt: NOW });
    const [nis, dupe] = await db.write(async (tx) => {
      const nis = await sources.insert(tx, source('NIS'));
      await sources.replaceAliases(tx, nis.id, [{ alias: 'südkoreanischer Geheimdienst', aliasKey: 'sudkoreanischer geheimdienst' }]);
      return [nis, await sources.insert(tx, source('National Intelligence Service'))];
    });
    const person = await db.write((tx) => sources.insert(tx, source('Spokesman', dupe.id)));
    const lookUp = await db.write((tx) => sources.liveByAnyKeys(['sudkoreanischer geheimdienst', 'national intelligence service', 'nis', 'unknown'], tx));
    expect(lookUp(['sudkoreanischer geheimdienst'])?.id).toBe(nis.id);
    expect(lookUp(['national intelligence service', 'nis'])?.id).toBe(nis.id); // the oldest of two names
    expect(lookUp(['unknown'])).toBeNull();
    const [described] = await sources.describe([person]);
    expect(described.affiliation).toEqual({ id: dupe.id, name: 'National Intelligence Service', type: 'government' });
    await db.write(async (tx) => {
      await sources.repointTo(tx, dupe.id, nis.id);
      await sources.update(tx, dupe.id, { mergedIntoId: nis.id });
    });
    expect((await sources.findById(person.id))?.affiliationId).toBe(nis.id);
    expect(await sources.list({ afterId: null, rows: 10 })).toEqual([expect.objectContaining({ id: nis.id }), expect.objectContaining({ id: person.id })]);
    expect(await sources.affiliationsOf([person.id, nis.id])).toEqual(new Map([[person.id, nis.id], [nis.id, null]]));
  });

  it('lists live or deleted articles, finds a live duplicate body, and articles published around a date', async () => {
    const articles = new ArticlesRepository(db);
    const { articleId } = await userAndArticle(db);
    const { articleId: deletedId } = await userAndArticle(db);
    await db.write((tx) => articles.update(tx, deletedId, { deletedAt: NOW }));
    expect((await articles.list({ deleted: false, afterId: null, rows: 10 })).map((a) => a.id)).toEqual([articleId]);
    expect((await articles.list({ deleted: true, afterId: null, rows: 10 })).map((a) => a.id)).toEqual([deletedId]);
    const live = (await articles.findLive(articleId))!;
    expect(await db.write((tx) => articles.findLiveByContentHash(live.contentHash, tx))).toEqual({ id: articleId, title: 'T' });
    expect(await articles.findLive(deletedId)).toBeNull();
    expect(await articles.livePublishedBetween('2024-10-20T00:00:00.000Z', '2024-10-30T00:00:00.000Z', -1, 10)).toEqual([articleId]);
    expect(await articles.titles([articleId, deletedId])).toEqual(new Map([[articleId, 'T'], [deletedId, 'T']]));
    expect(await articles.any()).toBe(true);
  });
});
