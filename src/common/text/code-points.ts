/**
 * Offsets in Claimtrack count Unicode code points, as the W3C Web Annotation model does
 * (TextPositionSelector), not the UTF-16 units JavaScript strings index by: an emoji before a
 * claim must not shift it. These helpers convert at the edges so the rest of the code never mixes the two.
 */

/** Number of code points in `text`. */
export function codePointLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

/**
 * Maps code-point offsets to UTF-16 offsets and back for one text. Built once per text (O(n)),
 * then each conversion is O(1) for texts without astral characters and O(log n) otherwise.
 */
export class CodePointIndex {
  /** UTF-16 offsets of every astral (surrogate-pair) character, in order. */
  private readonly astralUnitOffsets: number[] = [];
  readonly length: number;

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          this.astralUnitOffsets.push(i);
          i++;
        }
      }
    }
    this.length = text.length - this.astralUnitOffsets.length;
  }

  /** UTF-16 offset of the code point at `codePointOffset` (0..length). */
  toUnitOffset(codePointOffset: number): number {
    // Each astral character before the position adds one extra UTF-16 unit.
    let low = 0;
    let high = this.astralUnitOffsets.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.astralUnitOffsets[mid] - mid < codePointOffset) low = mid + 1;
      else high = mid;
    }
    return codePointOffset + low;
  }

  /** Code-point offset of UTF-16 offset `unitOffset`. */
  toCodePointOffset(unitOffset: number): number {
    let low = 0;
    let high = this.astralUnitOffsets.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.astralUnitOffsets[mid] < unitOffset) low = mid + 1;
      else high = mid;
    }
    return unitOffset - low;
  }

  /** The text between two code-point offsets. */
  slice(start: number, end: number): string {
    return this.text.slice(this.toUnitOffset(start), this.toUnitOffset(end));
  }
}
