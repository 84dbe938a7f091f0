import type { ClaimKind, ClaimOrigin } from '../../common/vocabulary';
import type { ClaimStatus } from '../../common/vocabulary';
import { csvLines, UTF8_BOM } from './csv-cells';

/**
 * The whole-desk export (`GET /api/exports/claims?format=csv|jsonl`) is written batch by batch as
 * DeskExport reads the claim list, so it never holds the desk in memory: write `claimCsvHeader()`
 * once, then `claimCsvLines(batch)` per batch (or `claimJsonLine(row)` per row for JSON Lines).
 */
export interface DeskClaimRow {
  id: number;
  articleId: number;
  articleTitle: string;
  text: string;
  kind: ClaimKind;
  status: ClaimStatus;
  origin: ClaimOrigin;
  exact: string;
  start: number;
  end: number;
  /** Source names joined with '; '. */
  sources: string;
  assigneeId: number | null;
  updatedAt: string;
}

export const CLAIM_CSV_COLUMNS = [
  'id', 'articleId', 'articleTitle', 'text', 'kind', 'status', 'origin', 'exact', 'start', 'end', 'sources', 'assigneeId', 'updatedAt',
] as const satisfies readonly (keyof DeskClaimRow)[];

/** The BOM and the header line: the first chunk of the stream. */
export function claimCsvHeader(): string {
  return UTF8_BOM + csvLines([[...CLAIM_CSV_COLUMNS]]);
}

/** One CRLF-terminated CSV line, quoted and formula-neutralised like the article export. */
export function claimCsvLine(row: DeskClaimRow): string {
  return claimCsvLines([row]);
}

/** Many rows as CSV lines in one pass: one writer per batch rather than one per row. */
export function claimCsvLines(rows: readonly DeskClaimRow[]): string {
  return csvLines(rows.map((row) => CLAIM_CSV_COLUMNS.map((column) => row[column])));
}

/** One JSON Lines record (LF-terminated); JSON needs no formula guard. */
export function claimJsonLine(row: DeskClaimRow): string {
  const record: Record<string, unknown> = {};
  for (const column of CLAIM_CSV_COLUMNS) record[column] = row[column];
  return `${JSON.stringify(record)}\n`;
}
