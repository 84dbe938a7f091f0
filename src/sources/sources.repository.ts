import { Injectable } from '@nestjs/common';
import { EntityManager, In, IsNull } from 'typeorm';
import type { SourceType } from '../common/vocabulary';
import { Database } from '../database/database';
import { inList, listValue } from '../database/named-sql';
import { inStatementChunks } from '../database/bulk-sql';
import type { WriteTx } from '../database/write-tx';
import type { SourceResponseDto } from './source.dto';
import { SourceEntity } from './source.entity';
import { SourceAliasEntity } from './source-alias.entity';
import { SourceMergeEntity } from './source-merge.entity';
import type { SourceSummaryDto } from './source-summary.dto';

export type NewSource = Omit<SourceEntity, 'id'>;

export interface SourceListFilter {
  /** A search key (see searchKey): matches the name or any alias. */
  key?: string;
  type?: SourceType;
  country?: string;
  afterId: number | null;
  rows: number;
}

/** The only code that reads or writes sources, their aliases and the record of merges. */
@Injectable()
export class SourcesRepository {
  constructor(private readonly db: Database) {}

  findById(id: number, tx?: WriteTx): Promise<SourceEntity | null> {
    return this.db.reading(tx, (m) => m.getRepository(SourceEntity).findOneBy({ id }));
  }

  findByIds(ids: readonly number[]): Promise<SourceEntity[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return Promise.resolve([]);
    return this.db.read((m) => m.getRepository(SourceEntity).findBy({ id: In(unique) }));
  }

  /** Locks sources until COMMIT on PostgreSQL, in id order (the order every merge takes them in). */
  async lock(tx: WriteTx, ids: number[]): Promise<Map<number, SourceEntity>> {
    const query = tx.manager.getRepository(SourceEntity).createQueryBuilder('s').where('s.id IN (:...ids)', { ids }).orderBy('s.id', 'ASC');
    return new Map((await tx.forUpdate(query).getMany()).map((source) => [source.id, source]));
  }

  findLiveByNameKey(nameKey: string, tx: WriteTx): Promise<SourceEntity | null> {
    return tx.manager.getRepository(SourceEntity).findOneBy({ nameKey, mergedIntoId: IsNull() });
  }

  /**
   * A live source by any of its names, for many names at once: two queries for every key an
   * article's sources may go by, then a lookup per source: the oldest source with one of the keys as
   * its name, else the source of the oldest alias with one of them (none if that source was merged).
   */
  async liveByAnyKeys(keys: readonly string[], tx: WriteTx): Promise<(keys: readonly string[]) => SourceEntity | null> {
    const byName = new Map<string, SourceEntity>();
    const byAlias = new Map<string, SourceAliasEntity>();
    for (const chunk of inStatementChunks([...new Set(keys)], 1)) {
      for (const source of await tx.manager.getRepository(SourceEntity).findBy({ nameKey: In(chunk), mergedIntoId: IsNull() })) {
        const seen = byName.get(source.nameKey);
        if (!seen || source.id < seen.id) byName.set(source.nameKey, source);
      }
      for (const alias of await tx.manager.getRepository(SourceAliasEntity).findBy({ aliasKey: In(chunk) })) {
        const seen = byAlias.get(alias.aliasKey);
        if (!seen || alias.id < seen.id) byAlias.set(alias.aliasKey, alias);
      }
    }
    const aliased = new Map((await this.byIdsIn(tx, [...byAlias.values()].map((a) => a.sourceId))).map((source) => [source.id, source]));
    return (wanted) => {
      const oldest = <T extends { id: number }>(found: (T | undefined)[]) => found.reduce<T | null>((best, item) => (item && (!best || item.id < best.id) ? item : best), null);
      const named = oldest(wanted.map((key) => byName.get(key)));
      if (named) return named;
      const alias = oldest(wanted.map((key) => byAlias.get(key)));
      const source = alias ? aliased.get(alias.sourceId) : undefined;
      return source && source.mergedIntoId === null ? source : null;
    };
  }

  private async byIdsIn(tx: WriteTx, ids: readonly number[]): Promise<SourceEntity[]> {
    const found: SourceEntity[] = [];
    for (const chunk of inStatementChunks([...new Set(ids)], 1)) found.push(...(await tx.manager.getRepository(SourceEntity).findBy({ id: In(chunk) })));
    return found;
  }

  list(filter: SourceListFilter): Promise<SourceEntity[]> {
    return this.db.read((m) => {
      const select = m.getRepository(SourceEntity).createQueryBuilder('s').where('s.merged_into_id IS NULL');
      if (filter.key) {
        select.andWhere('(s.name_key LIKE :pattern OR s.id IN (SELECT sa.source_id FROM source_aliases sa WHERE sa.alias_key LIKE :pattern))', { pattern: `%${filter.key}%` });
      }
      if (filter.type) select.andWhere('s.type = :type', { type: filter.type });
      if (filter.country) select.andWhere('s.country = :country', { country: filter.country });
      if (filter.afterId !== null) select.andWhere('s.id > :afterId', { afterId: filter.afterId });
      return select.orderBy('s.id', 'ASC').limit(filter.rows).getMany();
    });
  }

  /** Name and type by id, as other resources show a source; merged sources included (old links still resolve). */
  async summaries(ids: readonly number[], tx?: WriteTx): Promise<Map<number, SourceSummaryDto>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows = await this.db.named<SourceSummaryDto>(`SELECT id, name, type FROM sources WHERE id ${inList(this.db.dialect, 'ids')}`, { ids: listValue(this.db.dialect, unique) }, tx);
    return new Map(rows.map((s) => [Number(s.id), { id: Number(s.id), name: s.name, type: s.type }]));
  }

  /** The organisation each source speaks for (null when none). */
  async affiliationsOf(ids: readonly number[], tx?: WriteTx): Promise<Map<number, number | null>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows = await this.db.reading(tx, (m) => m.getRepository(SourceEntity).find({ where: { id: In(unique) }, select: { id: true, affiliationId: true } }));
    return new Map(rows.map((s) => [s.id, s.affiliationId]));
  }

  /** People affiliated with an organisation, by name. */
  members(id: number): Promise<SourceSummaryDto[]> {
    return this.db.read(async (m) =>
      (await m.getRepository(SourceEntity).find({ where: { affiliationId: id, mergedIntoId: IsNull() }, select: { id: true, name: true, type: true }, order: { name: 'ASC' } }))
        .map((s) => ({ id: s.id, name: s.name, type: s.type })));
  }

  /** Sources with their aliases and affiliations, in two queries for any number of them. */
  describe(sources: SourceEntity[], tx?: WriteTx): Promise<SourceResponseDto[]> {
    return this.db.reading(tx, (m) => describeSources(m, sources));
  }

  insert(tx: WriteTx, source: NewSource): Promise<SourceEntity> {
    return tx.manager.getRepository(SourceEntity).save(tx.manager.getRepository(SourceEntity).create(source));
  }

  async update(tx: WriteTx, id: number, changes: Partial<NewSource>): Promise<void> {
    await tx.manager.getRepository(SourceEntity).update({ id }, changes);
  }

  aliasKeysOf(tx: WriteTx, sourceId: number): Promise<SourceAliasEntity[]> {
    return tx.manager.getRepository(SourceAliasEntity).find({ where: { sourceId }, order: { id: 'ASC' } });
  }

  async replaceAliases(tx: WriteTx, sourceId: number, aliases: { alias: string; aliasKey: string }[]): Promise<void> {
    await tx.manager.getRepository(SourceAliasEntity).delete({ sourceId });
    if (aliases.length > 0) await tx.manager.getRepository(SourceAliasEntity).insert(aliases.map((a) => ({ sourceId, ...a })));
  }

  /** After `fromId` became `intoId`: people and earlier merges that pointed at it point at the survivor. */
  async repointTo(tx: WriteTx, fromId: number, intoId: number): Promise<void> {
    const sources = tx.manager.getRepository(SourceEntity);
    await sources.update({ affiliationId: fromId }, { affiliationId: intoId });
    await sources.update({ id: intoId, affiliationId: intoId }, { affiliationId: null });
    await sources.update({ mergedIntoId: fromId }, { mergedIntoId: intoId });
  }

  async recordMerge(tx: WriteTx, merge: Omit<SourceMergeEntity, 'id'>): Promise<void> {
    await tx.manager.getRepository(SourceMergeEntity).insert(merge);
  }
}

async function describeSources(m: EntityManager, sources: SourceEntity[]): Promise<SourceResponseDto[]> {
  if (sources.length === 0) return [];
  const aliases = await m.getRepository(SourceAliasEntity).find({ where: { sourceId: In(sources.map((s) => s.id)) }, order: { id: 'ASC' } });
  const affiliationIds = [...new Set(sources.map((s) => s.affiliationId).filter((id): id is number => id !== null))];
  const affiliations = new Map(
    (affiliationIds.length ? await m.getRepository(SourceEntity).find({ where: { id: In(affiliationIds) }, select: { id: true, name: true, type: true } }) : []).map((a) => [a.id, a]),
  );
  return sources.map((source) => {
    const affiliation = source.affiliationId !== null ? affiliations.get(source.affiliationId) : undefined;
    return {
      id: source.id,
      name: source.name,
      type: source.type,
      country: source.country,
      aliases: aliases.filter((a) => a.sourceId === source.id).map((a) => a.alias),
      affiliation: affiliation ? { id: affiliation.id, name: affiliation.name, type: affiliation.type } : null,
      mergedIntoId: source.mergedIntoId,
      createdAt: source.createdAt,
      updatedAt: source.updatedAt,
    };
  });
}
