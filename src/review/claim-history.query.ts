import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';
import { ClaimEntity } from '../claims/claim.entity';
import { NotFoundError } from '../common/problem/domain-error';
import { loadHistory } from './history-queries';
import type { ClaimHistoryResponseDto } from './review.dto';

@Injectable()
export class ClaimHistoryQuery {
  constructor(@InjectEntityManager() private readonly manager: EntityManager) {}

  async historyOf(claimId: number): Promise<ClaimHistoryResponseDto> {
    if (!(await this.manager.getRepository(ClaimEntity).existsBy({ id: claimId }))) throw new NotFoundError('Claim', claimId);
    const { items, verified } = await loadHistory(this.manager, claimId);
    return { claimId, verified, items };
  }
}
