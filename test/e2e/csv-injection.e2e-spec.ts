import { parse as parseCsv } from 'csv-parse/sync';
import { bearer, TestApp } from '../support/test-app';

/**
 * CSV row injection: text holding a bare carriage return (or line feed) followed by a formula must
 * stay inside its quoted cell, and no line of any cell may start with a formula (OWASP CSV
 * injection: =, +, -, @, tab, CR). Checked on all three CSV exports, as a spreadsheet import reads them.
 */
describe('CSV exports with line breaks and formulas in the text', () => {
  let t: TestApp;
  let token: string;
  let articleId: number;
  const FORMULA_LINE = /^[=+\-@\t\r]/;

  beforeAll(async () => {
    t = await TestApp.start();
    token = await t.adminToken();
    const body = 'Seoul meldet 3000 Soldaten.\r=cmd|\' /C calc\'!A0 Moskau bestreitet das.\nDie Duma stimmt zu.';
    const article = await t.http.post('/api/articles').set(bearer(token)).send({ title: 'Titel\r@SUM(1+1)', body, language: 'de', extract: false }).expect(201);
    articleId = article.body.id;
    const source = await t.http.post('/api/sources').set(bearer(token)).send({ name: 'NIS\r=HYPERLINK("http://evil.example")', type: 'intelligence_agency', aliases: ['Geheimdienst\n+1+1'] }).expect(201);
    const claim = async (exact: string, text: string) => {
      const start = [...body].join('').indexOf(exact);
      return (await t.http.post('/api/claims').set(bearer(token)).send({ articleId, start, end: start + [...exact].length, text }).expect(201)).body;
    };
    const first = await claim('3000 Soldaten.\r=cmd', 'Seoul meldet\r=cmd|\' /C calc\'!A0');
    const second = await claim('Die Duma stimmt zu', 'Die Duma\r\n-2+3 stimmt zu\r\t=1');
    await t.http.post(`/api/claims/${first.id}/attributions`).set(bearer(token)).send({ sourceId: source.body.id, role: 'speaker', cue: 'laut\r-1+1' }).expect(201);
    await t.http.post(`/api/claims/${second.id}/attributions`).set(bearer(token)).send({ sourceId: source.body.id, role: 'relay', cue: 'meldet' }).expect(201);
  });
  afterAll(() => t.close());

  /**
   * Parsed as a spreadsheet reads it (a bare CR or LF ends a row unless quoted), every cell line by
   * line and every physical line of the file: none may start a formula.
   */
  function expectNoFormulaLine(csv: string) {
    const rows = parseCsv(csv, { bom: true, columns: true, record_delimiter: ['\r\n', '\r', '\n'] }) as Record<string, string>[];
    for (const row of rows) {
      for (const [column, value] of Object.entries(row)) {
        for (const line of value.split(/\r\n|\r|\n/)) expect({ column, line, formula: FORMULA_LINE.test(line) }).toEqual({ column, line, formula: false });
      }
    }
    for (const line of csv.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) expect({ line, formula: FORMULA_LINE.test(line) }).toEqual({ line, formula: false });
    return rows;
  }

  it('article export, one row per claim: two claims, two rows, the text kept in its cell', async () => {
    const response = await t.http.get(`/api/articles/${articleId}/export?format=csv`).set(bearer(token)).expect(200);
    const rows = expectNoFormulaLine(response.text);
    expect(rows).toHaveLength(2);
    expect(rows[0].text).toBe("Seoul meldet\r'=cmd|' /C calc'!A0");
    expect(rows[0].sources).toBe('NIS\r\'=HYPERLINK("http://evil.example")');
    expect(rows[1].text).toBe("Die Duma\r\n'-2+3 stimmt zu\r'\t=1");
    expect(rows[0].article_title).toBe("Titel\r'@SUM(1+1)");
  });

  it('article export, one row per attribution: two attributions, two rows', async () => {
    const response = await t.http.get(`/api/articles/${articleId}/export?format=csv&rows=attributions`).set(bearer(token)).expect(200);
    const rows = expectNoFormulaLine(response.text);
    expect(rows).toHaveLength(2);
    expect(rows[0].cue).toBe("laut\r'-1+1");
    expect(rows[0].source_aliases).toBe("Geheimdienst\n'+1+1");
  });

  it('whole-desk export: two claims, two rows', async () => {
    const response = await t.http.get('/api/exports/claims?format=csv').set(bearer(token)).expect(200);
    const rows = expectNoFormulaLine(response.text);
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.text.startsWith('Seoul'))!.exact).toBe("3000 Soldaten.\r'=cmd");
  });
});
