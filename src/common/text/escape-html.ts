/**
 * Escaping for user text (article bodies, source names, notes) written into HTML, which may contain
 * markup on purpose: a source called `<script>alert(1)</script>` must show as those characters.
 * Safe in element content and in double- or single-quoted attribute values.
 */
const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
}
