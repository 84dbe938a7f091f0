import type { ClaimStatus } from '../review/claim-status';

/**
 * How a status shows on every page: a word and a symbol besides the colour, so that it reads in
 * greyscale, for colour-blind readers and to screen readers alike. assets/desk.js has the same table.
 */
export const STATUS_LABELS: Record<ClaimStatus, { label: string; icon: string }> = {
  unverified: { label: 'Unverified', icon: '○' },
  in_review: { label: 'In review', icon: '◔' },
  corroborated: { label: 'Corroborated', icon: '✓' },
  disputed: { label: 'Disputed', icon: '✗' },
  inconclusive: { label: 'Inconclusive', icon: '?' },
};

export const statusText = (status: ClaimStatus) => `${STATUS_LABELS[status].icon} ${STATUS_LABELS[status].label}`;
