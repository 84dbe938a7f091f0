import { CodePointIndex } from '../../common/text/code-points';
import { cutAtSpans } from '../../common/text/span-cuts';
import type { ClaimStatus } from '../../common/vocabulary';

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
 * The body in stretches cut at every claim boundary (cutAtSpans), each with the claims covering it,
 * innermost first: the segments joined are exactly the body, which is what lets a selection in the
 * page be turned back into code-point offsets.
 */
export function segmentBody<C extends HighlightedClaim>(body: string, claims: C[]): BodySegment<C>[] {
  const index = new CodePointIndex(body);
  const spans = claims.filter((claim) => claim.start < claim.end && claim.end <= index.length);
  return cutAtSpans(index.length, spans).map(({ start, end, covering }) => {
    const innermostFirst = [...covering].sort((a, b) => a.end - a.start - (b.end - b.start) || a.id - b.id);
    return {
      text: index.slice(start, end),
      claims: innermostFirst,
      starts: innermostFirst.filter((claim) => claim.start === start),
      ends: innermostFirst.filter((claim) => claim.end === end),
    };
  });
}
