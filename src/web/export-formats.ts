import { EXPORT_FORMAT_NAMES, ExportFormatName } from '../exports/formats';

import type { UserLanguage } from '../common/vocabulary';

const LABELS: Record<UserLanguage, Partial<Record<ExportFormatName, string>>> = {
  en: { html: 'HTML report', pdf: 'PDF', md: 'Markdown', json: 'JSON', csv: 'CSV', claimreview: 'ClaimReview JSON-LD', w3c: 'W3C annotations' },
  de: { html: 'HTML-Bericht', pdf: 'PDF', md: 'Markdown', json: 'JSON', csv: 'CSV', claimreview: 'ClaimReview JSON-LD', w3c: 'W3C-Annotationen' },
};

/** One button per format the exporter knows: a new format shows up on the article page by itself. */
export const exportFormatsForPage = (language: UserLanguage) =>
  EXPORT_FORMAT_NAMES.map((format) => ({ format, label: LABELS[language][format] ?? format.toUpperCase() }));
