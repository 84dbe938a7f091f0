import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { ArticleEntity } from '../articles/article.entity';
import { ClaimEntity } from '../claims/claim.entity';
import type { AttributionRole } from '../common/vocabulary';
import { ClaimWriter, type NewClaim } from '../claims/claim-writer';
import { extractClaims } from './index';
import { SourceResolver } from './source-resolver';
import type { ExtractionLanguage, HeadlineCheck } from './types';

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

/**
 * Puts an article's extracted claims on the desk, inside the caller's transaction: `unverified`,
 * origin `extracted`, with the extractor's confidence and sources resolved to Source records. A
 * claim already on the desk at the same words (by hand or by an earlier run) is not added again.
 */
@Injectable()
export class ClaimExtractionService {
  constructor(
    private readonly writer: ClaimWriter,
    private readonly resolver: SourceResolver,
  ) {}

  async runExtraction(manager: EntityManager, article: ArticleEntity, actorId: number): Promise<ExtractionOutcome> {
    const result = extractClaims(article.body, { language: extractionLanguage(article.language), title: article.title });
    const existing = await manager.getRepository(ClaimEntity).find({ where: { articleId: article.id }, select: { quoteStart: true, quoteEnd: true } });
    const taken = new Set(existing.map((claim) => `${claim.quoteStart}:${claim.quoteEnd}`));
    const resolveSource = this.resolver.forImport(manager);
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
    await this.writer.createMany(manager, article, toCreate, actorId);
    const created = toCreate.length;
    return { created, skipped: result.claims.length - created, language: result.language, headline: result.headline ?? null };
  }
}
