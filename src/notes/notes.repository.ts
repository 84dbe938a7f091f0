import { Injectable } from '@nestjs/common';
import { Database } from '../database/database';
import type { WriteTx } from '../database/write-tx';
import { NoteEntity } from './note.entity';

/** The only code that reads or writes notes. */
@Injectable()
export class NotesRepository {
  constructor(private readonly db: Database) {}

  insert(tx: WriteTx, row: Omit<NoteEntity, 'id'>): Promise<NoteEntity> {
    return tx.manager.getRepository(NoteEntity).save(tx.manager.getRepository(NoteEntity).create(row));
  }

  /** A claim's thread, oldest first (a desk discusses a claim in dozens of notes, not thousands: at most `limit`). */
  ofClaim(claimId: number, limit: number): Promise<NoteEntity[]> {
    return this.db.read((m) => m.getRepository(NoteEntity).find({ where: { claimId }, order: { id: 'ASC' }, take: limit }));
  }
}
