import PDFDocument from 'pdfkit';
import { CLAIM_STATUSES } from '../../common/vocabulary';
import type { ArticleReport, ExportSettings, ReportClaim } from '../report.types';
import { claimsInOrder, placeClaims, segmentBody } from './anchoring';
import { attributionDetails, claimFacts, evidenceLine, sourceDetails, verdictLines } from './claim-text';
import { labelsFor, type ReportLabels } from './labels';
import { type FontFace, fontRuns, type FontStyle, type GlyphCoverage, reportFonts } from './pdf-fonts';
import { formatDateTime, oneLine, safeHttpUrl } from './report-text';
import { STATUS_STYLES } from './status-style';

/**
 * The report as a PDF, drawn with pdfkit (pure JavaScript, no browser). Same content as the HTML
 * report: header, summary, legend, the article with every anchored claim shaded in its status colour
 * and preceded by its number `[n]`, then each claim's details. Overlapping claims: the body is cut
 * at every claim boundary and each piece is shaded by the innermost claim covering it, so nested and
 * crossing claims are both visible; their numbers mark where each one starts.
 */
const TEXT_COLOUR = '#1a1a1a';
const MUTED = '#555555';

type Doc = PDFKit.PDFDocument;
type TextOptions = PDFKit.Mixins.TextOptions & { claimHighlight?: string | false };

export function renderPdf(report: ArticleReport, settings: ExportSettings): Promise<Buffer> {
  const labels = labelsFor(settings.ratingLabels);
  const { article } = report;
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 56, left: 56, right: 56 },
    lang: article.language,
    displayTitle: true,
    info: {
      Title: `${labels.text.report}: ${oneLine(article.title)}`,
      Author: settings.organization.name,
      Subject: article.url ?? '',
      Creator: 'Claimtrack',
      CreationDate: new Date(report.generatedAt),
    },
  });
  const done = collect(doc);
  const chains: Record<FontStyle, FontFace[]> = { regular: [], bold: [] };
  for (const font of reportFonts()) {
    doc.registerFont(font.name, font.data);
    chains[font.style].push({ name: font.name, covers: glyphCoverage(doc.font(font.name)) });
  }
  const pen = new Pen(doc, chains).use('regular');
  enableHighlights(doc);

  drawHeader(pen, report, labels);
  drawSummary(pen, report, labels);
  drawLegend(pen, labels);
  drawBody(pen, report, labels);
  drawClaims(pen, report, labels);
  doc.end();
  return done;
}

/**
 * Noto Sans' glyph composition (OpenType `ccmp`) draws a few precomposed letters with a dot or macron
 * below (Vietnamese ọ, ụ, ị, ẹ; ṣ, ṃ) as base letter plus a combining mark glyph that has no
 * character of its own, so a reader's copy or search finds "oM" for "ọ". Runs with such letters are
 * drawn without it, from the font's own precomposed glyphs; other runs keep pdfkit's layout cache.
 */
const KEEP_PRECOMPOSED = /[\u01F9\u1E00-\u1EFF]/u;

/**
 * Writes text in the current style (regular or bold), in the first font of that style's chain that
 * has each character: pdfkit keeps one font per text call, so a line with Hangul in it is written as
 * continued runs, one per font, and pdfkit still lays out and wraps the line as one.
 */
class Pen {
  private style: FontStyle = 'regular';

  constructor(
    readonly doc: Doc,
    private readonly chains: Record<FontStyle, FontFace[]>,
  ) {}

  use(style: FontStyle): this {
    this.style = style;
    this.doc.font(this.chains[style][0].name);
    return this;
  }

  write(text: string, options: TextOptions): this {
    const preferred = this.chains[this.style][0].name;
    const runs = fontRuns(text, this.chains[this.style]);
    if (runs.length === 0) runs.push({ font: preferred, text: '' });
    runs.forEach((run, i) => {
      const runOptions = KEEP_PRECOMPOSED.test(run.text) ? { ...options, features: { ccmp: false } as unknown as TextOptions['features'] } : options;
      this.doc.font(run.font).text(run.text, i < runs.length - 1 ? { ...runOptions, continued: true } : runOptions);
    });
    this.doc.font(preferred);
    return this;
  }
}

function collect(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

/** Which code points the embedded font can draw (pdfkit keeps the fontkit font on `_font.font`). */
function glyphCoverage(doc: Doc): GlyphCoverage {
  const font = (doc as unknown as { _font?: { font?: { hasGlyphForCodePoint?: (cp: number) => boolean } } })._font?.font;
  const has = font?.hasGlyphForCodePoint;
  return has ? (cp) => has.call(font, cp) : () => true;
}

/**
 * pdfkit has no text background, so we shade behind each text fragment it lays out: pdfkit calls
 * `_fragment` once per piece of a line, after line breaking, with its position; we fill the piece's
 * box first and then let pdfkit draw the text on top. `claimHighlight` must be given on every
 * continued call (string or false), because pdfkit carries options over between continued calls.
 */
function enableHighlights(doc: Doc): void {
  const target = doc as unknown as { _fragment: (text: string, x: number, y: number, options: TextOptions) => void };
  const original = target._fragment;
  target._fragment = function (this: Doc, text: string, x: number, y: number, options: TextOptions) {
    const piece = `${text}`.replace(/\n/g, '');
    if (options.claimHighlight && piece.length > 0) {
      const width = this.widthOfString(piece, options);
      this.save();
      this.rect(x, y, width, this.currentLineHeight(true)).fill(options.claimHighlight);
      this.restore();
      this.fillColor(TEXT_COLOUR);
    }
    original.call(this, text, x, y, options);
  };
}

function heading(pen: Pen, text: string, size = 13): void {
  pen.doc.moveDown(0.8).fontSize(size).fillColor(TEXT_COLOUR);
  pen.use('bold').write(text, { claimHighlight: false });
  pen.doc.moveDown(0.2).fontSize(10);
  pen.use('regular');
}

function line(pen: Pen, text: string, options: TextOptions = {}): void {
  pen.write(text, { claimHighlight: false, ...options });
}

function drawHeader(pen: Pen, report: ArticleReport, labels: ReportLabels): void {
  const { article } = report;
  const { doc } = pen;
  doc.fontSize(9).fillColor(MUTED);
  line(pen.use('regular'), labels.text.report);
  doc.fontSize(18).fillColor(TEXT_COLOUR);
  line(pen.use('bold'), oneLine(article.title));
  doc.fontSize(9.5).fillColor(MUTED);
  pen.use('regular');
  const meta: string[] = [];
  if (article.outlet) meta.push(`${labels.text.outlet}: ${oneLine(article.outlet)}`);
  if (article.publishedAt) meta.push(`${labels.text.published}: ${formatDateTime(article.publishedAt)}`);
  if (article.byline) meta.push(`${labels.text.byline}: ${oneLine(article.byline)}`);
  if (article.wireAgencies.length > 0) meta.push(`${labels.text.wire}: ${article.wireAgencies.join(', ')}`);
  if (meta.length > 0) line(pen, meta.join(' · '));
  const url = safeHttpUrl(article.url);
  if (url) line(pen, url, { link: url, underline: false });
  line(pen, `${labels.text.generated}: ${formatDateTime(report.generatedAt)} · ${labels.text.revision} ${article.revision}`);
  doc.fillColor(TEXT_COLOUR);
}

function drawSummary(pen: Pen, report: ArticleReport, labels: ReportLabels): void {
  heading(pen, labels.text.summary);
  const counts = CLAIM_STATUSES.map((s) => `${labels.status[s]}: ${report.summary.byStatus[s] ?? 0}`);
  line(pen, `${counts.join(' · ')} · ${labels.text.total}: ${report.summary.total}`);
  pen.doc.moveDown(0.3);
  line(pen.use('bold'), `${labels.text.sourcesCited} (${report.sources.length})`);
  pen.use('regular');
  if (report.sources.length === 0) line(pen, labels.text.noSources);
  for (const source of report.sources) line(pen, `• ${oneLine(source.name)} (${sourceDetails(source, labels)})`);
}

function drawLegend(pen: Pen, labels: ReportLabels): void {
  heading(pen, labels.text.legend);
  for (const status of CLAIM_STATUSES) {
    const style = STATUS_STYLES[status];
    pen.use('bold').write(` ${labels.status[status]} `, { continued: true, claimHighlight: style.background });
    pen.use('regular').write(` — ${labels.statusMeaning[status]}`, { continued: false, claimHighlight: false });
  }
}

function drawBody(pen: Pen, report: ArticleReport, labels: ReportLabels): void {
  const { doc } = pen;
  heading(pen, labels.text.article);
  doc.fontSize(10.5).fillColor(TEXT_COLOUR);
  pen.use('regular');
  const segments = segmentBody(placeClaims(report.article.body, report.claims));
  const options = { align: 'left', lineGap: 2 } as const;
  // pdfkit's continued text mishandles embedded line breaks (it keeps the x of the last fragment),
  // so each line is ended explicitly and an empty line becomes paragraph space.
  let lineOpen = false;
  const write = (text: string, highlight: string | false): void => {
    if (!text) return;
    pen.write(text, { ...options, continued: true, claimHighlight: highlight });
    lineOpen = true;
  };
  const endLine = (): void => {
    if (lineOpen) pen.write(' ', { ...options, continued: false, claimHighlight: false });
    else doc.moveDown(0.5);
    lineOpen = false;
  };
  for (const segment of segments) {
    for (const claim of segment.startingClaims) {
      doc.fillColor(STATUS_STYLES[claim.status].border);
      pen.use('bold');
      write(`[${claim.number}]`, false);
      doc.fillColor(TEXT_COLOUR);
      pen.use('regular');
    }
    const innermost = segment.claims[segment.claims.length - 1];
    const highlight = innermost ? STATUS_STYLES[innermost.status].background : false;
    segment.text.split('\n').forEach((piece, i) => {
      if (i > 0) endLine();
      write(piece, highlight);
    });
  }
  if (lineOpen) endLine();
}

function drawClaims(pen: Pen, report: ArticleReport, labels: ReportLabels): void {
  heading(pen, `${labels.text.claims} (${report.claims.length})`);
  if (report.claims.length === 0) line(pen, labels.text.noClaims);
  for (const claim of claimsInOrder(report.claims)) drawClaim(pen, claim, labels);
}

/** A bold sub-heading inside a claim's details, then back to regular. */
function label(pen: Pen, text: string): void {
  line(pen.use('bold'), text, { indent: 12 });
  pen.use('regular');
}

function drawClaim(pen: Pen, claim: ReportClaim, labels: ReportLabels): void {
  const { doc } = pen;
  const style = STATUS_STYLES[claim.status];
  if (doc.y > doc.page.height - doc.page.margins.bottom - 90) doc.addPage();
  doc.moveDown(0.6).fontSize(11).fillColor(style.border);
  pen.use('bold').write(`[${claim.number}] `, { continued: true, claimHighlight: false });
  doc.fillColor(TEXT_COLOUR);
  pen.write(` ${labels.status[claim.status]} `, { continued: true, claimHighlight: style.background });
  pen.write(`  ${oneLine(claim.text)}`, { continued: false, claimHighlight: false });
  doc.fontSize(9.5);
  pen.use('regular');
  line(pen, `${labels.text.quote}: „${oneLine(claim.quote.exact)}“`, { indent: 12 });
  doc.fillColor(MUTED);
  line(pen, claimFacts(claim, labels), { indent: 12 });
  if (claim.orphaned) line(pen, labels.text.orphaned, { indent: 12 });
  doc.fillColor(TEXT_COLOUR);

  label(pen, labels.text.sources);
  if (claim.attributions.length === 0) line(pen, labels.text.noSources, { indent: 24 });
  for (const a of claim.attributions) {
    line(pen, `• ${oneLine(a.source.name)} (${sourceDetails(a.source, labels)}) — ${attributionDetails(a, labels)}`, { indent: 24 });
  }
  label(pen, labels.text.evidence);
  if (claim.evidence.length === 0) line(pen, labels.text.noEvidence, { indent: 24 });
  for (const e of claim.evidence) {
    const url = safeHttpUrl(e.url);
    line(pen, `• ${labels.stance[e.stance]}: ${[e.url ?? '', evidenceLine(e, labels)].filter(Boolean).join(' ')}`, {
      indent: 24,
      ...(url ? { link: url } : {}),
    });
  }
  label(pen, labels.text.verdict);
  const verdict = verdictLines(claim.verdict, labels);
  if (!verdict) line(pen, labels.text.noVerdict, { indent: 24 });
  else {
    line(pen, `${verdict.label}${verdict.rationale ? ` — ${oneLine(verdict.rationale)}` : ''}`, { indent: 24 });
    doc.fillColor(MUTED);
    line(pen, [verdict.review, verdict.approval].filter(Boolean).join('; '), { indent: 24 });
    doc.fillColor(TEXT_COLOUR);
  }
}
