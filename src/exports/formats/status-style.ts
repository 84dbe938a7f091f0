import type { ClaimStatus } from '../../common/vocabulary';

/**
 * Colours and line styles per status, shared by HTML and PDF. Colour is never the only cue: every
 * highlight also carries the status as text, and each status has its own underline style, so the
 * report reads the same in black-and-white print and for colour-blind readers.
 */
export interface StatusStyle {
  background: string;
  border: string;
  line: 'dotted' | 'dashed' | 'solid' | 'double' | 'wavy';
}

export const STATUS_STYLES: Record<ClaimStatus, StatusStyle> = {
  unverified: { background: '#e6e6e6', border: '#6b6b6b', line: 'dotted' },
  in_review: { background: '#fff1a8', border: '#8a6d00', line: 'dashed' },
  corroborated: { background: '#cdeccd', border: '#1f6b1f', line: 'solid' },
  disputed: { background: '#f7c9c9', border: '#9b1c1c', line: 'double' },
  inconclusive: { background: '#d9dcf7', border: '#33408f', line: 'wavy' },
};
