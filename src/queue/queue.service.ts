import { Injectable } from '@nestjs/common';
import { ForbiddenError, NotFoundError, RuleViolationError } from '../common/problem/domain-error';
import { isoNow } from '../common/time';
import type { Actor } from '../common/vocabulary';
import { Database } from '../database/database';
import type { CreateSavedFilterDto, SavedFilterListDto, SavedFilterResponseDto } from './queue.dto';
import type { SavedFilterEntity } from './saved-filter.entity';
import { SavedFiltersRepository } from './saved-filters.repository';

const MAX_OWN_FILTERS = 50;

/** Saved queue filters: a user's own, and those shared with the desk (which only their owner deletes). */
@Injectable()
export class QueueService {
  constructor(
    private readonly db: Database,
    private readonly filters: SavedFiltersRepository,
  ) {}

  async list(actor: Actor): Promise<SavedFilterListDto> {
    return { items: (await this.filters.visibleTo(actor.id)).map((f) => mapFilter(f, actor)) };
  }

  save(input: CreateSavedFilterDto, actor: Actor): Promise<SavedFilterResponseDto> {
    // Only the queue's own parameters are kept: a saved filter is a query string, never a script or another page.
    const query = new URLSearchParams(input.query.replace(/^\?/, ''));
    query.delete('cursor');
    return this.db.write(async (tx) => {
      if ((await this.filters.countOwned(tx, actor.id)) >= MAX_OWN_FILTERS) throw new RuleViolationError('saved-filters-at-most', `A user keeps at most ${MAX_OWN_FILTERS} saved filters: delete one first.`);
      const saved = await this.filters.insert(tx, { ownerId: actor.id, name: input.name.trim(), query: query.toString(), shared: input.shared ?? false, createdAt: isoNow() });
      return mapFilter(saved, actor);
    });
  }

  async remove(id: number, actor: Actor): Promise<void> {
    await this.db.write(async (tx) => {
      const filter = await this.filters.findById(id, tx);
      if (!filter || (!filter.shared && filter.ownerId !== actor.id)) throw new NotFoundError('Saved filter', id);
      if (filter.ownerId !== actor.id) throw new ForbiddenError('Only the person who saved a filter deletes it.');
      await this.filters.delete(tx, id);
    });
  }
}

function mapFilter(filter: SavedFilterEntity, actor: Actor): SavedFilterResponseDto {
  return { id: filter.id, name: filter.name, query: filter.query, shared: filter.shared, ownerId: filter.ownerId, mine: filter.ownerId === actor.id };
}
