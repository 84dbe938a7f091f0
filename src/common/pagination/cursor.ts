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

export function encodeCursor(lastId: number): string {
  return Buffer.from(JSON.stringify({ after: lastId })).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): number | null {
  if (cursor === undefined || cursor === '') return null;
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { after?: unknown };
    if (Number.isInteger(parsed.after) && (parsed.after as number) > 0 && (parsed.after as number) <= MAX_INT) return parsed.after as number;
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
