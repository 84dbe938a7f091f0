import * as jsonld from 'jsonld';
import { EXPORT_FORMATS } from '../../../src/exports/formats';
import { buildClaimReviewDocument } from '../../../src/exports/formats/claimreview';
import { type ClaimRatingScale, DEFAULT_RATING_SCALES } from '../../../src/exports/formats/rating-scale';
import { buildReport, SETTINGS } from './fixtures';
import { localDocumentLoader } from './jsonld-loader';

const S = 'http://schema.org/';
type Node = Record<string, any>;

/** Expands like a search engine's JSON-LD reader would, with the contexts served offline. */
async function expand(text: string): Promise<Node[]> {
  return (await jsonld.expand(JSON.parse(text), { documentLoader: localDocumentLoader as any })) as Node[];
}
const one = (node: Node, property: string): Node => node[S + property][0];
const value = (node: Node, property: string): unknown => one(node, property)['@value'];
const types = (node: Node): string[] => node['@type'];

describe('claimreview export', () => {
  const report = buildReport();
  const text = EXPORT_FORMATS.claimreview.render(report, SETTINGS) as string;

  it('is one schema.org document with the reviews in @graph', () => {
    const doc = JSON.parse(text);
    expect(doc['@context']).toBe('https://schema.org');
    expect(Array.isArray(doc['@graph'])).toBe(true);
    expect(EXPORT_FORMATS.claimreview.contentType).toMatch(/^application\/ld\+json/);
  });

  it('contains only claims whose verdict an editor approved', async () => {
    const reviews = await expand(text);
    expect(reviews).toHaveLength(2);
    expect(reviews.every((r) => types(r).includes(S + 'ClaimReview'))).toBe(true);
    expect(reviews.map((r) => one(r, 'url')['@id'])).toEqual(['http://localhost:3000/claims/101', 'http://localhost:3000/claims/105']);
    // The unapproved (claim 104) and verdict-less claims leave no trace.
    expect(text).not.toContain('/claims/104');
    expect(text).not.toContain('äußerst ernst');
    expect(text).not.toContain('Nicht belegt');
    expect(text).not.toContain('/claims/102');
  });

  it('carries the properties Google requires and recommends, as schema.org IRIs', async () => {
    const [review] = await expand(text);
    expect(value(review, 'claimReviewed')).toBe('Nordkorea hat 3000 Soldaten nach Russland geschickt.');
    expect(value(review, 'datePublished')).toBe('2024-10-24T13:00:00.000Z');
    expect(one(review, 'datePublished')['@type']).toBe(S + 'Date');
    const author = one(review, 'author');
    expect(types(author)).toEqual([S + 'Organization']);
    expect(value(author, 'name')).toBe('Faktencheck-Redaktion');
    expect(one(author, 'url')['@id']).toBe('https://faktencheck.example');

    const rating = one(review, 'reviewRating');
    expect(types(rating)).toEqual([S + 'Rating']);
    expect(value(rating, 'alternateName')).toBe('Bestätigt');
    expect(value(rating, 'ratingValue')).toBe(5);
    expect(value(rating, 'bestRating')).toBe(5);
    expect(value(rating, 'worstRating')).toBe(1);

    const claim = one(review, 'itemReviewed');
    expect(types(claim)).toEqual([S + 'Claim']);
    const speaker = one(claim, 'author');
    expect(types(speaker)).toEqual([S + 'Organization']);
    expect(value(speaker, 'name')).toBe('Südkoreanischer Geheimdienst');
    const appearance = one(claim, 'appearance');
    expect(types(appearance)).toEqual([S + 'NewsArticle']);
    expect(one(appearance, 'url')['@id']).toBe(report.article.url);
    expect(value(appearance, 'headline')).toBe(report.article.title);
    expect(value(appearance, 'datePublished')).toBe('2024-10-24T06:12:00.000Z');
    expect(value(one(appearance, 'publisher'), 'name')).toBe('ntv.de');
    expect(value(review, 'reviewBody')).toBe('Die USA & die NATO bestätigen <unabhängig> die Zahl.');
  });

  it('writes the article\'s address as a valid URL even when it was stored with quotes or spaces', async () => {
    const odd = buildReport();
    odd.article.url = 'https://www.n-tv.de/politik/artikel?q="Kim" Söldner';
    const [review] = await expand(EXPORT_FORMATS.claimreview.render(odd, SETTINGS) as string);
    expect(one(one(one(review, 'itemReviewed'), 'appearance'), 'url')['@id']).toBe('https://www.n-tv.de/politik/artikel?q=%22Kim%22%20S%C3%B6ldner');
  });

  it('makes a person speaker a Person with affiliation, and ignores relays as authors', async () => {
    const reviews = await expand(text);
    const kirby = one(one(reviews[1], 'itemReviewed'), 'author');
    expect(types(kirby)).toEqual([S + 'Person']);
    expect(value(kirby, 'name')).toBe('John Kirby');
    expect(value(one(kirby, 'affiliation'), 'name')).toBe('US National Security Council');
    expect(reviews[1][S + 'itemReviewed'][0][S + 'author']).toHaveLength(1);
    expect(value(one(reviews[1], 'reviewRating'), 'alternateName')).toBe('Nicht eindeutig');
  });

  it('uses the English default scale or a newsroom scale when asked', async () => {
    const english = buildClaimReviewDocument(report, { ...SETTINGS, ratingLabels: 'en' });
    expect((english['@graph'] as Node[])[0].reviewRating.alternateName).toBe('Corroborated');
    const custom: ClaimRatingScale = {
      language: 'de', worstRating: 0, bestRating: 10,
      ratings: { disputed: { ratingValue: 0, alternateName: 'Falsch' }, inconclusive: { ratingValue: 5, alternateName: 'Unbelegt' }, corroborated: { ratingValue: 10, alternateName: 'Stimmt' } },
    };
    const reviews = await expand(EXPORT_FORMATS.claimreview.render(report, SETTINGS, { ratingScale: custom }) as string);
    const rating = one(reviews[0], 'reviewRating');
    expect(value(rating, 'alternateName')).toBe('Stimmt');
    expect(value(rating, 'ratingValue')).toBe(10);
    expect(value(rating, 'worstRating')).toBe(0);
    expect(() => buildClaimReviewDocument(report, SETTINGS, { ratingScale: { ...custom, bestRating: 5 } })).toThrow(RangeError);
    expect(DEFAULT_RATING_SCALES.de.ratings.disputed.alternateName).toBe('Widerlegt');
  });

  it('gives an empty @graph when nothing is approved', () => {
    const unapproved = { ...report, claims: report.claims.map((c) => (c.verdict ? { ...c, verdict: { ...c.verdict, approvedAt: null } } : c)) };
    expect(buildClaimReviewDocument(unapproved, SETTINGS)).toEqual({ '@context': 'https://schema.org', '@graph': [] });
  });
});
