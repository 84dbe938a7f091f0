import { MAX_INT } from '../http/ids';
import { BadRequestError } from '../problem/domain-error';

/**
 * Lists page by keyset, not offset: the cursor carries the last id seen, so page 1000 costs what
 * page 1 costs. It is opaque to clients (base64url JSON) so that its content can change later.
 */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** `key`: for a list sorted by something before its id (an article, a search rank), that value of the last item. */
export function encodeCursor(lastId: number, key: number | null = null): string {
  return Buffer.from(JSON.stringify(key === null ? { after: lastId } : { after: lastId, key })).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): number | null {
  return decodeKeyedCursor(cursor)?.id ?? null;
}

/** The last item's id and, when the list sorts by another key first, its value of that key. */
export function decodeKeyedCursor(cursor: string | undefined): { id: number; key: number | null } | null {
  if (cursor === undefined || cursor === '') return null;
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { after?: unknown; key?: unknown };
    const keyOk = parsed.key === undefined || (typeof parsed.key === 'number' && Number.isFinite(parsed.key));
    if (keyOk && Number.isInteger(parsed.after) && (parsed.after as number) > 0 && (parsed.after as number) <= MAX_INT) {
      return { id: parsed.after as number, key: (parsed.key as number | undefined) ?? null };
    }
  } catch {
    // fall through: any undecodable cursor is the client's error
  }
  throw new BadRequestError('The cursor is not valid: pass the nextCursor of a previous page unchanged.', {
    errors: [{ path: 'cursor', message: 'cursor is not a cursor this service issued' }],
  });
}

/** Fetch `limit + 1` rows; the extra one tells whether there is a next page. */
export function toPage<Row extends { id: number }, Item>(rows: Row[], limit: number, map: (row: Row) => Item): Page<Item> {
  const hasMore = rows.length > limit;
  const pageRows = hasMore ? rows.slice(0, limit) : rows;
  return {
    items: pageRows.map(map),
    nextCursor: hasMore ? encodeCursor(pageRows[pageRows.length - 1].id) : null,
  };
}
