/**
 * Escaping for user text (article bodies, source names, notes) written into HTML, which may contain
 * markup on purpose: a source called `<script>alert(1)</script>` must show as those characters.
 * Safe in element content and in double- or single-quoted attribute values.
 *
 * A carriage return is written as a character reference: an HTML parser turns a literal CR LF into
 * LF, and a CRLF article would then no longer read back as its own text (highlights one character
 * off per line break before them; a selection's offsets wrong in the desk).
 */
const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '\r': '&#13;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'\r]/g, (ch) => HTML_ESCAPES[ch]);
}
