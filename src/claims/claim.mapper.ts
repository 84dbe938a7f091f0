import type { SourceSummaryDto } from '../sources/source-summary.dto';
import type { AttributionEntity } from './attribution.entity';
import type { AttributionResponseDto, ClaimResponseDto } from './claim.dto';
import type { ClaimEntity } from './claim.entity';

/** An attribution with its source as the claim shows it; a source that vanished shows as unknown rather than failing the page. */
export function mapAttribution(attribution: AttributionEntity, sources: ReadonlyMap<number, SourceSummaryDto>): AttributionResponseDto {
  const source = sources.get(attribution.sourceId) ?? { id: attribution.sourceId, name: `source ${attribution.sourceId}`, type: 'other' as const };
  return { id: attribution.id, role: attribution.role, cue: attribution.cue, source };
}

/** A claim row as the list query selects it (TypeORM's `c_` aliases), read without entity hydration on the hot path. */
export function claimFromRow(row: Record<string, unknown>): ClaimEntity {
  return {
    id: Number(row.c_id), articleId: Number(row.c_article_id), text: row.c_text as string, kind: row.c_kind as ClaimEntity['kind'],
    status: row.c_status as ClaimEntity['status'], origin: row.c_origin as ClaimEntity['origin'], version: Number(row.c_version),
    assigneeId: row.c_assignee_id === null ? null : Number(row.c_assignee_id), quoteExact: row.c_quote_exact as string,
    quotePrefix: row.c_quote_prefix as string, quoteSuffix: row.c_quote_suffix as string, quoteStart: Number(row.c_quote_start), quoteEnd: Number(row.c_quote_end),
    orphaned: Boolean(row.c_orphaned), confidence: row.c_confidence === null ? null : Number(row.c_confidence), hedged: Boolean(row.c_hedged),
    verdictRationale: row.c_verdict_rationale as string | null, verdictById: row.c_verdict_by_id === null ? null : Number(row.c_verdict_by_id),
    verdictAt: row.c_verdict_at as string | null, approvedById: row.c_approved_by_id === null ? null : Number(row.c_approved_by_id),
    approvedAt: row.c_approved_at as string | null, articleDeleted: Boolean(row.c_article_deleted),
    historyCount: Number(row.c_history_count), historyHead: row.c_history_head as string | null, historySeal: row.c_history_seal as string | null,
    createdById: row.c_created_by_id === null ? null : Number(row.c_created_by_id),
    createdAt: row.c_created_at as string, updatedAt: row.c_updated_at as string,
  };
}

export function mapClaim(claim: ClaimEntity, attributions: readonly AttributionEntity[], sources: ReadonlyMap<number, SourceSummaryDto>): ClaimResponseDto {
  const hasVerdict = claim.verdictAt !== null;
  return {
    id: claim.id,
    articleId: claim.articleId,
    text: claim.text,
    kind: claim.kind,
    status: claim.status,
    origin: claim.origin,
    version: claim.version,
    assigneeId: claim.assigneeId,
    quote: { exact: claim.quoteExact, prefix: claim.quotePrefix, suffix: claim.quoteSuffix, start: claim.quoteStart, end: claim.quoteEnd },
    attributions: attributions.map((a) => mapAttribution(a, sources)),
    confidence: claim.confidence,
    hedged: claim.hedged,
    orphaned: claim.orphaned,
    verdict: hasVerdict
      ? { rationale: claim.verdictRationale, givenById: claim.verdictById, givenAt: claim.verdictAt, approvedById: claim.approvedById, approvedAt: claim.approvedAt }
      : null,
    createdAt: claim.createdAt,
    updatedAt: claim.updatedAt,
  };
}
