import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { runExport } from '../../src/cli/commands/export';
import { UsageError } from '../../src/cli/usage-error';
import { all, attr, hasAttr, parseHtml, textContent } from '../unit/exports/html-dom';
import { bearer, TestApp } from '../support/test-app';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const pdfjs = require('pdfjs-dist/legacy/build/pdf.js');

async function pdfText(pdf: Buffer): Promise<string> {
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) text += (await (await doc.getPage(i)).getTextContent()).items.map((item: { str: string }) => item.str).join(' ') + '\n';
  return text.replace(/\s+/g, ' ');
}

/** supertest hands binary bodies over as Buffers only when asked to. */
const binary = (res: unknown, callback: (error: Error | null, body: Buffer) => void) => {
  const stream = res as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => callback(null, Buffer.concat(chunks)));
};

const BODY = '🎉 Laut Yonhap sind 3000 Soldaten in Russland. =SUM(A1) sagte ein Sprecher. Südkorea prüft Waffenlieferungen.';
const cp = (text: string) => [...BODY.slice(0, BODY.indexOf(text))].length;

describe('article exports and the whole-desk export', () => {
  let t: TestApp;
  let checker: string;
  let editor: string;
  let articleId: number;
  const claims: Record<string, { id: number; quote: { exact: string } }> = {};

  beforeAll(async () => {
    t = await TestApp.start();
    checker = (await t.userWithRole('checker')).token;
    editor = (await t.userWithRole('editor')).token;
    articleId = (await t.http.post('/api/articles').set(bearer(checker)).send({ title: 'Export <script>alert(1)</script>', body: BODY, language: 'de', outlet: 'ntv.de', extract: false }).expect(201)).body.id;
    const yonhap = (await t.http.post('/api/sources').set(bearer(checker)).send({ name: 'Yonhap " onmouseover="alert(1)', type: 'news_agency' }).expect(201)).body.id;
    const reuters = (await t.http.post('/api/sources').set(bearer(checker)).send({ name: 'Reuters', type: 'news_agency' }).expect(201)).body.id;
    for (const exact of ['sind 3000 Soldaten in Russland', '=SUM(A1) sagte ein Sprecher', 'Südkorea prüft Waffenlieferungen']) {
      claims[exact] = (await t.http.post('/api/claims').set(bearer(checker)).send({ articleId, start: cp(exact), end: cp(exact) + [...exact].length }).expect(201)).body;
      await t.http.post(`/api/claims/${claims[exact].id}/attributions`).set(bearer(checker)).send({ sourceId: yonhap, role: 'speaker', cue: 'laut' }).expect(201);
    }
    const soldiers = claims['sind 3000 Soldaten in Russland'].id;
    await t.http.post(`/api/claims/${soldiers}/review`).set(bearer(checker)).send({ action: 'take', version: 1 }).expect(200);
    await t.http.post(`/api/claims/${soldiers}/evidence`).set(bearer(checker)).send({ stance: 'supports', url: 'https://www.reuters.com/world/nk', sourceId: reuters }).expect(201);
    await t.http.post(`/api/claims/${soldiers}/review`).set(bearer(checker)).send({ action: 'verdict', version: 2, verdict: 'corroborated', rationale: 'Reuters confirms' }).expect(200);
    await t.http.post(`/api/claims/${soldiers}/review`).set(bearer(editor)).send({ action: 'approve', version: 3 }).expect(200);
    const second = claims['=SUM(A1) sagte ein Sprecher'].id;
    await t.http.post(`/api/claims/${second}/review`).set(bearer(checker)).send({ action: 'take', version: 1 }).expect(200);
    await t.http.post(`/api/claims/${second}/review`).set(bearer(checker)).send({ action: 'verdict', version: 2, verdict: 'inconclusive', rationale: 'Not yet approved' }).expect(200);
  });
  afterAll(() => t.close());

  const exportAs = (format: string, extra = '') => t.http.get(`/api/articles/${articleId}/export?format=${format}${extra}`).set(bearer(checker));

  it('html: a download whose highlights are exactly the claims\' words, with user text escaped', async () => {
    const response = await exportAs('html').expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['content-disposition']).toBe(`attachment; filename="claimtrack-article-${articleId}.html"`);
    const dom = parseHtml(response.text);
    const marks = all(dom, hasAttr('data-claim-id'));
    const highlighted = new Map(marks.filter((m) => m.tagName === 'mark').map((m) => [Number(attr(m, 'data-claim-id')), textContent(m)]));
    for (const claim of Object.values(claims)) expect(highlighted.get(claim.id)).toBe(claim.quote.exact);
    expect(all(dom, (n) => n.tagName === 'script')).toHaveLength(0);
    expect(response.text).not.toContain('<script>alert(1)</script>');
    expect(all(dom, (n) => attr(n, 'onmouseover') !== undefined)).toHaveLength(0);
  });

  it('pdf: selectable text with claim numbers, sources and umlauts', async () => {
    const response = await exportAs('pdf').buffer(true).parse(binary).expect(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(response.body as Buffer);
    expect(text).toContain('Südkorea prüft Waffenlieferungen');
    expect(text).toContain('Reuters');
    for (const n of ['[1]', '[2]', '[3]']) expect(text).toContain(n);
  }, 30000);

  it('md: claims marked inline with a footnote each', async () => {
    const response = await exportAs('md').expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/markdown/);
    for (const n of [1, 2, 3]) expect(response.text).toContain(`[^${n}]:`);
  });

  it('json: the whole record in the versioned report schema', async () => {
    const response = await exportAs('json').expect(200);
    const report = JSON.parse(response.text);
    expect(report.schemaVersion).toBe('1.0');
    expect(report.claims).toHaveLength(3);
    const soldiers = report.claims.find((c: { id: number }) => c.id === claims['sind 3000 Soldaten in Russland'].id);
    expect(soldiers.verdict).toMatchObject({ status: 'corroborated', rationale: 'Reuters confirms', approvedBy: { displayName: expect.any(String) } });
    expect(soldiers.history.map((e: { action: string }) => e.action)).toEqual(['created', 'attribution_added', 'take', 'evidence_added', 'verdict', 'approve']);
  });

  it('csv: UTF-8 with BOM, one row per claim or per attribution, formulas neutralised', async () => {
    const response = await exportAs('csv').expect(200);
    expect(response.text.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(response.text, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(3);
    expect(rows.some((row) => Object.values(row).some((cell) => cell.startsWith('='))) ).toBe(false);
    expect(rows.some((row) => Object.values(row).includes("'=SUM(A1) sagte ein Sprecher"))).toBe(true);
    expect(rows.some((row) => Object.values(row).includes('Südkorea prüft Waffenlieferungen'))).toBe(true);
    const perAttribution = await exportAs('csv', '&rows=attributions').expect(200);
    expect(perAttribution.headers['content-disposition']).toContain('attributions.csv');
    expect(parseCsv(perAttribution.text, { bom: true, columns: true })).toHaveLength(3);
  });

  it('claimreview: only the approved verdict appears', async () => {
    const response = await exportAs('claimreview').expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/ld\+json/);
    const document = JSON.parse(response.text);
    expect(document['@graph']).toHaveLength(1);
    expect(document['@graph'][0]).toMatchObject({ '@type': 'ClaimReview', claimReviewed: 'sind 3000 Soldaten in Russland' });
  });

  it('w3c: code-point positions that slice the body to the exact words after an emoji', async () => {
    const collection = JSON.parse((await exportAs('w3c').expect(200)).text);
    const annotations = collection.first.items as { target: { selector: { type: string; start?: number; end?: number; exact?: string }[] } }[];
    expect(annotations).toHaveLength(3);
    for (const annotation of annotations) {
      const position = annotation.target.selector.find((s) => s.type === 'TextPositionSelector')!;
      const quote = annotation.target.selector.find((s) => s.type === 'TextQuoteSelector')!;
      expect([...BODY].slice(position.start, position.end).join('')).toBe(quote.exact);
    }
  });

  it('refuses an unknown format and an unknown article', async () => {
    const bad = await exportAs('docx').expect(400);
    expect(bad.body.errors[0].path).toBe('format');
    await t.http.get('/api/articles/987654/export?format=html').set(bearer(checker)).expect(404);
  });

  it('streams the whole desk as CSV or JSON Lines with the claim list\'s filters', async () => {
    const csv = await t.http.get('/api/exports/claims?format=csv').set(bearer(checker)).expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const rows = parseCsv(csv.text, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => Number(r.id)).sort()).toEqual(Object.values(claims).map((c) => c.id).sort());
    expect(rows.find((r) => r.text.includes('SUM'))!.text.startsWith("'")).toBe(true);
    const jsonl = await t.http.get('/api/exports/claims?format=jsonl&status=corroborated').set(bearer(checker)).expect(200);
    const lines = jsonl.text.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toEqual([expect.objectContaining({ id: claims['sind 3000 Soldaten in Russland'].id, status: 'corroborated', sources: 'Yonhap " onmouseover="alert(1)' })]);
    await t.http.get('/api/exports/claims?format=xlsx').set(bearer(checker)).expect(400);
  });

  it('exports the same document from the command line', async () => {
    const previous = process.env.DATABASE_URL;
    process.env.DATABASE_URL = t.database.type === 'sqlite' ? `sqlite:${t.database.path}` : t.database.url;
    try {
      const file = join(mkdtempSync(join(tmpdir(), 'claimtrack-cli-')), 'claims.csv');
      const said: string[] = [];
      expect(await runExport([String(articleId), '--format', 'csv', '--out', file], (line) => said.push(line))).toBe(0);
      expect(said[0]).toContain(file);
      const rows = parseCsv(readFileSync(file, 'utf8'), { bom: true, columns: true }) as Record<string, string>[];
      expect(rows).toHaveLength(3);
      await expect(runExport(['987654', '--format', 'csv'], () => undefined)).rejects.toThrow(UsageError);
      await expect(runExport([String(articleId), '--format', 'docx'], () => undefined)).rejects.toThrow(/--format must be one of/);
    } finally {
      if (previous === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = previous;
    }
  });
});
