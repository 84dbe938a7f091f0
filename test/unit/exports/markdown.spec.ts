import MarkdownIt from 'markdown-it';
import markdownItFootnote from 'markdown-it-footnote';
import { EXPORT_FORMATS } from '../../../src/exports/formats';
import { all, attr, byTag, parseHtml, textContent } from './html-dom';
import { escapeMarkdown } from '../../../src/exports/formats/escape';
import { buildReport, SETTINGS } from './fixtures';

describe('markdown export', () => {
  const report = buildReport();
  const md = EXPORT_FORMATS.md.render(report, SETTINGS) as string;
  const bodySection = md.slice(md.indexOf('## Artikel'), md.indexOf('## Behauptungen'));
  const footnotes = md.slice(md.indexOf('## Behauptungen'));

  it('marks each anchored claim in the text with a footnote reference after its quote', () => {
    expect(bodySection).toContain('Russland geschickt[^1]');
    expect(bodySection).toContain('3000 Soldaten[^2]');
    expect(bodySection).toContain('윤석열[^3]');
    expect(bodySection).toContain('äußerst ernst“[^4]');
    expect(bodySection).toContain('in Russland seien[^5]');
    expect(bodySection).not.toContain('[^6]');
    expect(bodySection).toContain('📢 Nordkorea');
  });

  it('has one footnote per claim with status, sources with role and cue, evidence and verdict', () => {
    for (let n = 1; n <= 6; n++) expect(footnotes).toMatch(new RegExp(`^\\[\\^${n}\\]: \\*\\*Behauptung ${n} — `, 'm'));
    const five = footnotes.slice(footnotes.indexOf('[^5]:'), footnotes.indexOf('[^6]:'));
    expect(five).toContain('Nicht eindeutig');
    expect(five).toContain('**John Kirby** (Person, US; gehört zu US National Security Council) — Urheber, Signalwort „bestätigte“');
    expect(five).toContain('](<https://www.nato.int/cps/en/natohq/news_230000.htm?a=1&b=(2)>)');
    expect(five).toContain('freigegeben von Erik Ödegaard');
    // Continuation paragraphs are indented so they stay inside the footnote.
    for (const line of five.split('\n').slice(1).filter(Boolean)) expect(line.startsWith('    ')).toBe(true);
    expect(footnotes).toContain('nicht gefunden');
  });

  it('escapes Markdown-significant characters in user text', () => {
    expect(md).toContain('\\<script\\>alert\\(1\\)\\</script\\>');
    expect(md).not.toMatch(/(^|[^\\])<script>/);
    expect(md).toContain('Die USA \\& die NATO bestätigen \\<unabhängig\\> die Zahl.');
    expect(md).not.toContain('](javascript:');
    expect(escapeMarkdown('- Punkt\n1. Liste\n# Titel *x* _y_ [z](u) `c` |t|')).toBe('\\- Punkt\n1\\. Liste\n\\# Titel \\*x\\* \\_y\\_ \\[z\\]\\(u\\) \\`c\\` \\|t\\|');
  });

  it('renders with a GFM-style renderer (markdown-it + footnotes, raw HTML allowed) into the intended document', () => {
    const rendered = new MarkdownIt({ html: true, linkify: false }).use(markdownItFootnote).render(md);
    const doc = parseHtml(rendered);
    // Escaping held even with raw HTML switched on: no element came from user text.
    expect(all(doc, byTag('script'))).toHaveLength(0);
    expect(all(doc, byTag('b'))).toHaveLength(0);
    expect(all(doc, (n) => (n.attrs ?? []).some((a) => a.name.startsWith('on')))).toHaveLength(0);
    const text = textContent(doc);
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('Yonhap" onmouseover="x');
    expect(text).toContain('Die USA & die NATO bestätigen <unabhängig> die Zahl.');
    // Five references in the article, one for the orphan in the claims list: all six footnotes render.
    expect(all(doc, (n) => attr(n, 'class') === 'footnote-ref')).toHaveLength(6);
    expect(all(doc, (n) => attr(n, 'class') === 'footnote-item')).toHaveLength(6);
    const links = all(doc, byTag('a')).map((a) => attr(a, 'href'));
    expect(links).toContain('https://www.nato.int/cps/en/natohq/news_230000.htm?a=1&b=(2)');
    expect(links.some((href) => href?.startsWith('javascript:'))).toBe(false);
    // The body keeps its words: a claim's quote reads the same in the rendered article.
    expect(text).toContain('Nordkorea hat nach Angaben des südkoreanischen Geheimdienstes 3000 Soldaten');
  });

  it('keeps the summary as a table', () => {
    expect(md).toContain('| Ungeprüft | 2 |');
    expect(md).toContain('| **Gesamt** | **6** |');
  });
});
