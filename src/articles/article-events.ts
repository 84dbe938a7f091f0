import { TxEvent } from '../database/tx-events';
import type { ArticleEntity } from './article.entity';

/** An article arrived on the desk with the claims its extraction put there, inside the import's transaction. */
export const ArticleImported = new TxEvent<{ article: ArticleEntity; extractedClaims: number; actorId: number }>('article.imported');
