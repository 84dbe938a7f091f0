import type { SourceType } from '../common/vocabulary';
import type { ClaimKind, ClaimOrigin, AttributionRole, EvidenceStance } from '../common/vocabulary';
import type { ClaimStatus, Verdict } from '../common/vocabulary';

/**
 * The input model of every exporter: one article with its claims, built from the database by the
 * exports service. Exporters are pure functions of this model (plus settings), so they can be tested
 * without Nest or a database. Bump REPORT_SCHEMA_VERSION when the JSON export's shape changes.
 */
export const REPORT_SCHEMA_VERSION = '1.0';
export interface ReportPerson { id: number; displayName: string }
export interface ReportSource { id: number; name: string; type: SourceType; country: string | null; aliases: string[]; affiliation: { id: number; name: string } | null }
export interface ReportAttribution { id: number; role: AttributionRole; cue: string | null; source: ReportSource }
export interface ReportEvidence { id: number; stance: EvidenceStance; url: string | null; note: string | null; linkedClaim: { id: number; text: string } | null; source: ReportSource | null; createdAt: string; createdBy: ReportPerson | null }
export interface ReportEvent { id: number; action: string; fromStatus: ClaimStatus | null; toStatus: ClaimStatus | null; actor: ReportPerson; note: string | null; createdAt: string }
export interface ReportVerdict { status: Verdict; rationale: string | null; reviewer: ReportPerson | null; givenAt: string | null; approvedBy: ReportPerson | null; approvedAt: string | null }
export interface ReportClaim { id: number; number: number /* 1-based, in order of position in the body */; text: string; kind: ClaimKind; status: ClaimStatus; origin: ClaimOrigin; confidence: number | null; orphaned: boolean; quote: { exact: string; prefix: string; suffix: string; start: number; end: number /* Unicode CODE POINTS into article.body, not UTF-16 */ }; attributions: ReportAttribution[]; evidence: ReportEvidence[]; verdict: ReportVerdict | null; history: ReportEvent[] }
export interface ReportArticle { id: number; title: string; body: string; language: string; outlet: string | null; url: string | null; publishedAt: string | null; byline: string | null; wireAgencies: string[]; revision: number }
export interface ArticleReport { schemaVersion: typeof REPORT_SCHEMA_VERSION; generatedAt: string; article: ReportArticle; claims: ReportClaim[]; sources: ReportSource[] /* distinct sources cited */; summary: { total: number; byStatus: Record<ClaimStatus, number> } }
export interface ExportSettings { baseUrl: string /* e.g. http://localhost:3000, for claim/article URLs */; organization: { name: string; url: string }; ratingLabels: 'en' | 'de' /* default label set */ }
