import type { ArticleReport, ExportSettings, ReportClaim, ReportSource } from '../report.types';
import { claimsInOrder } from './anchoring';
import { assertValidRatingScale, type ClaimRatingScale, DEFAULT_RATING_SCALES } from './rating-scale';
import { oneLine } from './report-text';
import { articleLocation, claimPageUrl } from './urls';

/**
 * schema.org ClaimReview JSON-LD, one per claim whose verdict an editor approved (approvedAt set);
 * unapproved verdicts never leave the desk this way. Shape: one document with a single
 * `"@context": "https://schema.org"` and the reviews in `@graph`: JSON-LD 1.1 and Google's parser
 * both read `@graph`, it stays a single JSON object (an empty `@graph` when nothing is approved) and
 * the context is stated once. Property choice and mapping: docs/claimreview-crosswalk.md.
 */
export interface ClaimReviewOptions {
  /** A newsroom's own rating scale; default DEFAULT_RATING_SCALES[settings.ratingLabels]. */
  ratingScale?: ClaimRatingScale;
}

type JsonLd = Record<string, unknown>;

function isPublishable(claim: ReportClaim): boolean {
  return !!claim.verdict?.approvedAt;
}

/** Person for people; everything else we track (agencies, governments, anonymous circles) is an Organization. */
function sourceAsAgent(source: ReportSource): JsonLd {
  const agent: JsonLd = { '@type': source.type === 'person' ? 'Person' : 'Organization', name: oneLine(source.name) };
  if (source.aliases.length > 0) agent.alternateName = source.aliases.map(oneLine);
  if (source.type === 'person' && source.affiliation) agent.affiliation = { '@type': 'Organization', name: oneLine(source.affiliation.name) };
  if (source.type !== 'person' && source.affiliation) agent.parentOrganization = { '@type': 'Organization', name: oneLine(source.affiliation.name) };
  return agent;
}

/** Who made the claim: its speakers; failing that, the anonymous circle it is attributed to. Relays only passed it on. */
function claimAuthors(claim: ReportClaim): JsonLd[] {
  for (const role of ['speaker', 'anonymous'] as const) {
    const sources = claim.attributions.filter((a) => a.role === role).map((a) => a.source);
    const distinct = sources.filter((s, i) => sources.findIndex((t) => t.id === s.id) === i);
    if (distinct.length > 0) return distinct.map(sourceAsAgent);
  }
  return [];
}

function buildClaimReview(report: ArticleReport, claim: ReportClaim, settings: ExportSettings, scale: ClaimRatingScale): JsonLd {
  const verdict = claim.verdict!;
  const rating = scale.ratings[verdict.status];
  const { article } = report;
  const appearance: JsonLd = {
    '@type': 'NewsArticle',
    url: articleLocation(settings, article),
    headline: oneLine(article.title),
    inLanguage: article.language,
  };
  if (article.publishedAt) appearance.datePublished = article.publishedAt;
  if (article.outlet) appearance.publisher = { '@type': 'Organization', name: oneLine(article.outlet) };

  // Not `firstAppearance`: wire copy usually appeared elsewhere first, and we do not know where.
  const itemReviewed: JsonLd = { '@type': 'Claim', appearance };
  const authors = claimAuthors(claim);
  if (authors.length > 0) itemReviewed.author = authors.length === 1 ? authors[0] : authors;
  if (article.publishedAt) itemReviewed.datePublished = article.publishedAt;

  const review: JsonLd = {
    '@type': 'ClaimReview',
    url: claimPageUrl(settings, claim),
    claimReviewed: oneLine(claim.text),
    itemReviewed,
    author: { '@type': 'Organization', name: settings.organization.name, url: settings.organization.url },
    reviewRating: {
      '@type': 'Rating',
      ratingValue: rating.ratingValue,
      bestRating: scale.bestRating,
      worstRating: scale.worstRating,
      alternateName: rating.alternateName,
    },
    datePublished: verdict.approvedAt,
    inLanguage: article.language,
  };
  if (verdict.rationale) review.reviewBody = verdict.rationale;
  return review;
}

export function buildClaimReviewDocument(report: ArticleReport, settings: ExportSettings, options: ClaimReviewOptions = {}): JsonLd {
  const scale = options.ratingScale ?? DEFAULT_RATING_SCALES[settings.ratingLabels] ?? DEFAULT_RATING_SCALES.en;
  assertValidRatingScale(scale);
  return {
    '@context': 'https://schema.org',
    '@graph': claimsInOrder(report.claims)
      .filter(isPublishable)
      .map((claim) => buildClaimReview(report, claim, settings, scale)),
  };
}

export function renderClaimReview(report: ArticleReport, settings: ExportSettings, options: ClaimReviewOptions = {}): string {
  return `${JSON.stringify(buildClaimReviewDocument(report, settings, options), null, 2)}\n`;
}
