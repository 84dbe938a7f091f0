import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';
import { ArticleEntity } from '../articles/article.entity';
import type { Actor } from '../auth/roles';
import { decodeCursor, Page, toPage } from '../common/pagination/cursor';
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
    const rows = await claimListQuery(this.manager, filter, afterId, limit + 1).getRawMany<Record<string, unknown>>();
    const page = toPage(rows.map(claimFromRow), limit, (claim) => claim);
    // A claim reached through two attributions of the filtered source comes twice, adjacent: show it once.
    const claims = page.items.filter((claim, index, all) => index === 0 || all[index - 1].id !== claim.id);
    const attributions = await attributionsOf(this.manager, claims.map((claim) => claim.id));
    return { items: claims.map((claim) => mapClaim(claim, attributions.get(claim.id) ?? [])), nextCursor: page.nextCursor };
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
