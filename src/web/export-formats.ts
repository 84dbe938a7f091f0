import { EXPORT_FORMAT_NAMES, ExportFormatName } from '../exports/formats';

const LABELS: Partial<Record<ExportFormatName, string>> = {
  html: 'HTML report', pdf: 'PDF', md: 'Markdown', json: 'JSON', csv: 'CSV', claimreview: 'ClaimReview JSON-LD', w3c: 'W3C annotations',
};

/** One button per format the exporter knows: a new format shows up on the article page by itself. */
export const EXPORT_FORMATS_FOR_PAGE = EXPORT_FORMAT_NAMES.map((format) => ({ format, label: LABELS[format] ?? format.toUpperCase() }));
