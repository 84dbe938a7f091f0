/**
 * Escaping for user text (article bodies, source names, notes), which may contain markup on purpose:
 * a source called `<script>alert(1)</script>` must show as those characters, never run.
 */
const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Safe in element content and in double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
}

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
