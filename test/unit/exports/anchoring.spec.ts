import { placeClaims, segmentBody } from '../../../src/exports/formats/anchoring';
import type { ReportClaim } from '../../../src/exports/report.types';
import { buildReport } from './fixtures';

describe('claim placement for highlights', () => {
  const report = buildReport();

  it('nests contained claims, separates crossing ones, and drops orphaned or stale ones', () => {
    const stale: ReportClaim = { ...report.claims[4], id: 999, number: 7, quote: { ...report.claims[4].quote, start: report.claims[4].quote.start + 1 } };
    const placement = placeClaims(report.article.body, [...report.claims, stale]);
    expect(placement.roots.map((r) => r.claim.id)).toEqual([101, 104, 105]);
    expect(placement.roots[0].children.map((c) => c.claim.id)).toEqual([102]);
    expect(placement.crossing.map((c) => c.claim.id)).toEqual([103]);
    expect(placement.unanchored.map((c) => c.id).sort()).toEqual([106, 999]);
  });

  it('cuts the body into segments that rebuild it and carry every covering claim', () => {
    const segments = segmentBody(placeClaims(report.article.body, report.claims));
    expect(segments.map((s) => s.text).join('')).toBe(report.article.body);
    const overlap = segments.find((s) => s.text === 'nach Russland geschickt')!;
    expect(overlap.claims.map((c) => c.id)).toEqual([101, 103]);
    const inner = segments.find((s) => s.text === '3000 Soldaten' && s.claims.length === 2)!;
    expect(inner.claims.map((c) => c.id)).toEqual([101, 102]);
  });
});
