import { describeQuote } from '../src/claims/anchoring';
import { CodePointIndex, codePointLength } from '../src/common/text/code-points';
import type { ArticleReport, ReportClaim, ReportSource } from '../src/exports/report.types';
import { CLAIM_STATUSES, ClaimStatus } from '../src/common/vocabulary';

/**
 * An article with `claimCount` claims for the export benchmark: a German wire story long enough that
 * each claim has its own sentence, with sources, evidence, verdicts and history like the real desk.
 */
export function syntheticReport(claimCount: number): ArticleReport {
  const sentences = Array.from({ length: claimCount }, (_, i) =>
    `Nach Angaben des südkoreanischen Geheimdienstes (Meldung ${i + 1}) halten sich ${1000 + i} nordkoreanische Soldaten in Russland auf.`);
  const body = `🎉 ${sentences.join(' ')}`;
  const index = new CodePointIndex(body);
  const sources: ReportSource[] = Array.from({ length: 20 }, (_, i) => ({ id: i + 1, name: `Quelle ${i + 1} – Behörde für Äußeres`, type: 'government', country: 'KR', aliases: [`Q${i + 1}`], affiliation: null }));
  let unit = 0;
  const claims: ReportClaim[] = sentences.map((sentence, i) => {
    unit = body.indexOf(sentence, unit);
    const start = index.toCodePointOffset(unit);
    const end = start + codePointLength(sentence);
    const status: ClaimStatus = CLAIM_STATUSES[i % CLAIM_STATUSES.length];
    const person = { id: 2, displayName: 'Anna Prüfer' };
    const hasVerdict = status === 'corroborated' || status === 'disputed' || status === 'inconclusive';
    return {
      id: i + 1, number: i + 1, text: sentence, kind: 'statistic', status, origin: 'extracted', confidence: 0.8, orphaned: false,
      quote: describeQuote(index, start, end),
      attributions: [{ id: i * 2 + 1, role: 'speaker', cue: 'nach Angaben', source: sources[i % 20] }, { id: i * 2 + 2, role: 'relay', cue: 'laut', source: sources[(i + 7) % 20] }],
      evidence: [{ id: i + 1, stance: 'supports', url: `https://evidence.example/${i}`, note: 'Bestätigt', linkedClaim: null, source: sources[(i + 3) % 20], createdAt: '2024-10-24T12:00:00.000Z', createdBy: person }],
      verdict: hasVerdict ? { status, rationale: 'Zwei unabhängige Quellen', reviewer: person, givenAt: '2024-10-24T13:00:00.000Z', approvedBy: person, approvedAt: '2024-10-24T14:00:00.000Z' } as ReportClaim['verdict'] : null,
      history: [{ id: i + 1, action: 'created', fromStatus: null, toStatus: 'unverified', actor: person, note: null, createdAt: '2024-10-24T11:00:00.000Z' }],
    };
  });
  const byStatus = Object.fromEntries(CLAIM_STATUSES.map((s) => [s, claims.filter((c) => c.status === s).length])) as Record<ClaimStatus, number>;
  return {
    schemaVersion: '1.0', generatedAt: new Date().toISOString(),
    article: { id: 1, title: 'Südkorea kündigt Reaktion an', body, language: 'de', outlet: 'ntv.de', url: null, publishedAt: '2024-10-24T12:17:00.000Z', byline: null, wireAgencies: ['AFP', 'dpa', 'AP'], revision: 1 },
    claims, sources, summary: { total: claims.length, byStatus },
  };
}
