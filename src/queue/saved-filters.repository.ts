import { Injectable } from '@nestjs/common';
import { Database } from '../database/database';
import type { WriteTx } from '../database/write-tx';
import { SavedFilterEntity } from './saved-filter.entity';

/** The only code that reads or writes saved_filters. */
@Injectable()
export class SavedFiltersRepository {
  constructor(private readonly db: Database) {}

  /** A user's own filters and those shared with the desk, by name. */
  visibleTo(userId: number): Promise<SavedFilterEntity[]> {
    return this.db.read((m) => m.getRepository(SavedFilterEntity).createQueryBuilder('f')
      .where('f.owner_id = :userId OR f.shared = :shared', { userId, shared: true })
      .orderBy('f.name', 'ASC').addOrderBy('f.id', 'ASC')
      .limit(200)
      .getMany());
  }

  findById(id: number, tx: WriteTx): Promise<SavedFilterEntity | null> {
    return tx.manager.getRepository(SavedFilterEntity).findOneBy({ id });
  }

  countOwned(tx: WriteTx, ownerId: number): Promise<number> {
    return tx.manager.getRepository(SavedFilterEntity).countBy({ ownerId });
  }

  insert(tx: WriteTx, row: Omit<SavedFilterEntity, 'id'>): Promise<SavedFilterEntity> {
    return tx.manager.getRepository(SavedFilterEntity).save(tx.manager.getRepository(SavedFilterEntity).create(row));
  }

  async delete(tx: WriteTx, id: number): Promise<void> {
    await tx.manager.getRepository(SavedFilterEntity).delete({ id });
  }
}
