import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';
import { ArticleEntity } from '../articles/article.entity';
import type { Actor } from '../auth/roles';
import { decodeCursor, encodeCursor, Page } from '../common/pagination/cursor';
import { NotFoundError } from '../common/problem/domain-error';
import { TransactionRunner } from '../database/transaction-runner';
import { listEvidence } from '../evidence/evidence-queries';
import { loadHistory } from '../review/history-queries';
import type { ClaimDetailResponseDto } from './claim-detail.dto';
import type { ClaimResponseDto, CreateClaimDto, ListClaimsQueryDto } from './claim.dto';
import { ClaimEntity } from './claim.entity';
import { claimFromRow, mapClaim } from './claim.mapper';
import { attributionsOf, claimListQuery } from './claim-queries';
import { ClaimWriter } from './claim-writer';

@Injectable()
export class ClaimsService {
  constructor(
    @InjectEntityManager() private readonly manager: EntityManager,
    private readonly transactions: TransactionRunner,
    private readonly writer: ClaimWriter,
  ) {}

  /** A checker marks a span of the article by hand. */
  async createManualClaim(input: CreateClaimDto, actor: Actor): Promise<ClaimResponseDto> {
    const claim = await this.transactions.run(async (manager) => {
      const article = await manager.getRepository(ArticleEntity).findOneBy({ id: input.articleId });
      if (!article || article.deletedAt) throw new NotFoundError('Article', input.articleId);
      return this.writer.create(manager, article, { start: input.start, end: input.end, text: input.text, kind: input.kind, origin: 'manual' }, actor.id);
    });
    return this.getClaim(claim.id);
  }

  async listClaims(query: ListClaimsQueryDto): Promise<Page<ClaimResponseDto>> {
    const limit = query.limit ?? 50;
    const afterId = decodeCursor(query.cursor);
    const { cursor: _cursor, limit: _limit, ...filter } = query;
    // limit + 1 rows decide whether there is a next page; a claim reached through two attributions of the source comes twice.
    const rows = await claimListQuery(this.manager, filter, afterId, limit).getRawMany<Record<string, unknown>>();
    const pageRows = rows.slice(0, limit);
    const pageIds = pageRows.map((row) => Number(row.c_id));
    const claims = pageRows.filter((row, index) => index === 0 || pageRows[index - 1].c_id !== row.c_id).map(claimFromRow);
    const attributions = await attributionsOf(this.manager, claims.map((claim) => claim.id));
    return {
      items: claims.map((claim) => mapClaim(claim, attributions.get(claim.id) ?? [])),
      nextCursor: rows.length > limit ? encodeCursor(pageIds[pageIds.length - 1]) : null,
    };
  }

  async getClaim(id: number, manager: EntityManager = this.manager): Promise<ClaimResponseDto> {
    const claim = await manager.getRepository(ClaimEntity).findOneBy({ id });
    if (!claim) throw new NotFoundError('Claim', id);
    const attributions = await attributionsOf(manager, [id]);
    return mapClaim(claim, attributions.get(id) ?? []);
  }

  async getClaimDetail(id: number): Promise<ClaimDetailResponseDto> {
    const claim = await this.getClaim(id);
    const [evidence, history] = await Promise.all([listEvidence(this.manager, id), loadHistory(this.manager, id)]);
    return { ...claim, evidence, history: history.items, historyVerified: history.verified };
  }
}
