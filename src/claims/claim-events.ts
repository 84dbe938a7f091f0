import { TxEvent } from '../database/tx-events';
import type { ClaimEntity } from './claim.entity';

/**
 * What happens to claims, announced inside the transaction that does it, for features above claims
 * that must record or pass it on in the same transaction (an outbox, a notification): a change and
 * what it announces commit together or not at all.
 */

/** Claims arrived on the desk (marked by hand, or an article's extraction run). */
export const ClaimsCreated = new TxEvent<{ claims: ClaimEntity[]; actorId: number }>('claims.created');

/** A review step changed a claim: `before` and `after` are its whole row. */
export const ClaimReviewed = new TxEvent<{ action: string; before: ClaimEntity; after: ClaimEntity; actorId: number; note: string | null }>('claim.reviewed');

/**
 * A claim's words, kind, span, tags or place on the desk changed (action: `edited`, `withdrawn`,
 * `restored`, `tagged`): `before` and `after` are its whole row.
 */
export const ClaimEdited = new TxEvent<{ action: string; before: ClaimEntity; after: ClaimEntity; actorId: number; note: string | null }>('claim.edited');
