import { Injectable } from '@nestjs/common';
import { Database } from '../database/database';
import type { WriteTx } from '../database/write-tx';
import { EvidenceEntity } from './evidence.entity';

export type NewEvidenceRow = Omit<EvidenceEntity, 'id'>;

/** The only code that reads or writes evidence. */
@Injectable()
export class EvidenceRepository {
  constructor(private readonly db: Database) {}

  ofClaim(claimId: number, tx?: WriteTx): Promise<EvidenceEntity[]> {
    return this.db.reading(tx, (m) => m.getRepository(EvidenceEntity).find({ where: { claimId }, order: { id: 'ASC' } }));
  }

  ofClaims(claimIds: readonly number[]): Promise<EvidenceEntity[]> {
    if (claimIds.length === 0) return Promise.resolve([]);
    return this.db.read((m) => m.getRepository(EvidenceEntity).createQueryBuilder('e').where('e.claim_id IN (:...claimIds)', { claimIds: [...claimIds] }).orderBy('e.id', 'ASC').getMany());
  }

  findOne(tx: WriteTx, claimId: number, id: number): Promise<EvidenceEntity | null> {
    return tx.manager.getRepository(EvidenceEntity).findOneBy({ id, claimId });
  }

  insert(tx: WriteTx, row: NewEvidenceRow): Promise<EvidenceEntity> {
    return tx.manager.getRepository(EvidenceEntity).save(tx.manager.getRepository(EvidenceEntity).create(row));
  }

  async delete(tx: WriteTx, id: number): Promise<void> {
    await tx.manager.getRepository(EvidenceEntity).delete({ id });
  }

  /** Evidence published by a merged source now names the survivor; returns how many pieces moved. */
  async movePublisher(tx: WriteTx, fromSourceId: number, intoSourceId: number): Promise<number> {
    const result = await tx.manager.getRepository(EvidenceEntity).update({ sourceId: fromSourceId }, { sourceId: intoSourceId });
    return result.affected ?? 0;
  }
}
