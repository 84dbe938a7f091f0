import type { ArticleReport, ExportSettings } from '../report.types';
import { type ClaimReviewOptions, renderClaimReview } from './claimreview';
import { type CsvExportOptions, renderCsv } from './csv';
import { renderHtml } from './html';
import { renderJson } from './json';
import { renderMarkdown } from './markdown';
import { renderPdf } from './pdf';
import { renderW3c } from './w3c';

/**
 * The export formats of `GET /api/articles/:id/export?format=F`. Each entry is pure: report and
 * settings in, document out; the controller sets Content-Type and a file name with `extension`.
 */
export type ExportFormatName = 'html' | 'pdf' | 'md' | 'json' | 'csv' | 'claimreview' | 'w3c';

/** Options per format: csv takes `{ rows }`, claimreview takes `{ ratingScale }`; the rest take none. */
export type ExportOptions = CsvExportOptions & ClaimReviewOptions;

export interface ExportFormat {
  contentType: string;
  extension: string;
  render(report: ArticleReport, settings: ExportSettings, options?: ExportOptions): string | Buffer | Promise<Buffer>;
}

export const EXPORT_FORMATS: Record<ExportFormatName, ExportFormat> = {
  html: { contentType: 'text/html; charset=utf-8', extension: 'html', render: (r, s) => renderHtml(r, s) },
  pdf: { contentType: 'application/pdf', extension: 'pdf', render: (r, s) => renderPdf(r, s) },
  md: { contentType: 'text/markdown; charset=utf-8; variant=GFM', extension: 'md', render: (r, s) => renderMarkdown(r, s) },
  json: { contentType: 'application/json; charset=utf-8', extension: 'json', render: (r) => renderJson(r) },
  csv: { contentType: 'text/csv; charset=utf-8; header=present', extension: 'csv', render: (r, _s, o) => renderCsv(r, o) },
  claimreview: { contentType: 'application/ld+json; charset=utf-8', extension: 'jsonld', render: (r, s, o) => renderClaimReview(r, s, o) },
  w3c: {
    contentType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8',
    extension: 'jsonld',
    render: (r, s) => renderW3c(r, s),
  },
};

export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as ExportFormatName[];

export function isExportFormatName(value: unknown): value is ExportFormatName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(EXPORT_FORMATS, value);
}

export { ARTICLE_REPORT_JSON_SCHEMA, toOpenApi30Schema } from './json-schema';
