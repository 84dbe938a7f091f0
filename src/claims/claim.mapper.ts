import type { SourceType } from '../sources/source-type';
import type { AttributionResponseDto, ClaimResponseDto } from './claim.dto';
import type { ClaimEntity } from './claim.entity';
import type { AttributionRole } from './claim-vocabulary';

/** An attribution joined with its source's summary, as read for a page of claims. */
export interface AttributionRow {
  id: number;
  claimId: number;
  role: AttributionRole;
  cue: string | null;
  sourceId: number;
  sourceName: string;
  sourceType: SourceType;
}

export function mapAttribution(row: AttributionRow): AttributionResponseDto {
  return { id: row.id, role: row.role, cue: row.cue, source: { id: row.sourceId, name: row.sourceName, type: row.sourceType } };
}

export function mapClaim(claim: ClaimEntity, attributions: AttributionRow[]): ClaimResponseDto {
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
    attributions: attributions.map(mapAttribution),
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
