import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager, IsNull } from 'typeorm';
import { AttributionEntity } from '../claims/attribution.entity';
import { ClaimEntity } from '../claims/claim.entity';
import { decodeCursor, Page, toPage } from '../common/pagination/cursor';
import { ConflictError, NotFoundError, RuleViolationError } from '../common/problem/domain-error';
import { searchKey } from '../common/text/search-key';
import { isoNow } from '../common/time';
import { TransactionRunner } from '../database/transaction-runner';
import { resolveRegistrySource } from '../extraction';
import type { CreateSourceDto, ListSourcesQueryDto, SourceDetailResponseDto, SourceResponseDto, UpdateSourceDto } from './source.dto';
import { SourceEntity } from './source.entity';
import { mapSources } from './source.mapper';
import { SourceAliasEntity } from './source-alias.entity';

@Injectable()
export class SourcesService {
  constructor(
    @InjectEntityManager() private readonly manager: EntityManager,
    private readonly transactions: TransactionRunner,
  ) {}

  async createSource(input: CreateSourceDto): Promise<SourceResponseDto> {
    const source = await this.transactions.run((manager) => this.createIn(manager, input));
    return (await mapSources(this.manager, [source]))[0];
  }

  /** Also used by extraction and the demo import, inside their transactions. */
  async createIn(manager: EntityManager, input: CreateSourceDto): Promise<SourceEntity> {
    const nameKey = searchKey(input.name);
    const existing = await manager.getRepository(SourceEntity).findOneBy({ nameKey, mergedIntoId: IsNull() });
    if (existing) {
      throw new ConflictError(`A source named "${existing.name}" already exists as source ${existing.id}.`, { rule: 'no-duplicate-sources', existingSourceId: existing.id });
    }
    const affiliationId = input.affiliationId ?? input.affiliation;
    if (affiliationId !== undefined) await this.findLive(manager, affiliationId);
    // A well-known name brings its type and country from the registry when the client gives none.
    const known = input.type === undefined || input.country === undefined ? resolveRegistrySource(input.name) : null;
    const now = isoNow();
    const source = await manager.getRepository(SourceEntity).save({
      name: input.name.trim(), nameKey, type: input.type ?? known?.type ?? 'other', country: input.country ?? known?.country ?? null, affiliationId: affiliationId ?? null,
      mergedIntoId: null, createdAt: now, updatedAt: now,
    });
    await this.replaceAliases(manager, source, input.aliases ?? []);
    return source;
  }

  private async replaceAliases(manager: EntityManager, source: SourceEntity, aliases: string[]): Promise<void> {
    await manager.getRepository(SourceAliasEntity).delete({ sourceId: source.id });
    const seen = new Set([source.nameKey]);
    for (const alias of aliases) {
      const aliasKey = searchKey(alias);
      if (!aliasKey || seen.has(aliasKey)) continue;
      seen.add(aliasKey);
      await manager.getRepository(SourceAliasEntity).insert({ sourceId: source.id, alias: alias.trim(), aliasKey });
    }
  }

  async findLive(manager: EntityManager, id: number): Promise<SourceEntity> {
    const source = await manager.getRepository(SourceEntity).findOneBy({ id });
    if (!source) throw new NotFoundError('Source', id);
    if (source.mergedIntoId !== null) throw new RuleViolationError('source-merged', `Source ${id} was merged into source ${source.mergedIntoId}: use that one.`);
    return source;
  }

  async listSources(query: ListSourcesQueryDto): Promise<Page<SourceResponseDto>> {
    const limit = query.limit ?? 50;
    const afterId = decodeCursor(query.cursor);
    const select = this.manager.getRepository(SourceEntity).createQueryBuilder('s').where('s.merged_into_id IS NULL');
    if (query.q) {
      const pattern = `%${searchKey(query.q)}%`;
      select.andWhere('(s.name_key LIKE :pattern OR s.id IN (SELECT sa.source_id FROM source_aliases sa WHERE sa.alias_key LIKE :pattern))', { pattern });
    }
    if (query.type) select.andWhere('s.type = :type', { type: query.type });
    if (query.country) select.andWhere('s.country = :country', { country: query.country });
    if (afterId !== null) select.andWhere('s.id > :afterId', { afterId });
    const sources = await select.orderBy('s.id', 'ASC').limit(limit + 1).getMany();
    const mapped = await mapSources(this.manager, sources.slice(0, limit));
    return toPage(sources, limit, (source) => mapped.find((m) => m.id === source.id)!);
  }

  async getSource(id: number): Promise<SourceDetailResponseDto> {
    const source = await this.manager.getRepository(SourceEntity).findOneBy({ id });
    if (!source) throw new NotFoundError('Source', id);
    const [mapped] = await mapSources(this.manager, [source]);
    const byStatusRows = await this.manager
      .getRepository(AttributionEntity)
      .createQueryBuilder('a')
      .innerJoin(ClaimEntity, 'c', 'c.id = a.claim_id')
      .select('c.status', 'status')
      .addSelect('COUNT(DISTINCT c.id)', 'count')
      .where('a.source_id = :id', { id })
      .groupBy('c.status')
      .getRawMany<{ status: string; count: string | number }>();
    const byStatus = Object.fromEntries(byStatusRows.map((row) => [row.status, Number(row.count)]));
    const claims = await this.manager
      .getRepository(AttributionEntity)
      .createQueryBuilder('a')
      .innerJoin(ClaimEntity, 'c', 'c.id = a.claim_id')
      .select(['c.id AS "id"', 'c.article_id AS "articleId"', 'c.text AS "text"', 'c.status AS "status"', 'a.role AS "role"', 'a.cue AS "cue"'])
      .where('a.source_id = :id', { id })
      .orderBy('a.claim_id', 'DESC')
      .limit(100)
      .getRawMany();
    const members = await this.manager.getRepository(SourceEntity).find({ where: { affiliationId: id, mergedIntoId: IsNull() }, select: { id: true, name: true, type: true }, order: { name: 'ASC' } });
    return {
      ...mapped,
      record: { byStatus, total: Object.values(byStatus).reduce((sum, n) => sum + n, 0) },
      members: members.map((m) => ({ id: m.id, name: m.name, type: m.type })),
      claims: claims.map((c) => ({ ...c, id: Number(c.id), articleId: Number(c.articleId) })),
    };
  }

  async updateSource(id: number, input: UpdateSourceDto): Promise<SourceResponseDto> {
    const source = await this.transactions.run(async (manager) => {
      const source = await this.findLive(manager, id);
      if (input.name !== undefined) {
        const nameKey = searchKey(input.name);
        const clash = await manager.getRepository(SourceEntity).findOneBy({ nameKey, mergedIntoId: IsNull() });
        if (clash && clash.id !== id) throw new ConflictError(`A source named "${clash.name}" already exists as source ${clash.id}: merge them instead.`, { existingSourceId: clash.id });
        Object.assign(source, { name: input.name.trim(), nameKey });
      }
      if (input.type !== undefined) source.type = input.type;
      if (input.country !== undefined) source.country = input.country;
      const affiliationId = input.affiliationId !== undefined ? input.affiliationId : input.affiliation;
      if (affiliationId !== undefined) {
        if (affiliationId !== null) await this.refuseAffiliationCycle(manager, id, affiliationId);
        source.affiliationId = affiliationId;
      }
      source.updatedAt = isoNow();
      await manager.getRepository(SourceEntity).save(source);
      if (input.aliases !== undefined) await this.replaceAliases(manager, source, input.aliases);
      return source;
    });
    return (await mapSources(this.manager, [source]))[0];
  }

  /** A person cannot speak for themselves, nor for an organisation that (through others) speaks for them. */
  private async refuseAffiliationCycle(manager: EntityManager, id: number, affiliationId: number): Promise<void> {
    let current: number | null = affiliationId;
    for (let depth = 0; current !== null && depth < 50; depth++) {
      if (current === id) throw new RuleViolationError('affiliation-without-cycles', `Source ${id} cannot be affiliated with ${affiliationId}: that would make it its own affiliation.`);
      current = (await this.findLive(manager, current)).affiliationId;
    }
  }
}
