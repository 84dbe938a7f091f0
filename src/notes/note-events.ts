import { TxEvent } from '../database/tx-events';

/**
 * A note @mentioned colleagues, announced inside the transaction that saves it, so that whatever
 * notifies them (the inbox) records it in the same transaction: the note and its notifications
 * commit together or not at all.
 */
export const NoteMentioned = new TxEvent<{
  noteId: number;
  claimId: number;
  articleId: number;
  /** The claim's words, for the notice. */
  claimText: string;
  authorId: number;
  /** The mentioned users (never the author), each once. */
  mentionedUserIds: number[];
  body: string;
}>('note.mentioned');
