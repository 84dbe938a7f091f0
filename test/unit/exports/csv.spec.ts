import { parse } from 'csv-parse/sync';
import { EXPORT_FORMATS } from '../../../src/exports/formats';
import { renderCsv } from '../../../src/exports/formats/csv';
import { CLAIM_CSV_COLUMNS, claimCsvHeader, claimCsvLine, claimJsonLine, type DeskClaimRow } from '../../../src/exports/formats/desk-stream';
import { buildReport, SETTINGS } from './fixtures';

/** Reads CSV as a spreadsheet import would: UTF-8, BOM stripped, RFC 4180 quoting. */
function read(csv: string): Record<string, string>[] {
  return parse(Buffer.from(csv, 'utf8'), { bom: true, columns: true, record_delimiter: '\r\n' });
}

describe('csv export', () => {
  const report = buildReport();
  const csv = EXPORT_FORMATS.csv.render(report, SETTINGS) as string;
  const rows = read(csv);

  it('starts with a UTF-8 BOM and ends every record with CRLF', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '').includes('\r')).toBe(false);
  });

  it('has one row per claim, in report order, with umlauts and Hangul intact', () => {
    expect(rows.map((r) => r.claim_number)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(rows[0].exact).toBe('Nordkorea hat nach Angaben des südkoreanischen Geheimdienstes 3000 Soldaten nach Russland geschickt');
    expect(rows[3].exact).toBe('die Lage sei „äußerst ernst“');
    expect(rows[3].sources).toBe('윤석열');
    expect(rows[0].article_title).toContain('Südkorea');
  });

  it('joins sources with "; " and keeps quotes and commas inside one cell', () => {
    expect(rows[4].sources).toBe('John Kirby; Yonhap" onmouseover="x');
    expect(rows[4].speakers).toBe('John Kirby');
    expect(rows[4].relays).toBe('Yonhap" onmouseover="x');
    expect(rows[4].verdict_rationale).toBe('Zahl nur von einer Seite; Russland bestreitet.');
  });

  it('neutralises every cell a spreadsheet would run as a formula', () => {
    expect(rows[1].text).toBe("'=SUM(A1) 3000 Soldaten");
    expect(rows[2].text).toBe("'-2+3 Soldaten geschickt, sagt der Präsident");
    for (const row of rows) {
      for (const value of Object.values(row)) expect(value).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it('writes one row per attribution with rows=attributions', () => {
    const attributionRows = read(renderCsv(report, { rows: 'attributions' }));
    expect(attributionRows).toHaveLength(6);
    const kirby = attributionRows.find((r) => r.source_name === 'John Kirby')!;
    expect(kirby).toMatchObject({ claim_number: '5', role: 'speaker', cue: 'bestätigte', source_country: 'US', affiliation: 'US National Security Council' });
    const script = attributionRows.find((r) => r.source_id === '13')!;
    expect(script.source_name).toBe('<script>alert(1)</script>');
    expect(script.claim_text).toBe("'-2+3 Soldaten geschickt, sagt der Präsident");
  });
});

describe('desk stream helpers', () => {
  const row: DeskClaimRow = {
    id: 9, articleId: 7, articleTitle: 'Grüße, "Welt"', text: '@cmd|calc', kind: 'statistic', status: 'in_review', origin: 'manual',
    exact: '=1+1\r\nzweite Zeile', start: 3, end: 17, sources: 'NIS; 윤석열', assigneeId: null, updatedAt: '2024-10-24T10:00:00.000Z',
  };

  it('streams a BOM header and CRLF lines that parse back to the rows', () => {
    const header = claimCsvHeader();
    expect(header).toBe(`\uFEFF${CLAIM_CSV_COLUMNS.join(',')}\r\n`);
    const line = claimCsvLine(row);
    expect(line.endsWith('\r\n')).toBe(true);
    const [parsed] = read(header + line + claimCsvLine({ ...row, id: 10 }));
    expect(parsed).toMatchObject({ id: '9', articleTitle: 'Grüße, "Welt"', text: "'@cmd|calc", exact: "'=1+1\r\nzweite Zeile", sources: 'NIS; 윤석열', assigneeId: '' });
  });

  it('writes JSON Lines with the same columns and no formula guard', () => {
    const line = claimJsonLine(row);
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toContain('\n');
    expect(JSON.parse(line)).toEqual(row);
    expect(Object.keys(JSON.parse(line))).toEqual([...CLAIM_CSV_COLUMNS]);
  });
});
