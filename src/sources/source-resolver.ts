import { Injectable } from '@nestjs/common';
import { searchKey } from '../common/text/search-key';
import type { WriteTx } from '../database/write-tx';
import type { AffiliationRef, SourceRef } from '../extraction';
import type { SourceEntity } from './source.entity';
import { SourcesRepository } from './sources.repository';
import { sourceNameLock, SourcesService } from './sources.service';

/**
 * Turns the extractor's source references into Source records: an existing source when any of its
 * names or aliases matches (case- and accent-insensitively), else a new one with the extractor's
 * guessed type, country and aliases. A person's organisation is resolved first and linked as their
 * affiliation. One resolver per import, so the same name resolves once.
 */
@Injectable()
export class SourceResolver {
  constructor(
    private readonly sources: SourcesService,
    private readonly repository: SourcesRepository,
  ) {}

  /**
   * Locks every name the import may create (on PostgreSQL), so that two imports naming the same new
   * source at once resolve it one after the other: the second finds the first's record instead of
   * failing on the duplicate name.
   */
  async forImport(tx: WriteTx, refs: readonly SourceRef[]): Promise<(ref: SourceRef | AffiliationRef) => Promise<number>> {
    const names = refs.flatMap((ref) => [...namesOf(ref), ...(ref.affiliation ? namesOf(ref.affiliation) : [])]);
    await tx.lockAll(names.map(sourceNameLock));
    // The sources these names already have, read at once; read again only after this import created or changed one.
    let known: Promise<(keys: readonly string[]) => SourceEntity | null> | null = null;
    const lookUp = async (keys: readonly string[]) => (await (known ??= this.repository.liveByAnyKeys(names, tx)))(keys);
    const resolved = new Map<string, Promise<number>>();
    const resolve = (ref: SourceRef | AffiliationRef): Promise<number> => {
      const key = searchKey(ref.name);
      if (!resolved.has(key)) {
        resolved.set(key, this.resolve(tx, ref, resolve, lookUp, () => (known = null)));
      }
      return resolved.get(key)!;
    };
    return resolve;
  }

  private async resolve(
    tx: WriteTx,
    ref: SourceRef | AffiliationRef,
    resolveOther: (ref: AffiliationRef) => Promise<number>,
    lookUp: (keys: readonly string[]) => Promise<SourceEntity | null>,
    changed: () => void,
  ): Promise<number> {
    const affiliation = 'affiliation' in ref && ref.affiliation ? await resolveOther(ref.affiliation) : null;
    const existing = await lookUp(namesOf(ref));
    if (existing) {
      // Fill in what the record lacks; never overwrite what a person curated.
      if (affiliation !== null && existing.affiliationId === null && existing.id !== affiliation) {
        await this.repository.update(tx, existing.id, { affiliationId: affiliation });
        changed();
      }
      return existing.id;
    }
    const source = await this.sources.createIn(tx, {
      name: ref.name, type: ref.type, country: ref.country ?? undefined, aliases: ref.aliases, affiliationId: affiliation ?? undefined,
    });
    changed();
    return source.id;
  }
}

function namesOf(ref: SourceRef | AffiliationRef): string[] {
  return [...new Set([ref.name, ...ref.aliases].map(searchKey).filter(Boolean))];
}
