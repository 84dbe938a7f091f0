import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { Brackets, EntityManager } from 'typeorm';
import { ArticleEntity } from '../../articles/article.entity';
import { NotFoundError } from '../../common/problem/domain-error';
import { claimCircle, originatorsOf } from '../../evidence/evidence-queries';
import { ClaimEntity } from '../claim.entity';
import { mapClaim } from '../claim.mapper';
import { attributionsOf } from '../claim-queries';
import { ClaimForMatching, rankCorroboration, searchTermsOf } from './corroboration';
import type { RelatedClaimsResponseDto } from './related-claims.dto';

/** Other coverage of a story appears around the same days: look two weeks either side. */
const WINDOW_DAYS = 14;
const POOL_LIMIT = 300;

@Injectable()
export class RelatedClaimsService {
  constructor(@InjectEntityManager() private readonly manager: EntityManager) {}

  async relatedTo(claimId: number): Promise<RelatedClaimsResponseDto> {
    const claim = await this.manager.getRepository(ClaimEntity).findOneBy({ id: claimId });
    if (!claim) throw new NotFoundError('Claim', claimId);
    const pool = await this.candidatePool(claim);
    const originators = await originatorsOf(this.manager, [claim.id, ...pool.map((c) => c.id)]);
    const forMatching = (c: ClaimEntity): ClaimForMatching => ({ id: c.id, articleId: c.articleId, text: c.text, originatorIds: originators.get(c.id)! });
    const ranked = rankCorroboration(forMatching(claim), pool.map(forMatching), await claimCircle(this.manager, claimId));
    const byId = new Map(pool.map((c) => [c.id, c]));
    const attributions = await attributionsOf(this.manager, ranked.map((r) => r.claimId));
    return {
      claimId,
      items: ranked.map(({ claimId: id, ...match }) => ({ claim: mapClaim(byId.get(id)!, attributions.get(id) ?? []), ...match })),
    };
  }

  /** The claim's own article, plus claims in articles of the surrounding days that share a figure or a word. */
  private async candidatePool(claim: ClaimEntity): Promise<ClaimEntity[]> {
    const claims = this.manager.getRepository(ClaimEntity);
    const sameArticle = await claims.find({ where: { articleId: claim.articleId }, take: POOL_LIMIT, order: { id: 'ASC' } });
    const article = await this.manager.getRepository(ArticleEntity).findOneBy({ id: claim.articleId });
    const terms = searchTermsOf(claim.text);
    if (!article?.publishedAt || terms.length === 0) return sameArticle;
    const day = 86_400_000;
    const around = Date.parse(article.publishedAt);
    const nearby = await this.manager
      .getRepository(ArticleEntity)
      .createQueryBuilder('a')
      .select('a.id', 'id')
      .where('a.published_at >= :from AND a.published_at <= :to AND a.deleted_at IS NULL AND a.id <> :own', {
        from: new Date(around - WINDOW_DAYS * day).toISOString(), to: new Date(around + WINDOW_DAYS * day).toISOString(), own: article.id,
      })
      .limit(2000)
      .getRawMany<{ id: number }>();
    if (nearby.length === 0) return sameArticle;
    const elsewhere = await claims
      .createQueryBuilder('c')
      .where('c.article_id IN (:...articleIds)', { articleIds: nearby.map((a) => Number(a.id)) })
      .andWhere(new Brackets((any) => terms.forEach((term, i) => any.orWhere(`LOWER(c.text) LIKE :term${i}`, { [`term${i}`]: `%${term}%` }))))
      .orderBy('c.id', 'DESC')
      .limit(POOL_LIMIT)
      .getMany();
    return [...sameArticle, ...elsewhere];
  }
}
