import { CodePointIndex } from '../../common/text/code-points';
import { cutAtSpans } from '../../common/text/span-cuts';
import type { ReportClaim } from '../report.types';

/**
 * Where each claim sits in the article body, shared by the HTML, Markdown and PDF exporters.
 *
 * Offsets are code points (see CodePointIndex). A claim is drawn in the text only when it is not
 * orphaned AND its offsets still slice exactly its `quote.exact` out of the body: a stale offset
 * must never highlight the wrong words, so such a claim is listed like an orphaned one.
 *
 * Overlaps: claims that nest (one inside another, or the same words twice) are drawn as nested
 * highlights, each wrapping exactly its own quote. A claim that crosses another's boundary
 * (A = 0..10, B = 5..15) cannot be one contiguous element beside A, so it is "crossing": the HTML
 * marks only its start with its number and lists it; the PDF, which has no elements, still shades
 * every segment it covers (see `segmentBody`).
 */
export interface AnchoredClaim {
  claim: ReportClaim;
  /** Code-point offsets, validated against the body. */
  start: number;
  end: number;
  children: AnchoredClaim[];
}

export interface ClaimPlacement {
  index: CodePointIndex;
  /** Top-level highlights, in body order; nested ones are in `children`. */
  roots: AnchoredClaim[];
  /** Anchored, but crossing a highlighted claim's boundary. */
  crossing: AnchoredClaim[];
  /** Orphaned, or offsets that no longer slice `quote.exact` out of the body. */
  unanchored: ReportClaim[];
}

export function isAnchored(index: CodePointIndex, claim: ReportClaim): boolean {
  const { start, end, exact } = claim.quote;
  if (claim.orphaned) return false;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > index.length) return false;
  return index.slice(start, end) === exact;
}

export function placeClaims(body: string, claims: readonly ReportClaim[]): ClaimPlacement {
  const index = new CodePointIndex(body);
  const unanchored: ReportClaim[] = [];
  const anchored: AnchoredClaim[] = [];
  for (const claim of claims) {
    if (isAnchored(index, claim)) anchored.push({ claim, start: claim.quote.start, end: claim.quote.end, children: [] });
    else unanchored.push(claim);
  }
  // Outer claims first: by start, then longest, then number, so a container precedes what it contains.
  anchored.sort((a, b) => a.start - b.start || b.end - a.end || a.claim.number - b.claim.number);

  const roots: AnchoredClaim[] = [];
  const crossing: AnchoredClaim[] = [];
  const open: AnchoredClaim[] = [];
  for (const item of anchored) {
    while (open.length > 0 && open[open.length - 1].end <= item.start) open.pop();
    const parent = open[open.length - 1];
    if (!parent) roots.push(item);
    else if (item.end <= parent.end) parent.children.push(item);
    else {
      crossing.push(item);
      continue;
    }
    open.push(item);
  }
  return { index, roots, crossing, unanchored };
}

/** Every anchored claim: the highlights depth-first (each before what it contains), then the crossing ones. */
export function anchoredClaims(placement: ClaimPlacement): AnchoredClaim[] {
  const all: AnchoredClaim[] = [];
  const collect = (items: AnchoredClaim[]): void => {
    for (const item of items) {
      all.push(item);
      collect(item.children);
    }
  };
  collect(placement.roots);
  all.push(...placement.crossing);
  return all;
}

export interface BodySegment {
  text: string;
  start: number;
  end: number;
  /** Every anchored claim covering this segment, outermost first. */
  claims: ReportClaim[];
  /** Claims whose quote begins at this segment's start, in number order (for inline numbers). */
  startingClaims: ReportClaim[];
}

/**
 * The body cut at every claim boundary (cutAtSpans). Each segment carries all claims covering it, so
 * crossing claims are covered too. Used by the PDF exporter, which shades segments.
 */
export function segmentBody(placement: ClaimPlacement): BodySegment[] {
  const all = anchoredClaims(placement);
  return cutAtSpans(placement.index.length, all).map(({ start, end, covering }) => ({
    text: placement.index.slice(start, end),
    start,
    end,
    claims: [...covering].sort((a, b) => a.start - b.start || b.end - a.end || a.claim.number - b.claim.number).map((item) => item.claim),
    startingClaims: all
      .filter((item) => item.start === start)
      .map((item) => item.claim)
      .sort((a, b) => a.number - b.number),
  }));
}

/** Claims in report order (by their number), the order every list in every export uses. */
export function claimsInOrder(claims: readonly ReportClaim[]): ReportClaim[] {
  return [...claims].sort((a, b) => a.number - b.number || a.id - b.id);
}
