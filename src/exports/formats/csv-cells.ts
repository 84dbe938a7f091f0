import { stringify } from 'csv-stringify/sync';

/**
 * CSV writing shared by the article export and the whole-desk stream. Quoting is csv-stringify's
 * (RFC 4180: fields with comma, quote or line break are quoted, quotes doubled), lines end in CRLF,
 * and a file starts with a UTF-8 BOM so spreadsheet programs open umlauts and Hangul right.
 */
export const UTF8_BOM = '\uFEFF';

export type CsvCell = string | number | boolean | null | undefined;

/**
 * A cell that a spreadsheet would read as a formula (`=SUM(A1)`, `+1`, `-2+3`, `@cmd`, or a leading
 * tab or carriage return) gets a leading apostrophe, the OWASP-recommended neutraliser: the cell shows
 * as text and no formula runs. Only text cells are touched; numbers we write are never negative.
 */
function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function cell(value: CsvCell): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return value;
  return neutraliseFormula(value);
}

/** CSV lines (no BOM) for the given rows, each line ending in CRLF. */
export function csvLines(rows: readonly (readonly CsvCell[])[]): string {
  return stringify(
    rows.map((row) => row.map(cell)),
    { record_delimiter: 'windows', quoted_match: /^\s|\s$/ },
  );
}
