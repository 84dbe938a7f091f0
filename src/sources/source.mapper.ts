import { EntityManager, In } from 'typeorm';
import type { SourceResponseDto } from './source.dto';
import type { SourceEntity } from './source.entity';
import { SourceAliasEntity } from './source-alias.entity';
import { SourceEntity as Source } from './source.entity';

/** Maps a page of sources with their aliases and affiliations in two queries, not two per source. */
export async function mapSources(manager: EntityManager, sources: SourceEntity[]): Promise<SourceResponseDto[]> {
  if (sources.length === 0) return [];
  const ids = sources.map((s) => s.id);
  const aliases = await manager.getRepository(SourceAliasEntity).find({ where: { sourceId: In(ids) }, order: { id: 'ASC' } });
  const affiliationIds = [...new Set(sources.map((s) => s.affiliationId).filter((id): id is number => id !== null))];
  const affiliations = new Map(
    (affiliationIds.length ? await manager.getRepository(Source).find({ where: { id: In(affiliationIds) }, select: { id: true, name: true, type: true } }) : []).map((a) => [a.id, a]),
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
