import { readFileSync } from 'node:fs';

/**
 * The PDF embeds Noto Sans KR (SIL Open Font License 1.1, from the npm package
 * @expo-google-fonts/noto-sans-kr, Google Fonts' static TTFs): one TrueType family that covers Latin
 * with German umlauts and ß, typographic quotes, and Hangul, so `윤석열` and `Südkorea` come out of one
 * font. pdfkit embeds only the glyphs used (a subset of a few KB), with a ToUnicode map, so the text
 * stays selectable and searchable. Characters the font lacks (emoji) are replaced, see `coverText`.
 */
export interface ReportFonts {
  regular: Buffer;
  bold: Buffer;
}

let cached: ReportFonts | undefined;

export function reportFonts(): ReportFonts {
  cached ??= {
    regular: readFileSync(require.resolve('@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf')),
    bold: readFileSync(require.resolve('@expo-google-fonts/noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf')),
  };
  return cached;
}

export type GlyphCoverage = (codePoint: number) => boolean;

/**
 * Replaces each character the font cannot draw (emoji, rare scripts) with U+FFFD or, if even that is
 * missing, `?`, so the PDF never shows an empty box silently standing for something else.
 */
export function coverText(text: string, covers: GlyphCoverage): string {
  const replacement = covers(0xfffd) ? '\uFFFD' : '?';
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    // Variation selectors and joiners belong to the emoji they follow; they vanish with it.
    if (cp === 0xfe0f || cp === 0xfe0e || cp === 0x200d) continue;
    out += cp < 0x20 || covers(cp) ? ch : replacement;
  }
  return out;
}
