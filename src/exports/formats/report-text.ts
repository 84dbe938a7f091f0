import type { ReportPerson, ReportSource } from '../report.types';

/**
 * Formatting shared by the human-readable exports (HTML, Markdown, PDF). Dates are formatted without
 * the host's locale or time zone so the same report renders the same everywhere.
 */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const text = date.toISOString();
  return `${text.slice(0, 10)} ${text.slice(11, 16)} UTC`;
}

export function personName(person: ReportPerson | null | undefined): string {
  return person ? person.displayName : '';
}

export function sourceDescription(source: ReportSource, typeLabel: string): string {
  return source.country ? `${typeLabel}, ${source.country}` : typeLabel;
}

/** Only http(s) links become clickable: a `javascript:` or `data:` URL in evidence stays plain text. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** Collapses line breaks and runs of white space for one-line fields (names, cues, notes in lists). */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
