import { CodePointIndex } from '../../common/text/code-points';
import type { ClaimStatus } from '../../review/claim-status';

export interface HighlightedClaim {
  id: number;
  status: ClaimStatus;
  /** Code points, as the API gives them. */
  start: number;
  end: number;
}

export interface BodySegment<C extends HighlightedClaim = HighlightedClaim> {
  text: string;
  /** The claims covering this stretch, innermost (shortest) first; empty for plain text. */
  claims: C[];
  /** Claims whose words begin / end with this stretch. */
  starts: C[];
  ends: C[];
}

/**
 * Cuts the body into stretches at every claim boundary, so overlapping and nested claims can be
 * highlighted without changing a single character: the segments joined are exactly the body, which
 * is what lets a selection in the page be turned back into code-point offsets.
 */
export function segmentBody<C extends HighlightedClaim>(body: string, claims: C[]): BodySegment<C>[] {
  const index = new CodePointIndex(body);
  const spans = claims.filter((claim) => claim.start < claim.end && claim.end <= index.length);
  const cuts = [...new Set([0, index.length, ...spans.flatMap((claim) => [claim.start, claim.end])])].sort((a, b) => a - b);
  const segments: BodySegment<C>[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    const covering = spans.filter((claim) => claim.start <= from && claim.end >= to).sort((a, b) => a.end - a.start - (b.end - b.start) || a.id - b.id);
    segments.push({
      text: index.slice(from, to),
      claims: covering,
      starts: covering.filter((claim) => claim.start === from),
      ends: covering.filter((claim) => claim.end === to),
    });
  }
  return segments;
}
