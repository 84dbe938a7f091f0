import { Injectable } from '@nestjs/common';
import { ArticleText, ClaimWriter, NewClaim } from '../claims/claim-writer';
import { ClaimsRepository } from '../claims/claims.repository';
import type { AttributionRole } from '../common/vocabulary';
import type { WriteTx } from '../database/write-tx';
import { extractClaims, type ExtractionLanguage, type ExtractionResult, type HeadlineCheck } from '../extraction';
import { SourceResolver } from '../sources/source-resolver';

export interface ExtractionOutcome {
  created: number;
  skipped: number;
  language: ExtractionLanguage;
  headline: HeadlineCheck | null;
}

/** The extractor reads German and English; other languages are left to people. */
function extractionLanguage(language: string): ExtractionLanguage | undefined {
  const base = language.toLowerCase().split('-')[0];
  return base === 'de' || base === 'en' ? base : undefined;
}

/** Runs the pure extractor on an article's words. CPU only: callers run it before their transaction, so the writer never waits for it. */
export function extractFrom(article: { body: string; language: string; title: string }): ExtractionResult {
  return extractClaims(article.body, { language: extractionLanguage(article.language), title: article.title });
}

/**
 * Puts an article's extracted claims on the desk, inside the caller's transaction: `unverified`,
 * origin `extracted`, with the extractor's confidence and sources resolved to Source records. A
 * claim already on the desk at the same words (by hand or by an earlier run) is not added again.
 * The caller holds the sources lock (shared), since new sources may be made.
 */
@Injectable()
export class ArticleExtraction {
  constructor(
    private readonly writer: ClaimWriter,
    private readonly claims: ClaimsRepository,
    private readonly resolver: SourceResolver,
  ) {}

  async putOnDesk(tx: WriteTx, article: ArticleText, result: ExtractionResult, actorId: number, options: { newArticle?: boolean } = {}): Promise<ExtractionOutcome> {
    // An article inserted in this transaction has no claims yet: an import does not ask.
    const existing = options.newArticle ? [] : await this.claims.ofArticle(article.id, tx);
    const taken = new Set(existing.map((claim) => `${claim.quoteStart}:${claim.quoteEnd}`));
    const resolveSource = await this.resolver.forImport(tx, result.claims.flatMap((claim) => claim.attributions.map((a) => a.source)));
    const toCreate: NewClaim[] = [];
    for (const claim of result.claims) {
      const span = `${claim.quote.start}:${claim.quote.end}`;
      if (taken.has(span)) continue;
      taken.add(span);
      const attributions: { sourceId: number; role: AttributionRole; cue: string | null }[] = [];
      for (const attribution of claim.attributions) {
        const sourceId = await resolveSource(attribution.source);
        if (!attributions.some((a) => a.sourceId === sourceId && a.role === attribution.role)) attributions.push({ sourceId, role: attribution.role, cue: attribution.cue });
      }
      toCreate.push({
        start: claim.quote.start, end: claim.quote.end, text: claim.text, kind: claim.kind, origin: 'extracted',
        confidence: claim.confidence, hedged: claim.hedged, attributions,
      });
    }
    await this.writer.createMany(tx, article, toCreate, actorId);
    const created = toCreate.length;
    return { created, skipped: result.claims.length - created, language: result.language, headline: result.headline ?? null };
  }
}
