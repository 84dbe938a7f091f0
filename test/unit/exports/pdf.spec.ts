import { EXPORT_FORMATS } from '../../../src/exports/formats';
import { buildReport, SETTINGS } from './fixtures';

// pdfjs-dist 2.x legacy build: the CommonJS, Node-compatible PDF.js, i.e. what a PDF reader extracts.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pdfjs = require('pdfjs-dist/legacy/build/pdf.js');

async function extractText(pdf: Buffer): Promise<string[]> {
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item: { str: string; hasEOL?: boolean }) => item.str + (item.hasEOL ? '\n' : '')).join(''));
  }
  return pages;
}

describe('pdf export', () => {
  const report = buildReport();
  let pdf: Buffer;
  let text: string;
  let flat: string;

  beforeAll(async () => {
    pdf = (await EXPORT_FORMATS.pdf.render(report, SETTINGS)) as Buffer;
    text = (await extractText(pdf)).join('\n');
    flat = text.replace(/\s+/g, ' ');
  }, 30000);

  it('is a PDF with an embedded subset font', () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(EXPORT_FORMATS.pdf.contentType).toBe('application/pdf');
    expect(pdf.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSans-Regular/);
    expect(pdf.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansKR/);
    expect(pdf.length).toBeLessThan(400_000);
  });

  it('has selectable text with umlauts and Hangul', () => {
    expect(flat).toContain('Südkorea: Nordkorea schickt 3000 Soldaten nach Russland');
    expect(flat).toContain('südkoreanischen Geheimdienstes');
    expect(flat).toContain('äußerst ernst');
    expect(flat).toContain('윤석열');
    expect(flat).toContain('Erik Ödegaard');
  });

  it('numbers every claim in the text and in the list', () => {
    for (let n = 1; n <= 6; n++) expect(flat).toContain(`[${n}]`);
    // Numbers in the article text stand right before each anchored claim's first words.
    expect(flat).toMatch(/\[1\]\s?Nordkorea hat nach Angaben/);
    expect(flat).toMatch(/\[2\]\s?3000 Soldaten/);
    expect(flat).toMatch(/\[3\]\s?nach Russland geschickt/);
  });

  it('names every source, escaped markup included, with role and cue', () => {
    for (const name of ['Südkoreanischer Geheimdienst', '윤석열', '<script>alert(1)</script>', 'Yonhap" onmouseover="x', 'John Kirby']) {
      expect(flat).toContain(name);
    }
    expect(flat).toContain('Urheber, Signalwort „bestätigte“');
    expect(flat).toContain('Widerlegt');
    expect(flat).toContain('noch nicht von der Redaktion freigegeben');
  });

  it('draws every European diacritic, Cyrillic and Hangul in one line, none replaced', async () => {
    const names = ['Recep Tayyip Erdoğan', 'Radosław Sikorski', 'Andrej Babiš', 'Klaus Iohannis (Iași)', 'Сергей Шойгу', 'Nguyễn Phú Trọng'];
    const international = buildReport();
    international.article.title = `Erdoğan, Sikorski und 윤석열 über Kims „Söldner“`;
    international.sources = names.map((name, i) => ({ ...international.sources[0], id: 900 + i, name }));
    const extracted = (await extractText((await EXPORT_FORMATS.pdf.render(international, SETTINGS)) as Buffer)).join('\n').replace(/\s+/g, ' ');
    expect(extracted).toContain('Erdoğan, Sikorski und 윤석열 über Kims „Söldner“');
    for (const name of names) expect(extracted).toContain(name);
    expect(extracted.slice(0, extracted.indexOf('Nguyễn') + 20)).not.toContain('\uFFFD');
  });

  it('replaces characters the font cannot draw instead of dropping them silently', () => {
    expect(flat).not.toContain('📢');
    expect(flat).toMatch(/– (\uFFFD|\?) ?\[1\] ?Nordkorea/);
  });
});
