import type { ArticleReport, ExportSettings, ReportClaim } from '../report.types';
import { claimsInOrder, isAnchored } from './anchoring';
import { CodePointIndex } from '../../common/text/code-points';
import { oneLine } from './report-text';
import { articleLocation, claimApiUrl, exportUrl, serviceUrl, sourceApiUrl } from './urls';

/**
 * A W3C Web Annotation Data Model AnnotationCollection: one Annotation per claim, all in one embedded
 * AnnotationPage (an article has tens of claims, not thousands).
 *
 * - target: a SpecificResource on the article (its own URL, else Claimtrack's API URL) with a
 *   TextQuoteSelector and a TextPositionSelector; the model says several selectors on one target
 *   select the same segment, so a consumer may use either. Positions count code points, as the model
 *   requires. Orphaned claims keep only the quote selector: their stored positions no longer hold.
 * - bodies: the claim text (`describing`), its status (`assessing`), and per attributed source an
 *   `identifying` SpecificResource pointing at the source record plus a `tagging` TextualBody with its
 *   name, and the verdict rationale when there is one (`commenting`).
 * - motivation `assessing`: a fact-check annotation assesses the target text.
 */
const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

type JsonLd = Record<string, unknown>;

/** `generated` and `generator`: the same on every annotation of one report. */
interface Provenance {
  generated: string;
  generator: JsonLd;
}

function textualBody(value: string, purpose: string, language?: string): JsonLd {
  const body: JsonLd = { type: 'TextualBody', value, purpose, format: 'text/plain' };
  if (language) body.language = language;
  return body;
}

function buildAnnotation(report: ArticleReport, claim: ReportClaim, settings: ExportSettings, index: CodePointIndex, provenance: Provenance): JsonLd {
  const { article } = report;
  const selectors: JsonLd[] = [
    { type: 'TextQuoteSelector', exact: claim.quote.exact, prefix: claim.quote.prefix, suffix: claim.quote.suffix },
  ];
  if (isAnchored(index, claim)) selectors.push({ type: 'TextPositionSelector', start: claim.quote.start, end: claim.quote.end });

  const body: JsonLd[] = [textualBody(claim.text, 'describing', article.language), textualBody(claim.status, 'assessing', 'en')];
  const seen = new Set<number>();
  for (const attribution of claim.attributions) {
    if (seen.has(attribution.source.id)) continue;
    seen.add(attribution.source.id);
    body.push({ type: 'SpecificResource', purpose: 'identifying', source: sourceApiUrl(settings, attribution.source.id) });
    body.push(textualBody(oneLine(attribution.source.name), 'tagging'));
  }
  if (claim.verdict?.rationale) body.push(textualBody(claim.verdict.rationale, 'commenting'));

  const annotation: JsonLd = {
    id: `${claimApiUrl(settings, claim)}#annotation`,
    type: 'Annotation',
    motivation: 'assessing',
    body,
    target: { type: 'SpecificResource', source: articleLocation(settings, article), selector: selectors },
  };
  const times = claim.history.map((event) => event.createdAt).filter((t) => !Number.isNaN(Date.parse(t))).sort();
  if (times.length > 0) {
    annotation.created = new Date(times[0]).toISOString();
    annotation.modified = new Date(times[times.length - 1]).toISOString();
  }
  annotation.generated = provenance.generated;
  annotation.generator = provenance.generator;
  return annotation;
}

export function buildAnnotationCollection(report: ArticleReport, settings: ExportSettings): JsonLd {
  const { article } = report;
  const id = exportUrl(settings, article, 'w3c');
  const index = new CodePointIndex(article.body);
  const provenance: Provenance = {
    generated: new Date(report.generatedAt).toISOString(),
    generator: { id: `${serviceUrl(settings)}/`, type: 'Software', name: 'Claimtrack' },
  };
  const items = claimsInOrder(report.claims).map((claim) => buildAnnotation(report, claim, settings, index, provenance));
  const collection: JsonLd = {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: `Claims in “${oneLine(article.title)}”`,
    total: items.length,
  };
  // The model: a collection with annotations MUST have `first`; a page MUST have at least one item.
  if (items.length > 0) {
    const pageId = `${id}#page-1`;
    collection.first = { id: pageId, type: 'AnnotationPage', startIndex: 0, items };
    collection.last = pageId;
  }
  return collection;
}

export function renderW3c(report: ArticleReport, settings: ExportSettings): string {
  return `${JSON.stringify(buildAnnotationCollection(report, settings), null, 2)}\n`;
}
