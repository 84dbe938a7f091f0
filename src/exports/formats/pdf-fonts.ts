import { readFileSync } from 'node:fs';

/**
 * The PDF embeds two font families from Google Fonts' static TTFs (SIL Open Font License 1.1, npm
 * packages @expo-google-fonts/noto-sans and …/noto-sans-kr), used in this order:
 * - Noto Sans: Latin with every European diacritic (Erdoğan, Sikorski's ł, Babiš, Iohannis' ș),
 *   Vietnamese, Greek and Cyrillic;
 * - Noto Sans KR: Hangul and CJK ideographs (윤석열, 金正恩).
 * pdfkit embeds only the glyphs used (a subset of a few KB each), with a ToUnicode map, so the text
 * stays selectable and searchable. Characters neither family has (emoji) are replaced, see `fontRuns`.
 */
export type FontStyle = 'regular' | 'bold';

const FAMILIES = [
  { family: 'NotoSans', files: { regular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf', bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf' } },
  { family: 'NotoSansKR', files: { regular: '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf', bold: '@expo-google-fonts/noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf' } },
] as const;

export interface ReportFont {
  /** The name the font is registered under in the document. */
  name: string;
  style: FontStyle;
  data: Buffer;
}

let cached: ReportFont[] | undefined;

/** Every font of the report, in fallback order within each style. */
export function reportFonts(): ReportFont[] {
  cached ??= FAMILIES.flatMap(({ family, files }) =>
    (['regular', 'bold'] as const).map((style) => ({ name: `${family}-${style}`, style, data: readFileSync(require.resolve(files[style])) })),
  );
  return cached;
}

export type GlyphCoverage = (codePoint: number) => boolean;

export interface FontFace {
  name: string;
  covers: GlyphCoverage;
}

export interface TextRun {
  font: string;
  text: string;
}

/**
 * Cuts text into runs, each drawn by one font of the chain (first = preferred). A character stays in
 * the current run's font when that font has it, so spaces and punctuation between Hangul words do
 * not split runs; otherwise it goes to the first font that has it. A character no font has becomes
 * U+FFFD (or `?`) in the first font, so the PDF never shows an empty box silently standing for it.
 */
export function fontRuns(text: string, chain: readonly FontFace[]): TextRun[] {
  const [first] = chain;
  const replacement = first.covers(0xfffd) ? '\uFFFD' : '?';
  const runs: TextRun[] = [];
  let current: FontFace | undefined;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    // Variation selectors and joiners belong to the emoji they follow; they vanish with it.
    if (cp === 0xfe0f || cp === 0xfe0e || cp === 0x200d) continue;
    let face = current && (cp < 0x20 || current.covers(cp)) ? current : chain.find((f) => cp < 0x20 || f.covers(cp));
    let drawn = ch;
    if (!face) {
      face = first;
      drawn = replacement;
    }
    if (face === current) runs[runs.length - 1].text += drawn;
    else runs.push({ font: face.name, text: drawn });
    current = face;
  }
  return runs;
}
