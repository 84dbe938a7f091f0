import type { ArticleReport, ReportClaim } from '../report.types';
import { claimsInOrder } from './anchoring';
import { csvLines, type CsvCell, UTF8_BOM } from './csv-cells';

/** Options of the `csv` format: one row per claim (default) or one row per attribution. */
export interface CsvExportOptions {
  rows?: 'claims' | 'attributions';
}

/** Joins source names in one cell; `; ` is what the issue and spreadsheets users expect. */
export const SOURCE_SEPARATOR = '; ';

const ARTICLE_CLAIM_CSV_COLUMNS = [
  'article_id', 'article_title', 'claim_number', 'claim_id', 'text', 'kind', 'status', 'origin', 'confidence',
  'exact', 'start', 'end', 'orphaned', 'sources', 'speakers', 'relays', 'evidence_count',
  'verdict', 'verdict_rationale', 'reviewer', 'verdict_given_at', 'approved_by', 'approved_at',
] as const;

const ATTRIBUTION_CSV_COLUMNS = [
  'article_id', 'article_title', 'claim_number', 'claim_id', 'claim_text', 'status', 'attribution_id', 'role', 'cue',
  'source_id', 'source_name', 'source_type', 'source_country', 'source_aliases', 'affiliation',
] as const;

function namesWithRole(claim: ReportClaim, role?: string): string {
  return claim.attributions
    .filter((a) => role === undefined || a.role === role)
    .map((a) => a.source.name)
    .filter((name, i, all) => all.indexOf(name) === i)
    .join(SOURCE_SEPARATOR);
}

function claimRow(report: ArticleReport, claim: ReportClaim): CsvCell[] {
  const v = claim.verdict;
  return [
    report.article.id, report.article.title, claim.number, claim.id, claim.text, claim.kind, claim.status, claim.origin,
    claim.confidence, claim.quote.exact, claim.quote.start, claim.quote.end, claim.orphaned,
    namesWithRole(claim), namesWithRole(claim, 'speaker'), namesWithRole(claim, 'relay'), claim.evidence.length,
    v?.status, v?.rationale, v?.reviewer?.displayName, v?.givenAt, v?.approvedBy?.displayName, v?.approvedAt,
  ];
}

export function renderCsv(report: ArticleReport, options: CsvExportOptions = {}): string {
  const claims = claimsInOrder(report.claims);
  if (options.rows === 'attributions') {
    const rows: CsvCell[][] = [[...ATTRIBUTION_CSV_COLUMNS]];
    for (const claim of claims) {
      for (const a of claim.attributions) {
        rows.push([
          report.article.id, report.article.title, claim.number, claim.id, claim.text, claim.status, a.id, a.role, a.cue,
          a.source.id, a.source.name, a.source.type, a.source.country, a.source.aliases.join(SOURCE_SEPARATOR),
          a.source.affiliation?.name,
        ]);
      }
    }
    return UTF8_BOM + csvLines(rows);
  }
  return UTF8_BOM + csvLines([[...ARTICLE_CLAIM_CSV_COLUMNS], ...claims.map((claim) => claimRow(report, claim))]);
}
