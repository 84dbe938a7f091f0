import { stringify } from 'csv-stringify/sync';

/**
 * CSV writing shared by the article export and the whole-desk stream. Quoting is csv-stringify's
 * (RFC 4180: fields with comma or quote are quoted, quotes doubled) plus every field holding a
 * carriage return or line feed, lines end in CRLF, and a file starts with a UTF-8 BOM so spreadsheet
 * programs open umlauts and Hangul right.
 */
export const UTF8_BOM = '\uFEFF';

export type CsvCell = string | number | boolean | null | undefined;

/**
 * Where a spreadsheet may start reading a formula: the start of the cell and, since programs differ
 * in how they split lines (a bare CR ends a row in some), the start of every line inside it.
 */
const FORMULA_AT_LINE_START = /(^|\r\n|\r|\n)(?=[=+\-@\t\r])/g;

/**
 * A line that a spreadsheet would read as a formula (`=SUM(A1)`, `+1`, `-2+3`, `@cmd`, or a leading
 * tab or carriage return) gets a leading apostrophe, the OWASP-recommended neutraliser: the cell shows
 * as text and no formula runs. Only text cells are touched; numbers we write are never negative.
 */
function neutraliseFormula(value: string): string {
  return value.replace(FORMULA_AT_LINE_START, "$1'");
}

function cell(value: CsvCell): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return value;
  return neutraliseFormula(value);
}

/**
 * csv-stringify quotes a field holding the record delimiter (CRLF) but not a bare CR or LF: such a
 * field, written unquoted, would end the row in a spreadsheet and start a new one with whatever
 * follows (`\r=cmd|…`). Quote those, and fields with leading or trailing white space.
 */
const MUST_QUOTE = /[\r\n]|^\s|\s$/;

/** CSV lines (no BOM) for the given rows, each line ending in CRLF. */
export function csvLines(rows: readonly (readonly CsvCell[])[]): string {
  return stringify(
    rows.map((row) => row.map(cell)),
    { record_delimiter: 'windows', quoted_match: MUST_QUOTE },
  );
}
