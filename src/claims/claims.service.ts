import { Injectable } from '@nestjs/common';
import { decodeCursor, encodeCursor, Page } from '../common/pagination/cursor';
import { NotFoundError } from '../common/problem/domain-error';
import type { WriteTx } from '../database/write-tx';
import { ClaimHistory } from '../history/claim-history';
import { HistoryKey } from '../history/history-key';
import type { ClaimHistoryResponseDto } from '../history/history.dto';
import { SourcesService } from '../sources/sources.service';
import type { ClaimResponseDto, ListClaimsQueryDto } from './claim.dto';
import type { ClaimEntity } from './claim.entity';
import { mapClaim } from './claim.mapper';
import { sealOf } from './claim-writer';
import { ClaimsRepository } from './claims.repository';

/** Reading claims as the API shows them: with their attributions and the sources' names. */
@Injectable()
export class ClaimsService {
  constructor(
    private readonly claims: ClaimsRepository,
    private readonly sources: SourcesService,
    private readonly history: ClaimHistory,
    private readonly historyKey: HistoryKey,
  ) {}

  async listClaims(query: ListClaimsQueryDto): Promise<Page<ClaimResponseDto>> {
    const limit = query.limit ?? 50;
    const { cursor, limit: _limit, ...filter } = query;
    const rows = await this.claims.list(filter, decodeCursor(cursor), limit + 1);
    // A claim reached through two attributions of the filtered source comes twice, adjacent: show it once.
    const claims = rows.slice(0, limit).filter((claim, index, all) => index === 0 || all[index - 1].id !== claim.id);
    return { items: await this.describe(claims), nextCursor: rows.length > limit ? encodeCursor(rows[limit - 1].id) : null };
  }

  async getClaim(id: number, tx?: WriteTx): Promise<ClaimResponseDto> {
    const claim = await this.claims.findById(id, tx);
    if (!claim) throw new NotFoundError('Claim', id);
    return (await this.describe([claim], tx))[0];
  }

  /** Claims with their attributions: two more queries for any number of claims. */
  async describe(claims: ClaimEntity[], tx?: WriteTx): Promise<ClaimResponseDto[]> {
    const attributions = await this.claims.attributionsOf(claims.map((c) => c.id), tx);
    const sources = await this.sources.summaries([...attributions.values()].flat().map((a) => a.sourceId), tx);
    return claims.map((claim) => mapClaim(claim, attributions.get(claim.id) ?? [], sources));
  }

  /**
   * A claim's history, verified: every event authenticated and linked, and the claim row agreeing
   * with it (its count and head, and its seal over its own state). See GET /api/audit/verify for
   * the whole desk, including the links between claims.
   */
  async historyOf(claimId: number): Promise<ClaimHistoryResponseDto> {
    const claim = await this.claims.findById(claimId);
    if (!claim) throw new NotFoundError('Claim', claimId);
    const { items, verified } = await this.history.historyOf(claimId);
    const last = items.at(-1);
    const rowAgrees = claim.historyCount === items.length && claim.historyHead === (last?.hash ?? null)
      && claim.historySeal === sealOf(this.historyKey.key, claim, claim.historyCount, claim.historyHead);
    return { claimId, verified: verified && rowAgrees, items };
  }
}
