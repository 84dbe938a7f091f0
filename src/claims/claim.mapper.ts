import type { SourceSummaryDto } from '../sources/source-summary.dto';
import type { AttributionEntity } from './attribution.entity';
import type { AttributionResponseDto, ClaimResponseDto } from './claim.dto';
import type { ClaimEntity } from './claim.entity';

/** An attribution with its source as the claim shows it; a source that vanished shows as unknown rather than failing the page. */
export function mapAttribution(attribution: AttributionEntity, sources: ReadonlyMap<number, SourceSummaryDto>): AttributionResponseDto {
  const source = sources.get(attribution.sourceId) ?? { id: attribution.sourceId, name: `source ${attribution.sourceId}`, type: 'other' as const };
  return { id: attribution.id, role: attribution.role, cue: attribution.cue, source };
}

/** A claim row as hand-written SQL returns it (snake_case columns), read without entity hydration on the hot path. */
export function claimFromRow(row: Record<string, unknown>): ClaimEntity {
  const num = (value: unknown) => (value === null ? null : Number(value));
  return {
    id: Number(row.id), articleId: Number(row.article_id), text: row.text as string, kind: row.kind as ClaimEntity['kind'],
    status: row.status as ClaimEntity['status'], origin: row.origin as ClaimEntity['origin'], version: Number(row.version),
    assigneeId: num(row.assignee_id), quoteExact: row.quote_exact as string, quotePrefix: row.quote_prefix as string, quoteSuffix: row.quote_suffix as string,
    quoteStart: Number(row.quote_start), quoteEnd: Number(row.quote_end), orphaned: Boolean(row.orphaned), confidence: num(row.confidence), hedged: Boolean(row.hedged),
    verdictRationale: row.verdict_rationale as string | null, verdictById: num(row.verdict_by_id), verdictAt: row.verdict_at as string | null,
    approvedById: num(row.approved_by_id), approvedAt: row.approved_at as string | null, articleDeleted: Boolean(row.article_deleted),
    withdrawnAt: (row.withdrawn_at ?? null) as string | null, withdrawnById: num(row.withdrawn_by_id ?? null), withdrawalReason: (row.withdrawal_reason ?? null) as string | null,
    historyCount: Number(row.history_count), historyHead: row.history_head as string | null, historySeal: row.history_seal as string | null,
    createdById: num(row.created_by_id), createdAt: row.created_at as string, updatedAt: row.updated_at as string,
  };
}

export function mapClaim(claim: ClaimEntity, attributions: readonly AttributionEntity[], sources: ReadonlyMap<number, SourceSummaryDto>, tags: readonly string[] = []): ClaimResponseDto {
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
    tags: [...tags],
    withdrawn: claim.withdrawnAt !== null,
    withdrawal: claim.withdrawnAt !== null ? { reason: claim.withdrawalReason ?? '', byId: claim.withdrawnById, at: claim.withdrawnAt } : null,
    createdAt: claim.createdAt,
    updatedAt: claim.updatedAt,
  };
}
