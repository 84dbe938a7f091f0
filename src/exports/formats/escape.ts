/**
 * Backslash-escapes every ASCII punctuation character that Markdown (CommonMark/GFM) gives a meaning
 * anywhere in a line, plus the ones that only matter at the start of a line (`-`, `+`, `=`, `1.`).
 * CommonMark allows a backslash before any ASCII punctuation, so over-escaping is harmless.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()<>#!|~&$^]/g, (ch) => `\\${ch}`)
    .replace(/^(\s*)([-+=])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}
