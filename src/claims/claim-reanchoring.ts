import { Injectable } from '@nestjs/common';
import { CodePointIndex } from '../common/text/code-points';
import type { WriteTx } from '../database/write-tx';
import { reanchor } from './anchoring';
import type { ArticleText } from './claim-writer';
import { ClaimWriter } from './claim-writer';
import { ClaimsRepository } from './claims.repository';

export interface ReanchorReport {
  unchanged: number;
  moved: number;
  orphanedClaimIds: number[];
}

/** After a body revision, finds every claim's words again and records in its history where they went. */
@Injectable()
export class ClaimReanchoring {
  constructor(
    private readonly claims: ClaimsRepository,
    private readonly writer: ClaimWriter,
  ) {}

  async reanchorClaims(tx: WriteTx, article: ArticleText & { revision: number }, actorId: number): Promise<ReanchorReport> {
    const body = new CodePointIndex(article.body);
    const report: ReanchorReport = { unchanged: 0, moved: 0, orphanedClaimIds: [] };
    for (const claim of await this.claims.lockAll(tx, (await this.claims.ofArticle(article.id, tx)).map((c) => c.id))) {
      const previous = { exact: claim.quoteExact, prefix: claim.quotePrefix, suffix: claim.quoteSuffix, start: claim.quoteStart, end: claim.quoteEnd };
      const found = reanchor(body, previous);
      if (found && found.method === 'position' && !claim.orphaned) {
        report.unchanged++;
        await this.writer.moveAnchor(tx, claim, { quotePrefix: found.quote.prefix, quoteSuffix: found.quote.suffix }, null);
        continue;
      }
      if (!found) {
        report.orphanedClaimIds.push(claim.id);
        if (claim.orphaned) continue;
        // The old quote is kept as it was: it is the record of what the claim was about.
        await this.writer.moveAnchor(tx, claim, { orphaned: true }, {
          action: 'orphaned', actorId, note: 'The words of this claim are gone from the revised article.', details: { revision: article.revision, previous },
        });
        continue;
      }
      report.moved++;
      const { quote, method } = found;
      await this.writer.moveAnchor(
        tx, claim,
        { quoteExact: quote.exact, quotePrefix: quote.prefix, quoteSuffix: quote.suffix, quoteStart: quote.start, quoteEnd: quote.end, orphaned: false },
        { action: 'reanchored', actorId, details: { revision: article.revision, method, previous, current: quote } },
        article,
      );
    }
    return report;
  }
}
