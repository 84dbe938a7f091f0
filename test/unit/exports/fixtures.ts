import { CodePointIndex } from '../../../src/common/text/code-points';
import { CLAIM_STATUSES, type ClaimStatus } from '../../../src/common/vocabulary';
import {
  type ArticleReport,
  type ExportSettings,
  type ReportClaim,
  type ReportPerson,
  type ReportSource,
  REPORT_SCHEMA_VERSION,
} from '../../../src/exports/report.types';

/**
 * A realistic report for the exporter tests, after the ntv.de piece of 24.10.2024 (the demo article),
 * shortened and seeded with the cases the exports must survive: umlauts, a Korean name in Hangul, an
 * emoji before a claim, markup and attribute injection in source names, formula-looking claim texts,
 * approved and unapproved verdicts, evidence with URLs (one `javascript:`), nested and crossing claims,
 * and an orphaned claim.
 */
export const BODY =
  'Seoul/Moskau (AFP/dpa/AP) – 📢 Nordkorea hat nach Angaben des südkoreanischen Geheimdienstes 3000 Soldaten nach Russland geschickt. ' +
  'Präsident 윤석열 sagte, die Lage sei „äußerst ernst“.\n\n' +
  'Die Nachrichtenagentur Yonhap berichtete unter Berufung auf Minister, die Soldaten würden in Ostrussland ausgebildet. ' +
  'Der Sprecher des Nationalen Sicherheitsrats, John Kirby, bestätigte, dass mindestens 3000 Soldaten in Russland seien. ' +
  'Russland bestreitet das.';

export const SETTINGS: ExportSettings = {
  baseUrl: 'http://localhost:3000',
  organization: { name: 'Faktencheck-Redaktion', url: 'https://faktencheck.example' },
  ratingLabels: 'de',
};

const alice: ReportPerson = { id: 2, displayName: 'Anna Prüfer' };
const eddie: ReportPerson = { id: 3, displayName: 'Erik Ödegaard' };

export const NIS: ReportSource = {
  id: 11, name: 'Südkoreanischer Geheimdienst', type: 'intelligence_agency', country: 'KR',
  aliases: ['südkoreanischer Geheimdienst', 'NIS'], affiliation: null,
};
export const YOON: ReportSource = { id: 12, name: '윤석열', type: 'person', country: 'KR', aliases: ['Yoon Suk Yeol'], affiliation: null };
export const SCRIPT_SOURCE: ReportSource = { id: 13, name: '<script>alert(1)</script>', type: 'other', country: null, aliases: [], affiliation: null };
export const QUOTE_SOURCE: ReportSource = { id: 14, name: 'Yonhap" onmouseover="x', type: 'news_agency', country: 'KR', aliases: ['연합뉴스'], affiliation: null };
export const KIRBY: ReportSource = {
  id: 15, name: 'John Kirby', type: 'person', country: 'US', aliases: [],
  affiliation: { id: 16, name: 'US National Security Council' },
};

/** Code-point anchoring of `exact` (its `occurrence`-th match) in BODY, with 32-code-point context. */
export function quoteOf(exact: string, occurrence = 0): ReportClaim['quote'] {
  let unit = -1;
  for (let i = 0; i <= occurrence; i++) {
    unit = BODY.indexOf(exact, unit + 1);
    if (unit < 0) throw new Error(`not in body: ${exact}`);
  }
  const index = new CodePointIndex(BODY);
  const start = index.toCodePointOffset(unit);
  const end = start + [...exact].length;
  return { exact, start, end, prefix: index.slice(Math.max(0, start - 32), start), suffix: index.slice(end, Math.min(index.length, end + 32)) };
}

const at = (day: number, hour: number): string => new Date(Date.UTC(2024, 9, day, hour, 0, 0)).toISOString();

function claim(partial: Partial<ReportClaim> & Pick<ReportClaim, 'id' | 'text' | 'quote' | 'status'>): ReportClaim {
  return {
    number: 0, kind: 'statement', origin: 'extracted', confidence: 0.8, orphaned: false,
    attributions: [], evidence: [], verdict: null,
    history: [{ id: partial.id * 10, action: 'create', fromStatus: null, toStatus: 'unverified', actor: alice, note: null, createdAt: at(24, 9) }],
    ...partial,
  };
}

/** Whole first sentence about the troops; contains claim 2 and is crossed by claim 3. Approved. */
const troops = claim({
  id: 101,
  text: 'Nordkorea hat 3000 Soldaten nach Russland geschickt.',
  kind: 'event',
  quote: quoteOf('Nordkorea hat nach Angaben des südkoreanischen Geheimdienstes 3000 Soldaten nach Russland geschickt'),
  status: 'corroborated',
  attributions: [{ id: 201, role: 'speaker', cue: 'nach Angaben', source: NIS }],
  evidence: [{
    id: 301, stance: 'supports', url: 'https://www.reuters.com/world/nato-confirms-north-korean-troops-2024-10-28/',
    note: 'NSC bestätigt „mindestens 3000“ – unabhängig vom Geheimdienst', linkedClaim: { id: 105, text: 'Mindestens 3000 Soldaten sind in Russland.' },
    source: KIRBY, createdAt: at(24, 11), createdBy: alice,
  }],
  verdict: { status: 'corroborated', rationale: 'Die USA & die NATO bestätigen <unabhängig> die Zahl.', reviewer: alice, givenAt: at(24, 12), approvedBy: eddie, approvedAt: at(24, 13) },
  history: [
    { id: 1001, action: 'take', fromStatus: 'unverified', toStatus: 'in_review', actor: alice, note: null, createdAt: at(24, 10) },
    { id: 1002, action: 'verdict', fromStatus: 'in_review', toStatus: 'corroborated', actor: alice, note: null, createdAt: at(24, 12) },
    { id: 1003, action: 'approve', fromStatus: 'corroborated', toStatus: 'corroborated', actor: eddie, note: 'ok', createdAt: at(24, 13) },
  ],
});

/** Nested inside claim 1; its text looks like a spreadsheet formula. */
const number3000 = claim({
  id: 102, text: '=SUM(A1) 3000 Soldaten', kind: 'statistic', quote: quoteOf('3000 Soldaten'), status: 'in_review',
  attributions: [{ id: 202, role: 'speaker', cue: null, source: NIS }],
});

/** Crosses the end of claim 1; attributed to the `<script>` source; formula-looking text. */
const crossing = claim({
  id: 103, text: '-2+3 Soldaten geschickt, sagt der Präsident', quote: quoteOf('nach Russland geschickt. Präsident 윤석열'), status: 'unverified',
  origin: 'manual', confidence: null,
  attributions: [{ id: 203, role: 'relay', cue: null, source: SCRIPT_SOURCE }],
});

/** Yoon's quote: verdict given but NOT approved, so it must never reach ClaimReview. */
const yoon = claim({
  id: 104, text: 'Yoon: Die Lage ist äußerst ernst.', kind: 'quote', quote: quoteOf('die Lage sei „äußerst ernst“'), status: 'disputed',
  attributions: [{ id: 204, role: 'speaker', cue: 'sagte', source: YOON }],
  evidence: [{ id: 302, stance: 'refutes', url: 'javascript:alert(1)', note: 'Gegendarstellung', linkedClaim: null, source: null, createdAt: at(24, 14), createdBy: alice }],
  verdict: { status: 'disputed', rationale: 'Nicht belegt.', reviewer: alice, givenAt: at(24, 15), approvedBy: null, approvedAt: null },
});

/** Kirby via Yonhap (whose name carries an attribute injection). Approved inconclusive. */
const kirby = claim({
  id: 105, text: 'Mindestens 3000 Soldaten sind in Russland.', kind: 'statistic', quote: quoteOf('mindestens 3000 Soldaten in Russland seien'), status: 'inconclusive',
  attributions: [
    { id: 205, role: 'speaker', cue: 'bestätigte', source: KIRBY },
    { id: 206, role: 'relay', cue: 'berichtete', source: QUOTE_SOURCE },
  ],
  evidence: [{ id: 303, stance: 'context', url: 'https://www.nato.int/cps/en/natohq/news_230000.htm?a=1&b=(2)', note: 'NATO: <b>Dakhlallah</b> bestätigt Einsatz', linkedClaim: null, source: null, createdAt: at(25, 8), createdBy: null }],
  verdict: { status: 'inconclusive', rationale: 'Zahl nur von einer Seite; Russland bestreitet.', reviewer: alice, givenAt: at(25, 9), approvedBy: eddie, approvedAt: at(25, 10) },
});

/** Quote no longer in the body (the text was edited): listed, never highlighted. */
const orphan = claim({
  id: 106, text: 'Die Truppen sind bereits an der Front.', kind: 'event', status: 'unverified', orphaned: true,
  quote: { exact: 'Die Truppen sind bereits an der Front', prefix: 'ausgebildet. ', suffix: '. Der Sprecher', start: 230, end: 267 },
});

function numbered(claims: ReportClaim[]): ReportClaim[] {
  const ordered = [...claims].sort((a, b) => Number(a.orphaned) - Number(b.orphaned) || a.quote.start - b.quote.start || b.quote.end - a.quote.end);
  return ordered.map((c, i) => ({ ...c, number: i + 1 }));
}

export function buildReport(): ArticleReport {
  const claims = numbered([troops, number3000, crossing, yoon, kirby, orphan]);
  const byStatus = Object.fromEntries(CLAIM_STATUSES.map((s) => [s, 0])) as Record<ClaimStatus, number>;
  for (const c of claims) byStatus[c.status]++;
  const sources = [NIS, SCRIPT_SOURCE, YOON, KIRBY, QUOTE_SOURCE];
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    generatedAt: '2024-10-26T08:30:00.000Z',
    article: {
      id: 7,
      title: 'Südkorea: Nordkorea schickt 3000 Soldaten nach Russland <script>alert("t")</script>',
      body: BODY,
      language: 'de',
      outlet: 'ntv.de',
      url: 'https://www.n-tv.de/politik/Nordkorea-Soldaten-Russland-article25311111.html',
      publishedAt: '2024-10-24T06:12:00.000Z',
      byline: 'AFP/dpa/AP',
      wireAgencies: ['AFP', 'dpa', 'AP'],
      revision: 2,
    },
    claims,
    sources,
    summary: { total: claims.length, byStatus },
  };
}

export function claimById(report: ArticleReport, id: number): ReportClaim {
  const found = report.claims.find((c) => c.id === id);
  if (!found) throw new Error(`no claim ${id}`);
  return found;
}
