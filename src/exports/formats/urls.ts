import type { ReportArticle, ReportClaim, ExportSettings } from '../report.types';

/** Public URLs the exports point at. One place, so ClaimReview, W3C and HTML agree. */

/** The service's own URL, without a trailing slash. */
export function serviceUrl(settings: ExportSettings): string {
  return settings.baseUrl.replace(/\/+$/, '');
}

/** The page a reader opens for one claim's review (ClaimReview `url`). */
export function claimPageUrl(settings: ExportSettings, claim: Pick<ReportClaim, 'id'>): string {
  return `${serviceUrl(settings)}/claims/${claim.id}`;
}

export function claimApiUrl(settings: ExportSettings, claim: Pick<ReportClaim, 'id'>): string {
  return `${serviceUrl(settings)}/api/claims/${claim.id}`;
}

function articleApiUrl(settings: ExportSettings, article: Pick<ReportArticle, 'id'>): string {
  return `${serviceUrl(settings)}/api/articles/${article.id}`;
}

export function sourceApiUrl(settings: ExportSettings, sourceId: number): string {
  return `${serviceUrl(settings)}/api/sources/${sourceId}`;
}

/** Where the article itself lives: its own URL when it has one, else Claimtrack's copy. */
export function articleLocation(settings: ExportSettings, article: Pick<ReportArticle, 'id' | 'url'>): string {
  return article.url ? serialisedUrl(article.url) : articleApiUrl(settings, article);
}

/**
 * A URL as the WHATWG URL standard writes it: quotes, spaces and non-ASCII percent-encoded. Import
 * accepts what a newsroom pastes (`?q="Kim"`); what JSON-LD readers receive must be a valid IRI.
 */
function serialisedUrl(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}

export function exportUrl(settings: ExportSettings, article: Pick<ReportArticle, 'id'>, format: string): string {
  return `${articleApiUrl(settings, article)}/export?format=${encodeURIComponent(format)}`;
}
