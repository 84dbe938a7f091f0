import * as jsonld from 'jsonld';
import { EXPORT_FORMATS } from '../../../src/exports/formats';
import { buildAnnotationCollection } from '../../../src/exports/formats/w3c';
import { buildReport, claimById, SETTINGS } from './fixtures';
import { localDocumentLoader } from './jsonld-loader';
import { assertionsOf, wptAjv } from './w3c-schemas';

const OA = 'http://www.w3.org/ns/oa#';
const AS = 'http://www.w3.org/ns/activitystreams#';
type Node = Record<string, any>;

describe('w3c export', () => {
  const report = buildReport();
  const text = EXPORT_FORMATS.w3c.render(report, SETTINGS) as string;
  const collection = JSON.parse(text);
  const annotations: Node[] = collection.first.items;
  const ajv = wptAjv();

  const check = (schema: Record<string, unknown>, data: unknown): string[] => {
    const validate = ajv.compile(schema);
    return validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  };

  describe('against the W3C annotation-model test schemas (web-platform-tests)', () => {
    const annotationMusts = assertionsOf('annotations/annotationMusts.test');
    it('runs all 14 annotation MUSTs and 14 of the 15 page MUSTs (pageContext is not in the stored copy)', () => {
      expect(annotationMusts).toHaveLength(14);
      expect(assertionsOf('collections/pages/pageMusts.test')).toHaveLength(14);
    });

    it.each(annotationMusts.map((a) => [a.path, a.schema] as const))('every Annotation passes %s', (_path, schema) => {
      for (const annotation of annotations) {
        // An Annotation lifted out of the collection carries the collection's context.
        expect(check(schema, { '@context': collection['@context'], ...annotation })).toEqual([]);
      }
    });

    const pageMusts = assertionsOf('collections/pages/pageMusts.test');
    it.each(pageMusts.map((a) => [a.path, a.schema] as const))('the collection with its first page passes %s', (_path, schema) => {
      expect(check(schema, collection)).toEqual([]);
    });

    it('passes the collection MUSTs, composed from collections.json (5.1-* files are not in the stored copy)', () => {
      const ref = (name: string) => ({ $ref: `collections.json#/definitions/${name}` });
      const collectionMusts = {
        $schema: 'http://json-schema.org/draft-04/schema#',
        type: 'object',
        required: ['@context', 'id', 'type'],
        properties: { '@context': { oneOf: [ref('contextValueFound'), ref('contextValueInArrayFound')] } },
        allOf: [
          { $ref: 'id.json#/definitions/idValueFound' },
          ref('annotationCollectionTypeValueFound'),
          ref('labelDefinition'),
          ref('totalDefinition'),
          ref('firstValidIfPresent'),
          ref('lastValidIfPresent'),
          ref('firstRequiredIfTotalMoreThanZero'),
          { $ref: 'otherProperties.json#/definitions/createdValidIfPresent' },
          { $ref: 'otherProperties.json#/definitions/modifiedValidIfPresent' },
          { $ref: 'otherProperties.json#/definitions/rightsValidIfPresent' },
        ],
      };
      expect(check(collectionMusts, collection)).toEqual([]);
      expect(check(collectionMusts, { ...collection, first: undefined, last: undefined, total: 6 })).not.toEqual([]);
    });

    it('uses motivations and purposes from the W3C vocabulary', () => {
      const motivation = { $ref: 'annotations.json#/definitions/motivationRecognizedIfPresent' };
      const purpose = { $ref: 'otherProperties.json#/definitions/purposeRecognizedIfPresent' };
      for (const annotation of annotations) {
        expect(check(motivation, annotation)).toEqual([]);
        for (const body of annotation.body) {
          expect(body.purpose).toBeDefined();
          expect(check(purpose, body)).toEqual([]);
        }
      }
      expect(check(motivation, { motivation: 'fact-checking' })).not.toEqual([]);
    });

    it('bite: a broken Annotation fails them', () => {
      const musts = annotationMusts.map((a) => a.schema);
      const failures = (annotation: Node) => musts.flatMap((schema) => check(schema, { '@context': collection['@context'], ...annotation }));
      const good = annotations[0];
      expect(failures(good)).toEqual([]);
      expect(failures({ ...good, id: 'not a uri' })).not.toEqual([]);
      expect(failures({ ...good, target: undefined })).not.toEqual([]);
      expect(failures({ ...good, type: 'Note' })).not.toEqual([]);
      expect(failures({ ...good, bodyValue: 'x' })).not.toEqual([]);
      expect(failures({ ...good, created: 'yesterday' })).not.toEqual([]);
      expect(failures({ ...good, target: { type: 'SpecificResource', selector: good.target.selector } })).not.toEqual([]);
    });

    it('has valid TextQuote and TextPosition selectors', () => {
      const quote = { $ref: 'specificResource.json#/definitions/textQuoteSelectorTypeValidIfPresent' };
      const position = { $ref: 'specificResource.json#/definitions/textPositionSelectorTypeValidIfPresent' };
      for (const annotation of annotations) {
        for (const selector of annotation.target.selector) {
          expect(check(quote, selector)).toEqual([]);
          expect(check(position, selector)).toEqual([]);
        }
      }
    });
  });

  it('counts TextPositionSelector offsets in code points, so an emoji before a claim shifts nothing', () => {
    const codePoints = Array.from(report.article.body);
    for (const annotation of annotations) {
      const claimId = Number(annotation.id.match(/claims\/(\d+)#/)[1]);
      const claim = claimById(report, claimId);
      const quote = annotation.target.selector.find((s: Node) => s.type === 'TextQuoteSelector');
      const position = annotation.target.selector.find((s: Node) => s.type === 'TextPositionSelector');
      expect(quote.exact).toBe(claim.quote.exact);
      if (claim.orphaned) {
        expect(position).toBeUndefined();
        continue;
      }
      expect(codePoints.slice(position.start, position.end).join('')).toBe(claim.quote.exact);
      expect(codePoints.slice(position.start - [...quote.prefix].length, position.start).join('')).toBe(quote.prefix);
    }
    // The first claim comes right after 📢: counted in UTF-16 units it would be off by one.
    const first = annotations[0].target.selector.find((s: Node) => s.type === 'TextPositionSelector');
    expect(report.article.body.slice(first.start, first.end)).not.toBe(claimById(report, 101).quote.exact);
  });

  it('expands to the Web Annotation vocabulary (oa:, as:) with the W3C context', async () => {
    const expanded = (await jsonld.expand(collection, { documentLoader: localDocumentLoader as any })) as Node[];
    const [coll] = expanded;
    expect(coll['@type']).toEqual([AS + 'OrderedCollection']);
    expect(coll[AS + 'totalItems'][0]).toEqual({ '@value': 6, '@type': 'http://www.w3.org/2001/XMLSchema#nonNegativeInteger' });
    const page = coll[AS + 'first'][0];
    expect(page['@type']).toEqual([AS + 'OrderedCollectionPage']);
    const items: Node[] = page[AS + 'items'][0]['@list'];
    expect(items).toHaveLength(6);
    const first = items[0];
    expect(first['@type']).toEqual([OA + 'Annotation']);
    expect(first['@id']).toBe('http://localhost:3000/api/claims/101#annotation');
    expect(first[OA + 'motivatedBy']).toEqual([{ '@id': OA + 'assessing' }]);
    const target = first[OA + 'hasTarget'][0];
    expect(target['@type']).toEqual([OA + 'SpecificResource']);
    expect(target[OA + 'hasSource']).toEqual([{ '@id': report.article.url }]);
    const selectors: Node[] = target[OA + 'hasSelector'];
    const tps = selectors.find((s) => s['@type'][0] === OA + 'TextPositionSelector')!;
    expect(tps[OA + 'start'][0]['@type']).toBe('http://www.w3.org/2001/XMLSchema#nonNegativeInteger');
    const tqs = selectors.find((s) => s['@type'][0] === OA + 'TextQuoteSelector')!;
    expect(tqs[OA + 'exact'][0]['@value']).toBe(claimById(report, 101).quote.exact);
    const purposes = first[OA + 'hasBody'].map((b: Node) => b[OA + 'hasPurpose'][0]['@id']);
    expect(purposes).toEqual([OA + 'describing', OA + 'assessing', OA + 'identifying', OA + 'tagging', OA + 'commenting']);
    const status = first[OA + 'hasBody'][1];
    expect(status['http://www.w3.org/1999/02/22-rdf-syntax-ns#value'][0]['@value']).toBe('corroborated');
    const identifying = first[OA + 'hasBody'][2];
    expect(identifying[OA + 'hasSource']).toEqual([{ '@id': 'http://localhost:3000/api/sources/11' }]);
  });

  it('targets Claimtrack\'s article URL when the article has none, and omits pages when empty', () => {
    const noUrl = buildAnnotationCollection({ ...report, article: { ...report.article, url: null } }, SETTINGS) as Node;
    expect(noUrl.first.items[0].target.source).toBe('http://localhost:3000/api/articles/7');
    const empty = buildAnnotationCollection({ ...report, claims: [] }, SETTINGS) as Node;
    expect(empty.total).toBe(0);
    expect(empty.first).toBeUndefined();
  });
});
