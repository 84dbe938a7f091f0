import { Injectable } from '@nestjs/common';
import { In, IsNull } from 'typeorm';
import { Database } from '../database/database';
import type { WriteTx } from '../database/write-tx';
import { ArticleEntity } from './article.entity';
import { ArticleRevisionEntity } from './article-revision.entity';

export type NewArticleRow = Omit<ArticleEntity, 'id'>;

export interface ArticleListFilter {
  deleted: boolean;
  outlet?: string;
  language?: string;
  publishedFrom?: string;
  publishedTo?: string;
  /** A search key (see searchKey) the title must contain. */
  titleKey?: string;
  afterId: number | null;
  rows: number;
}

/** The only code that reads or writes articles and their revisions. */
@Injectable()
export class ArticlesRepository {
  constructor(private readonly db: Database) {}

  findById(id: number, tx?: WriteTx): Promise<ArticleEntity | null> {
    return this.db.reading(tx, (m) => m.getRepository(ArticleEntity).findOneBy({ id }));
  }

  findLive(id: number, tx?: WriteTx): Promise<ArticleEntity | null> {
    return this.db.reading(tx, (m) => m.getRepository(ArticleEntity).findOneBy({ id, deletedAt: IsNull() }));
  }

  /** An article, locked until COMMIT on PostgreSQL, for deleting or restoring it once. */
  lock(tx: WriteTx, id: number): Promise<ArticleEntity | null> {
    return tx.forUpdate(tx.manager.getRepository(ArticleEntity).createQueryBuilder('a').where('a.id = :id', { id })).getOne();
  }

  findLiveByContentHash(contentHash: string, tx: WriteTx): Promise<Pick<ArticleEntity, 'id' | 'title'> | null> {
    return tx.manager.getRepository(ArticleEntity).findOne({ where: { contentHash, deletedAt: IsNull() }, select: { id: true, title: true } });
  }

  /** As findLiveByContentHash, on a read connection (a preview, outside any write). */
  liveWithContentHash(contentHash: string): Promise<Pick<ArticleEntity, 'id' | 'title'> | null> {
    return this.db.read((m) => m.getRepository(ArticleEntity).findOne({ where: { contentHash, deletedAt: IsNull() }, select: { id: true, title: true } }));
  }

  /** Whether any article was ever imported, deleted ones included. */
  async any(): Promise<boolean> {
    return (await this.db.read((m) => m.getRepository(ArticleEntity).count({ take: 1 }))) > 0;
  }

  list(filter: ArticleListFilter): Promise<ArticleEntity[]> {
    return this.db.read((m) => {
      const select = m.getRepository(ArticleEntity).createQueryBuilder('a').where(filter.deleted ? 'a.deleted_at IS NOT NULL' : 'a.deleted_at IS NULL');
      if (filter.outlet) select.andWhere('LOWER(a.outlet) = :outlet', { outlet: filter.outlet });
      if (filter.language) select.andWhere('(a.language = :language OR a.language LIKE :languagePrefix)', { language: filter.language, languagePrefix: `${filter.language}-%` });
      if (filter.publishedFrom) select.andWhere('a.published_at >= :from', { from: filter.publishedFrom });
      if (filter.publishedTo) select.andWhere('a.published_at < :to', { to: filter.publishedTo });
      if (filter.titleKey) select.andWhere('a.title_key LIKE :q', { q: `%${filter.titleKey}%` });
      if (filter.afterId !== null) select.andWhere('a.id < :afterId', { afterId: filter.afterId });
      return select.orderBy('a.id', 'DESC').limit(filter.rows).getMany();
    });
  }

  /** Live articles published in [fromIso, toIso], other than `exceptId`. */
  async livePublishedBetween(fromIso: string, toIso: string, exceptId: number, limit: number): Promise<number[]> {
    const rows = await this.db.read((m) => m.getRepository(ArticleEntity).createQueryBuilder('a').select('a.id', 'id')
      .where('a.published_at >= :fromIso AND a.published_at <= :toIso AND a.deleted_at IS NULL AND a.id <> :exceptId', { fromIso, toIso, exceptId })
      .limit(limit)
      .getRawMany<{ id: number }>());
    return rows.map((row) => Number(row.id));
  }

  /** Titles by id, for the dashboard and the desk export. */
  async titles(ids: readonly number[]): Promise<Map<number, string>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows = await this.db.read((m) => m.getRepository(ArticleEntity).find({ where: { id: In(unique) }, select: { id: true, title: true } }));
    return new Map(rows.map((a) => [a.id, a.title]));
  }

  insert(tx: WriteTx, row: NewArticleRow): Promise<ArticleEntity> {
    return tx.manager.getRepository(ArticleEntity).save(tx.manager.getRepository(ArticleEntity).create(row));
  }

  async insertRevision(tx: WriteTx, row: Omit<ArticleRevisionEntity, 'id'>): Promise<void> {
    await tx.manager.getRepository(ArticleRevisionEntity).insert(row);
  }

  async update(tx: WriteTx, id: number, changes: Partial<NewArticleRow>): Promise<void> {
    await tx.manager.getRepository(ArticleEntity).update({ id }, changes);
  }
}
