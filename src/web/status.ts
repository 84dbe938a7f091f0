import { labelsFor } from '../exports/formats/labels';
import { CLAIM_STATUSES, type ClaimStatus } from '../common/vocabulary';

const ICONS: Record<ClaimStatus, string> = { unverified: '○', in_review: '◔', corroborated: '✓', disputed: '✗', inconclusive: '?' };
const WORDS = labelsFor('en').status;

/**
 * How a status shows on every page: a word (the English report's) and a symbol besides the colour,
 * so that it reads in greyscale, for colour-blind readers and to screen readers alike.
 * assets/desk.js has the same table for the browser.
 */
export const STATUS_LABELS = Object.fromEntries(CLAIM_STATUSES.map((status) => [status, { label: WORDS[status], icon: ICONS[status] }])) as Record<
  ClaimStatus,
  { label: string; icon: string }
>;

export const statusText = (status: ClaimStatus) => `${STATUS_LABELS[status].icon} ${STATUS_LABELS[status].label}`;
