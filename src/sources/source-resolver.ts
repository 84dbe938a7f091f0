import { Injectable } from '@nestjs/common';
import { searchKey } from '../common/text/search-key';
import type { WriteTx } from '../database/write-tx';
import type { AffiliationRef, SourceRef } from '../extraction';
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
    await tx.lockAll(refs.flatMap((ref) => [...namesOf(ref), ...(ref.affiliation ? namesOf(ref.affiliation) : [])]).map(sourceNameLock));
    const resolved = new Map<string, Promise<number>>();
    const resolve = (ref: SourceRef | AffiliationRef): Promise<number> => {
      const key = searchKey(ref.name);
      if (!resolved.has(key)) resolved.set(key, this.resolve(tx, ref, resolve));
      return resolved.get(key)!;
    };
    return resolve;
  }

  private async resolve(tx: WriteTx, ref: SourceRef | AffiliationRef, resolveOther: (ref: AffiliationRef) => Promise<number>): Promise<number> {
    const affiliation = 'affiliation' in ref && ref.affiliation ? await resolveOther(ref.affiliation) : null;
    const keys = namesOf(ref);
    const existing = await this.repository.findLiveByAnyKey(keys, tx);
    if (existing) {
      // Fill in what the record lacks; never overwrite what a person curated.
      if (affiliation !== null && existing.affiliationId === null && existing.id !== affiliation) {
        await this.repository.update(tx, existing.id, { affiliationId: affiliation });
      }
      return existing.id;
    }
    const created = await this.sources.createIn(tx, {
      name: ref.name, type: ref.type, country: ref.country ?? undefined, aliases: ref.aliases, affiliationId: affiliation ?? undefined,
    });
    return created.id;
  }
}

function namesOf(ref: SourceRef | AffiliationRef): string[] {
  return [...new Set([ref.name, ...ref.aliases].map(searchKey).filter(Boolean))];
}
