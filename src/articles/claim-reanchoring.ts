import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ClaimEntity } from '../claims/claim.entity';
import { CodePointIndex } from '../common/text/code-points';
import { isoNow } from '../common/time';
import { ReviewHistory } from '../review/review-history';
import { reanchor } from './anchoring';
import type { ArticleEntity } from './article.entity';
import type { ReanchorReportDto } from './article.dto';

/** After a body revision, finds every claim's words again and records in its history where they went. */
@Injectable()
export class ClaimReanchoring {
  constructor(private readonly history: ReviewHistory) {}

  async reanchorClaims(manager: EntityManager, article: ArticleEntity, actorId: number): Promise<ReanchorReportDto> {
    const body = new CodePointIndex(article.body);
    const claims = await manager.getRepository(ClaimEntity).find({ where: { articleId: article.id }, order: { id: 'ASC' } });
    const report: ReanchorReportDto = { unchanged: 0, moved: 0, orphanedClaimIds: [] };
    for (const claim of claims) {
      const previous = { exact: claim.quoteExact, prefix: claim.quotePrefix, suffix: claim.quoteSuffix, start: claim.quoteStart, end: claim.quoteEnd };
      const found = reanchor(body, previous);
      if (found && found.method === 'position' && !claim.orphaned) {
        report.unchanged++;
        await manager.getRepository(ClaimEntity).update({ id: claim.id }, { quotePrefix: found.quote.prefix, quoteSuffix: found.quote.suffix });
        continue;
      }
      if (!found) {
        report.orphanedClaimIds.push(claim.id);
        if (claim.orphaned) continue;
        // The old quote is kept as it was: it is the record of what the claim was about.
        await manager.getRepository(ClaimEntity).update({ id: claim.id }, { orphaned: true, updatedAt: isoNow() });
        await this.history.append(manager, { claimId: claim.id, action: 'orphaned', actorId, note: 'The words of this claim are gone from the revised article.', details: { revision: article.revision, previous } });
        continue;
      }
      report.moved++;
      const { quote, method } = found;
      await manager.getRepository(ClaimEntity).update(
        { id: claim.id },
        { quoteExact: quote.exact, quotePrefix: quote.prefix, quoteSuffix: quote.suffix, quoteStart: quote.start, quoteEnd: quote.end, orphaned: false, updatedAt: isoNow() },
      );
      await this.history.append(manager, { claimId: claim.id, action: 'reanchored', actorId, details: { revision: article.revision, method, previous, current: quote } });
    }
    return report;
  }
}
