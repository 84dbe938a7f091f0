/** A stretch of text in code points, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export interface SpanPiece<S extends Span> {
  start: number;
  end: number;
  /** Every span covering the whole piece, in the order given. */
  covering: S[];
}

/**
 * Cuts a text of `length` code points at every span boundary, so overlapping, nested and crossing
 * spans can all be drawn without changing a character: the pieces joined are exactly the text.
 * The desk page's highlights and the PDF's shading both draw from these pieces.
 */
export function cutAtSpans<S extends Span>(length: number, spans: readonly S[]): SpanPiece<S>[] {
  const cuts = [...new Set([0, length, ...spans.flatMap((span) => [span.start, span.end])])].sort((a, b) => a - b);
  const pieces: SpanPiece<S>[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i], cuts[i + 1]];
    pieces.push({ start, end, covering: spans.filter((span) => span.start <= start && span.end >= end) });
  }
  return pieces;
}
