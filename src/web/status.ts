import { CLAIM_STATUSES, type ClaimStatus } from '../common/vocabulary';
import type { Messages } from './i18n';

export const STATUS_ICONS: Record<ClaimStatus, string> = { unverified: '○', in_review: '◔', corroborated: '✓', disputed: '✗', inconclusive: '?' };

/**
 * How a status shows on every page: a word (the reader's language, the reports' words) and a symbol
 * besides the colour, so that it reads in greyscale, for colour-blind readers and to screen readers
 * alike. assets/desk.js has the same symbols for the browser.
 */
export function statusLabels(m: Messages): Record<ClaimStatus, { label: string; icon: string }> {
  return Object.fromEntries(CLAIM_STATUSES.map((status) => [status, { label: m.words.status[status], icon: STATUS_ICONS[status] }])) as Record<ClaimStatus, { label: string; icon: string }>;
}

export const statusText = (m: Messages, status: ClaimStatus) => `${STATUS_ICONS[status]} ${m.words.status[status]}`;
