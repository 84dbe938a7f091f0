import { TxEvent } from '../database/tx-events';
import type { SourceEntity } from './source.entity';

/** What the features holding references to sources report back while a merge moves them. */
export interface MergeReport {
  /** Claims whose attributions moved to the surviving source. */
  claims: number;
  /** Attributions that would have become duplicates and were folded into the survivor's (recorded in each claim's history). */
  foldedAttributions: number;
  evidence: number;
}

/**
 * Two source records became one, inside the merge's transaction: every reference to `from` must
 * move to `into` before it commits. Published after both are locked and found live.
 */
export const SourceMerged = new TxEvent<{ from: SourceEntity; into: SourceEntity; actorId: number; report: MergeReport }>('source.merged');
