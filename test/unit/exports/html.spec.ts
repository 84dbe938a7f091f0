import { EXPORT_FORMATS } from '../../../src/exports/formats';
import { renderHtml } from '../../../src/exports/formats/html';
import { all, attr, byTag, hasAttr, parseHtml, textContent } from './html-dom';
import { buildReport, claimById, SETTINGS } from './fixtures';

describe('html export', () => {
  const report = buildReport();
  const html = renderHtml(report, SETTINGS);
  const doc = parseHtml(html);
  const body = all(doc, (n) => attr(n, 'class') === 'article-body')[0];
  const highlights = all(doc, hasAttr('data-claim-id'));

  it('is declared as UTF-8 HTML by the format table', () => {
    expect(EXPORT_FORMATS.html.contentType).toBe('text/html; charset=utf-8');
    expect(EXPORT_FORMATS.html.render(report, SETTINGS)).toBe(html);
  });

  it('gives every highlight exactly its claim quote as text, nested ones included', () => {
    expect(highlights.length).toBeGreaterThan(0);
    for (const mark of highlights) {
      expect(mark.tagName).toBe('mark');
      const claim = claimById(report, Number(attr(mark, 'data-claim-id')));
      expect(textContent(mark)).toBe(claim.quote.exact);
      expect(attr(mark, 'data-claim-no')).toBe(String(claim.number));
    }
    // Claim 2 ("3000 Soldaten") sits inside claim 1's highlight.
    const outer = highlights.find((m) => attr(m, 'data-claim-id') === '101')!;
    expect(all(outer, hasAttr('data-claim-id')).map((m) => attr(m, 'data-claim-id'))).toEqual(['101', '102']);
  });

  it('keeps the article text intact: the body text equals article.body, emoji included', () => {
    expect(textContent(body)).toBe(report.article.body);
  });

  it('keeps the carriage returns of a CRLF article, which an HTML parser would otherwise fold into line feeds', () => {
    const crlf = buildReport();
    const lf = [...crlf.article.body];
    // Each line feed becomes CR LF: offsets after it move by one code point per line feed before them.
    const shift = (offset: number) => offset + lf.slice(0, offset).filter((ch) => ch === '\n').length;
    crlf.article.body = crlf.article.body.replace(/\n/g, '\r\n');
    const codePoints = [...crlf.article.body];
    for (const claim of crlf.claims.filter((c) => !c.orphaned)) {
      claim.quote = { ...claim.quote, start: shift(claim.quote.start), end: shift(claim.quote.end) };
      claim.quote.exact = codePoints.slice(claim.quote.start, claim.quote.end).join('');
    }
    const parsed = parseHtml(renderHtml(crlf, SETTINGS));
    expect(textContent(all(parsed, (n) => attr(n, 'class') === 'article-body')[0])).toBe(crlf.article.body);
    for (const mark of all(parsed, hasAttr('data-claim-id'))) expect(textContent(mark)).toBe(claimById(crlf, Number(attr(mark, 'data-claim-id'))).quote.exact);
  });

  it('highlights nested claims, marks crossing claims by number only, and never highlights orphans', () => {
    const ids = highlights.map((m) => Number(attr(m, 'data-claim-id'))).sort();
    expect(ids).toEqual([101, 102, 104, 105]);
    const refs = all(body, hasAttr('data-ref-claim-id'));
    expect(refs.map((r) => attr(r, 'data-ref-claim-id'))).toEqual(['103']);
    expect(textContent(refs[0])).toBe('');
    // Both still listed, each with the note saying why it is not highlighted.
    const cards = all(doc, (n) => (attr(n, 'class') ?? '').startsWith('claim-card'));
    expect(cards.map((c) => attr(c, 'id'))).toEqual(['claim-1', 'claim-2', 'claim-3', 'claim-4', 'claim-5', 'claim-6']);
    expect(textContent(cards[2])).toContain('Überschneidet');
    expect(textContent(cards[5])).toContain('nicht gefunden');
  });

  it('states every status in words, not only in colour', () => {
    for (const mark of highlights) {
      const claim = claimById(report, Number(attr(mark, 'data-claim-id')));
      expect(attr(mark, 'data-status')).toBe(claim.status);
      expect(attr(mark, 'data-status-label')).toBeTruthy();
    }
    const card = all(doc, (n) => attr(n, 'id') === 'claim-1')[0];
    expect(textContent(card)).toContain('Bestätigt');
    expect(html).toMatch(/mark\.claim::after\{content:"\\00a0\(" attr\(data-status-label\)/);
  });

  it('escapes user text: injected markup shows as text and adds no script or attribute', () => {
    expect(all(doc, byTag('script'))).toHaveLength(0);
    expect(all(doc, (n) => (n.attrs ?? []).some((a) => a.name.startsWith('on')))).toHaveLength(0);
    const texts: string[] = [];
    all(doc, (n) => n.nodeName === '#text').forEach((n) => texts.push(n.value ?? ''));
    const joined = texts.join('\n');
    expect(joined).toContain('<script>alert(1)</script>');
    expect(joined).toContain('Yonhap" onmouseover="x');
    expect(joined).toContain('<script>alert("t")</script>');
    expect(textContent(all(doc, byTag('title'))[0])).toContain('<script>alert("t")</script>');
  });

  it('references no external resource: no src, no stylesheet link, no url(), links only to http(s) pages', () => {
    expect(all(doc, hasAttr('src'))).toHaveLength(0);
    expect(all(doc, hasAttr('srcset'))).toHaveLength(0);
    expect(all(doc, byTag('link'))).toHaveLength(0);
    const css = all(doc, byTag('style')).map(textContent).join('');
    expect(css).not.toMatch(/url\(|@import/);
    for (const a of all(doc, hasAttr('href'))) {
      const href = attr(a, 'href')!;
      expect(a.tagName).toBe('a');
      if (href.startsWith('#')) continue;
      expect(href).toMatch(/^https?:\/\//);
      expect(attr(a, 'rel')).toContain('noopener');
    }
    expect(html).not.toContain('javascript:alert(1)"');
    const csp = all(doc, (n) => attr(n, 'http-equiv') === 'Content-Security-Policy')[0];
    expect(attr(csp, 'content')).toContain("default-src 'none'");
  });

  it('shows sources with role and cue, evidence with stance and link, verdict with reviewer and approver', () => {
    const card = textContent(all(doc, (n) => attr(n, 'id') === 'claim-5')[0]);
    expect(card).toContain('John Kirby');
    expect(card).toContain('Urheber');
    expect(card).toContain('Signalwort „bestätigte“');
    expect(card).toContain('US National Security Council');
    expect(card).toContain('Kontext');
    expect(card).toContain('https://www.nato.int/cps/en/natohq/news_230000.htm?a=1&b=(2)');
    expect(card).toContain('Nicht eindeutig');
    expect(card).toContain('geprüft von Anna Prüfer');
    expect(card).toContain('freigegeben von Erik Ödegaard, 2024-10-25 10:00 UTC');
    const unapproved = textContent(all(doc, (n) => attr(n, 'id') === 'claim-4')[0]);
    expect(unapproved).toContain('noch nicht von der Redaktion freigegeben');
  });

  it('has a legend, a summary with counts by status and the sources cited, and print rules', () => {
    const summary = all(doc, (n) => attr(n, 'class') === 'summary' && n.tagName === 'table')[0];
    const text = textContent(summary);
    expect(text).toContain('Ungeprüft2');
    expect(text).toContain('Gesamt6');
    expect(textContent(all(doc, (n) => attr(n, 'class') === 'sources-cited')[0])).toContain('윤석열');
    expect(textContent(all(doc, (n) => attr(n, 'class') === 'legend')[0])).toContain('Widerlegt');
    expect(html).toContain('@media print');
  });
});
