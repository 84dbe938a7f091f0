import { Injectable } from '@nestjs/common';
import { EntityManager, In, IsNull } from 'typeorm';
import { searchKey } from '../common/text/search-key';
import { SourceAliasEntity } from '../sources/source-alias.entity';
import { SourceEntity } from '../sources/source.entity';
import { SourcesService } from '../sources/sources.service';
import type { AffiliationRef, SourceRef } from './types';

/**
 * Turns the extractor's source references into Source records: an existing source when any of its
 * names or aliases matches (case- and accent-insensitively), else a new one with the extractor's
 * guessed type, country and aliases. A person's organisation is resolved first and linked as their
 * affiliation. One resolver per import, so the same name resolves once.
 */
@Injectable()
export class SourceResolver {
  constructor(private readonly sources: SourcesService) {}

  forImport(manager: EntityManager): (ref: SourceRef | AffiliationRef) => Promise<number> {
    const resolved = new Map<string, Promise<number>>();
    const resolve = (ref: SourceRef | AffiliationRef): Promise<number> => {
      const key = searchKey(ref.name);
      if (!resolved.has(key)) resolved.set(key, this.resolve(manager, ref, resolve));
      return resolved.get(key)!;
    };
    return resolve;
  }

  private async resolve(manager: EntityManager, ref: SourceRef | AffiliationRef, resolveOther: (ref: AffiliationRef) => Promise<number>): Promise<number> {
    const affiliation = 'affiliation' in ref && ref.affiliation ? await resolveOther(ref.affiliation) : null;
    const existing = await this.findByAnyName(manager, [ref.name, ...ref.aliases]);
    if (existing) {
      // Fill in what the record lacks; never overwrite what a person curated.
      if (affiliation !== null && existing.affiliationId === null && existing.id !== affiliation) {
        await manager.getRepository(SourceEntity).update({ id: existing.id }, { affiliationId: affiliation });
      }
      return existing.id;
    }
    const created = await this.sources.createIn(manager, {
      name: ref.name, type: ref.type, country: ref.country ?? undefined, aliases: ref.aliases, affiliationId: affiliation ?? undefined,
    });
    return created.id;
  }

  private async findByAnyName(manager: EntityManager, names: string[]): Promise<SourceEntity | null> {
    const keys = [...new Set(names.map(searchKey).filter(Boolean))];
    const repository = manager.getRepository(SourceEntity);
    const byName = await repository.findOne({ where: { nameKey: In(keys), mergedIntoId: IsNull() }, order: { id: 'ASC' } });
    if (byName) return byName;
    const alias = await manager.getRepository(SourceAliasEntity).findOne({ where: { aliasKey: In(keys) }, order: { id: 'ASC' } });
    if (!alias) return null;
    const source = await repository.findOneBy({ id: alias.sourceId });
    return source && source.mergedIntoId === null ? source : null;
  }
}
