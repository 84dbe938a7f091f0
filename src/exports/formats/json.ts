import type { ArticleReport } from '../report.types';

/**
 * The `json` export is the report model itself, validated by ARTICLE_REPORT_JSON_SCHEMA and versioned
 * by `schemaVersion`. Keys are written in a fixed order so two exports of the same data diff cleanly.
 */
export function renderJson(report: ArticleReport): string {
  const document: ArticleReport = {
    schemaVersion: report.schemaVersion,
    generatedAt: report.generatedAt,
    article: report.article,
    claims: report.claims,
    sources: report.sources,
    summary: report.summary,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
