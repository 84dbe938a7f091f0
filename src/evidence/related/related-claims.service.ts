import { Injectable } from '@nestjs/common';
import { ArticlesRepository } from '../../articles/articles.repository';
import type { ClaimEntity } from '../../claims/claim.entity';
import { ClaimsRepository } from '../../claims/claims.repository';
import { ClaimsService } from '../../claims/claims.service';
import { NotFoundError } from '../../common/problem/domain-error';
import { EvidenceBasis } from '../evidence-basis';
import { ClaimForMatching, rankCorroboration, searchTermsOf } from './corroboration';
import type { RelatedClaimsResponseDto } from './related-claims.dto';

/** Other coverage of a story appears around the same days: look two weeks either side. */
const WINDOW_DAYS = 14;
const POOL_LIMIT = 300;

/** Corroboration candidates for a claim: evidence a checker may add, never a verdict. */
@Injectable()
export class RelatedClaimsService {
  constructor(
    private readonly claims: ClaimsRepository,
    private readonly described: ClaimsService,
    private readonly articles: ArticlesRepository,
    private readonly basis: EvidenceBasis,
  ) {}

  async relatedTo(claimId: number): Promise<RelatedClaimsResponseDto> {
    const claim = await this.claims.findById(claimId);
    if (!claim) throw new NotFoundError('Claim', claimId);
    const pool = await this.candidatePool(claim);
    const originators = await this.basis.originatorsOf([claim.id, ...pool.map((c) => c.id)]);
    const forMatching = (c: ClaimEntity): ClaimForMatching => ({ id: c.id, articleId: c.articleId, text: c.text, originatorIds: originators.get(c.id)! });
    const ranked = rankCorroboration(forMatching(claim), pool.map(forMatching), await this.basis.circleOf(claimId));
    const byId = new Map(pool.map((c) => [c.id, c]));
    const described = new Map((await this.described.describe(ranked.map((r) => byId.get(r.claimId)!))).map((c) => [c.id, c]));
    return { claimId, items: ranked.map(({ claimId: id, ...match }) => ({ claim: described.get(id)!, ...match })) };
  }

  /** The claim's own article, plus claims in articles of the surrounding days that share a figure or a word. */
  private async candidatePool(claim: ClaimEntity): Promise<ClaimEntity[]> {
    const sameArticle = await this.claims.liveOfArticle(claim.articleId, POOL_LIMIT);
    const article = await this.articles.findById(claim.articleId);
    const terms = searchTermsOf(claim.text);
    if (!article?.publishedAt || terms.length === 0) return sameArticle;
    const day = 86_400_000;
    const around = Date.parse(article.publishedAt);
    const nearby = await this.articles.livePublishedBetween(new Date(around - WINDOW_DAYS * day).toISOString(), new Date(around + WINDOW_DAYS * day).toISOString(), article.id, 2000);
    return [...sameArticle, ...(await this.claims.inArticlesMentioning(nearby, terms, POOL_LIMIT))];
  }
}
