import PDFDocument from 'pdfkit';
import { CLAIM_STATUSES } from '../../review/claim-status';
import type { ArticleReport, ExportSettings, ReportClaim } from '../report.types';
import { claimsInOrder, placeClaims, segmentBody } from './anchoring';
import { attributionDetails, claimFacts, evidenceLine, sourceDetails, verdictLines } from './claim-text';
import { labelsFor, type ReportLabels } from './labels';
import { coverText, type GlyphCoverage, reportFonts } from './pdf-fonts';
import { formatDateTime, oneLine, safeHttpUrl } from './report-text';
import { STATUS_STYLES } from './status-style';

/**
 * The report as a PDF, drawn with pdfkit (pure JavaScript, no browser). Same content as the HTML
 * report: header, summary, legend, the article with every anchored claim shaded in its status colour
 * and preceded by its number `[n]`, then each claim's details. Overlapping claims: the body is cut
 * at every claim boundary and each piece is shaded by the innermost claim covering it, so nested and
 * crossing claims are both visible; their numbers mark where each one starts.
 */
const FONT = 'claimtrack-regular';
const BOLD = 'claimtrack-bold';
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
  const fonts = reportFonts();
  doc.registerFont(FONT, fonts.regular);
  doc.registerFont(BOLD, fonts.bold);
  doc.font(FONT);
  const covers = glyphCoverage(doc);
  const t = (text: string): string => coverText(text, covers);
  enableHighlights(doc);

  drawHeader(doc, report, labels, t);
  drawSummary(doc, report, labels, t);
  drawLegend(doc, labels, t);
  drawBody(doc, report, labels, t);
  drawClaims(doc, report, labels, t);
  doc.end();
  return done;
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

function heading(doc: Doc, text: string, size = 13): void {
  doc.moveDown(0.8).font(BOLD).fontSize(size).fillColor(TEXT_COLOUR).text(text, { claimHighlight: false } as TextOptions);
  doc.moveDown(0.2).font(FONT).fontSize(10);
}

function line(doc: Doc, text: string, options: TextOptions = {}): void {
  doc.text(text, { claimHighlight: false, ...options } as TextOptions);
}

function drawHeader(doc: Doc, report: ArticleReport, labels: ReportLabels, t: (s: string) => string): void {
  const { article } = report;
  doc.font(FONT).fontSize(9).fillColor(MUTED);
  line(doc, t(labels.text.report));
  doc.font(BOLD).fontSize(18).fillColor(TEXT_COLOUR);
  line(doc, t(oneLine(article.title)));
  doc.font(FONT).fontSize(9.5).fillColor(MUTED);
  const meta: string[] = [];
  if (article.outlet) meta.push(`${labels.text.outlet}: ${oneLine(article.outlet)}`);
  if (article.publishedAt) meta.push(`${labels.text.published}: ${formatDateTime(article.publishedAt)}`);
  if (article.byline) meta.push(`${labels.text.byline}: ${oneLine(article.byline)}`);
  if (article.wireAgencies.length > 0) meta.push(`${labels.text.wire}: ${article.wireAgencies.join(', ')}`);
  if (meta.length > 0) line(doc, t(meta.join(' · ')));
  const url = safeHttpUrl(article.url);
  if (url) line(doc, t(url), { link: url, underline: false });
  line(doc, t(`${labels.text.generated}: ${formatDateTime(report.generatedAt)} · ${labels.text.revision} ${article.revision}`));
  doc.fillColor(TEXT_COLOUR);
}

function drawSummary(doc: Doc, report: ArticleReport, labels: ReportLabels, t: (s: string) => string): void {
  heading(doc, t(labels.text.summary));
  const counts = CLAIM_STATUSES.map((s) => `${labels.status[s]}: ${report.summary.byStatus[s] ?? 0}`);
  line(doc, t(`${counts.join(' · ')} · ${labels.text.total}: ${report.summary.total}`));
  doc.moveDown(0.3).font(BOLD);
  line(doc, t(`${labels.text.sourcesCited} (${report.sources.length})`));
  doc.font(FONT);
  if (report.sources.length === 0) line(doc, t(labels.text.noSources));
  for (const source of report.sources) line(doc, t(`• ${oneLine(source.name)} (${sourceDetails(source, labels)})`));
}

function drawLegend(doc: Doc, labels: ReportLabels, t: (s: string) => string): void {
  heading(doc, t(labels.text.legend));
  for (const status of CLAIM_STATUSES) {
    const style = STATUS_STYLES[status];
    const label = t(labels.status[status]);
    doc.font(BOLD).text(` ${label} `, { continued: true, claimHighlight: style.background } as TextOptions);
    doc.font(FONT).text(t(` — ${labels.statusMeaning[status]}`), { continued: false, claimHighlight: false } as TextOptions);
  }
}

function drawBody(doc: Doc, report: ArticleReport, labels: ReportLabels, t: (s: string) => string): void {
  heading(doc, t(labels.text.article));
  doc.font(FONT).fontSize(10.5).fillColor(TEXT_COLOUR);
  const segments = segmentBody(placeClaims(report.article.body, report.claims));
  const options = { align: 'left', lineGap: 2 } as const;
  // pdfkit's continued text mishandles embedded line breaks (it keeps the x of the last fragment),
  // so each line is ended explicitly and an empty line becomes paragraph space.
  let lineOpen = false;
  const write = (text: string, highlight: string | false): void => {
    if (!text) return;
    doc.text(t(text), { ...options, continued: true, claimHighlight: highlight } as TextOptions);
    lineOpen = true;
  };
  const endLine = (): void => {
    if (lineOpen) doc.text(' ', { ...options, continued: false, claimHighlight: false } as TextOptions);
    else doc.moveDown(0.5);
    lineOpen = false;
  };
  for (const segment of segments) {
    for (const claim of segment.startingClaims) {
      doc.font(BOLD).fillColor(STATUS_STYLES[claim.status].border);
      write(`[${claim.number}]`, false);
      doc.font(FONT).fillColor(TEXT_COLOUR);
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

function drawClaims(doc: Doc, report: ArticleReport, labels: ReportLabels, t: (s: string) => string): void {
  heading(doc, t(`${labels.text.claims} (${report.claims.length})`));
  if (report.claims.length === 0) line(doc, t(labels.text.noClaims));
  for (const claim of claimsInOrder(report.claims)) drawClaim(doc, claim, labels, t);
}

function drawClaim(doc: Doc, claim: ReportClaim, labels: ReportLabels, t: (s: string) => string): void {
  const style = STATUS_STYLES[claim.status];
  if (doc.y > doc.page.height - doc.page.margins.bottom - 90) doc.addPage();
  doc.moveDown(0.6).font(BOLD).fontSize(11).fillColor(style.border);
  doc.text(`[${claim.number}] `, { continued: true, claimHighlight: false } as TextOptions);
  doc.fillColor(TEXT_COLOUR).text(t(` ${labels.status[claim.status]} `), { continued: true, claimHighlight: style.background } as TextOptions);
  doc.text(t(`  ${oneLine(claim.text)}`), { continued: false, claimHighlight: false } as TextOptions);
  doc.font(FONT).fontSize(9.5);
  line(doc, t(`${labels.text.quote}: „${oneLine(claim.quote.exact)}“`), { indent: 12 });
  doc.fillColor(MUTED);
  line(doc, t(claimFacts(claim, labels)), { indent: 12 });
  if (claim.orphaned) line(doc, t(labels.text.orphaned), { indent: 12 });
  doc.fillColor(TEXT_COLOUR);

  doc.font(BOLD);
  line(doc, t(labels.text.sources), { indent: 12 });
  doc.font(FONT);
  if (claim.attributions.length === 0) line(doc, t(labels.text.noSources), { indent: 24 });
  for (const a of claim.attributions) {
    line(doc, t(`• ${oneLine(a.source.name)} (${sourceDetails(a.source, labels)}) — ${attributionDetails(a, labels)}`), { indent: 24 });
  }
  doc.font(BOLD);
  line(doc, t(labels.text.evidence), { indent: 12 });
  doc.font(FONT);
  if (claim.evidence.length === 0) line(doc, t(labels.text.noEvidence), { indent: 24 });
  for (const e of claim.evidence) {
    const url = safeHttpUrl(e.url);
    line(doc, t(`• ${labels.stance[e.stance]}: ${[e.url ?? '', evidenceLine(e, labels)].filter(Boolean).join(' ')}`), {
      indent: 24,
      ...(url ? { link: url } : {}),
    });
  }
  doc.font(BOLD);
  line(doc, t(labels.text.verdict), { indent: 12 });
  doc.font(FONT);
  const verdict = verdictLines(claim.verdict, labels);
  if (!verdict) line(doc, t(labels.text.noVerdict), { indent: 24 });
  else {
    line(doc, t(`${verdict.label}${verdict.rationale ? ` — ${oneLine(verdict.rationale)}` : ''}`), { indent: 24 });
    doc.fillColor(MUTED);
    line(doc, t([verdict.review, verdict.approval].filter(Boolean).join('; ')), { indent: 24 });
    doc.fillColor(TEXT_COLOUR);
  }
}
