import { Injectable } from '@nestjs/common';
import { decodeCursor, Page, toPage } from '../common/pagination/cursor';
import { ConflictError, NotFoundError, RuleViolationError } from '../common/problem/domain-error';
import { searchKey } from '../common/text/search-key';
import { isoNow } from '../common/time';
import { Database } from '../database/database';
import type { WriteTx } from '../database/write-tx';
import { resolveRegistrySource } from '../extraction';
import type { CreateSourceDto, ListSourcesQueryDto, SourceDetailResponseDto, SourceResponseDto, UpdateSourceDto } from './source.dto';
import type { SourceEntity } from './source.entity';
import type { SourceSummaryDto } from './source-summary.dto';
import { SourcesRepository } from './sources.repository';

/** Sources name who claims are attributed to; every transaction that points at one holds this lock shared, merges hold it alone. */
export const SOURCES_LOCK = 'sources';
/** The named lock under which a source with this name (search key) is looked for and created. */
export const sourceNameLock = (nameKey: string): string => `source-name:${nameKey}`;

@Injectable()
export class SourcesService {
  constructor(
    private readonly db: Database,
    private readonly sources: SourcesRepository,
  ) {}

  async createSource(input: CreateSourceDto): Promise<SourceResponseDto> {
    const source = await this.db.write((tx) => this.createIn(tx, input));
    return (await this.sources.describe([source]))[0];
  }

  /** Also used by the extraction's source resolution, inside its transaction. */
  async createIn(tx: WriteTx, input: CreateSourceDto): Promise<SourceEntity> {
    await tx.lock(SOURCES_LOCK, 'shared');
    const nameKey = searchKey(input.name);
    await tx.lockAll([nameKey, ...(input.aliases ?? []).map(searchKey)].filter(Boolean).map(sourceNameLock));
    const existing = await this.sources.findLiveByNameKey(nameKey, tx);
    if (existing) {
      throw new ConflictError(`A source named "${existing.name}" already exists as source ${existing.id}.`, { rule: 'no-duplicate-sources', existingSourceId: existing.id });
    }
    const affiliationId = input.affiliationId ?? input.affiliation;
    if (affiliationId !== undefined) await this.findLive(affiliationId, tx);
    // A well-known name brings its type and country from the registry when the client gives none.
    const known = input.type === undefined || input.country === undefined ? resolveRegistrySource(input.name) : null;
    const now = isoNow();
    const source = await this.sources.insert(tx, {
      name: input.name.trim(), nameKey, type: input.type ?? known?.type ?? 'other', country: input.country ?? known?.country ?? null, affiliationId: affiliationId ?? null,
      mergedIntoId: null, createdAt: now, updatedAt: now,
    });
    await this.sources.replaceAliases(tx, source.id, distinctAliases(source.nameKey, input.aliases ?? []));
    return source;
  }

  /** A source that can be pointed at: it exists and was not merged into another. */
  async findLive(id: number, tx?: WriteTx): Promise<SourceEntity> {
    const source = await this.sources.findById(id, tx);
    if (!source) throw new NotFoundError('Source', id);
    if (source.mergedIntoId !== null) throw new RuleViolationError('source-merged', `Source ${id} was merged into source ${source.mergedIntoId}: use that one.`);
    return source;
  }

  summaries(ids: readonly number[], tx?: WriteTx): Promise<Map<number, SourceSummaryDto>> {
    return this.sources.summaries(ids, tx);
  }

  affiliationsOf(ids: readonly number[], tx?: WriteTx): Promise<Map<number, number | null>> {
    return this.sources.affiliationsOf(ids, tx);
  }

  async listSources(query: ListSourcesQueryDto): Promise<Page<SourceResponseDto>> {
    const limit = query.limit ?? 50;
    const sources = await this.sources.list({ key: query.q ? searchKey(query.q) : undefined, type: query.type, country: query.country, afterId: decodeCursor(query.cursor), rows: limit + 1 });
    const described = new Map((await this.sources.describe(sources.slice(0, limit))).map((s) => [s.id, s]));
    return toPage(sources, limit, (source) => described.get(source.id)!);
  }

  async getSource(id: number): Promise<SourceDetailResponseDto> {
    const source = await this.sources.findById(id);
    if (!source) throw new NotFoundError('Source', id);
    const [[described], members] = await Promise.all([this.sources.describe([source]), this.sources.members(id)]);
    return { ...described, members };
  }

  async updateSource(id: number, input: UpdateSourceDto): Promise<SourceResponseDto> {
    const source = await this.db.write(async (tx) => {
      await tx.lock(SOURCES_LOCK, 'shared');
      await tx.lockAll([input.name ?? '', ...(input.aliases ?? [])].map(searchKey).filter(Boolean).map(sourceNameLock));
      const source = await this.findLive(id, tx);
      const changes: Partial<SourceEntity> = { updatedAt: isoNow() };
      if (input.name !== undefined) {
        const nameKey = searchKey(input.name);
        const clash = await this.sources.findLiveByNameKey(nameKey, tx);
        if (clash && clash.id !== id) throw new ConflictError(`A source named "${clash.name}" already exists as source ${clash.id}: merge them instead.`, { existingSourceId: clash.id });
        Object.assign(changes, { name: input.name.trim(), nameKey });
      }
      if (input.type !== undefined) changes.type = input.type;
      if (input.country !== undefined) changes.country = input.country;
      const affiliationId = input.affiliationId !== undefined ? input.affiliationId : input.affiliation;
      if (affiliationId !== undefined) {
        if (affiliationId !== null) await this.refuseAffiliationCycle(tx, id, affiliationId);
        changes.affiliationId = affiliationId;
      }
      await this.sources.update(tx, id, changes);
      const updated = { ...source, ...changes };
      if (input.aliases !== undefined) await this.sources.replaceAliases(tx, id, distinctAliases(updated.nameKey, input.aliases));
      return updated;
    });
    return (await this.sources.describe([source]))[0];
  }

  /** A person cannot speak for themselves, nor for an organisation that (through others) speaks for them. */
  private async refuseAffiliationCycle(tx: WriteTx, id: number, affiliationId: number): Promise<void> {
    let current: number | null = affiliationId;
    for (let depth = 0; current !== null && depth < 50; depth++) {
      if (current === id) throw new RuleViolationError('affiliation-without-cycles', `Source ${id} cannot be affiliated with ${affiliationId}: that would make it its own affiliation.`);
      current = (await this.findLive(current, tx)).affiliationId;
    }
  }
}

/** Aliases as stored: each search key once, and none equal to the name's. */
export function distinctAliases(nameKey: string, aliases: string[]): { alias: string; aliasKey: string }[] {
  const seen = new Set([nameKey]);
  const distinct: { alias: string; aliasKey: string }[] = [];
  for (const alias of aliases) {
    const aliasKey = searchKey(alias);
    if (!aliasKey || seen.has(aliasKey)) continue;
    seen.add(aliasKey);
    distinct.push({ alias: alias.trim(), aliasKey });
  }
  return distinct;
}
