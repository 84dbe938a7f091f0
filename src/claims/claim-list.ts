import type { ClaimKind, ClaimOrigin, ClaimStatus } from '../common/vocabulary';
import type { Dialect } from '../database/write-tx';
import { fts5Match, tsQuery } from './search-terms';

/**
 * The claim list's one statement, for every filter, sort and page (the repository runs it; the
 * benchmark's baseline runs exactly the same text). Plain functions over SQL text: no database here.
 */

export const CLAIM_SORTS = ['newest', 'oldest', 'article', 'relevance'] as const;
export type ClaimSort = (typeof CLAIM_SORTS)[number];

export interface ClaimFilter {
  articleId?: number;
  status?: ClaimStatus;
  sourceId?: number;
  /** null: claims nobody is assigned to. */
  assigneeId?: number | null;
  kind?: ClaimKind;
  origin?: ClaimOrigin;
  orphaned?: boolean;
  text?: string;
  /** Open: unverified or in review (the backlog). */
  open?: boolean;
  /** A verdict given and not yet approved (true), or anything else (false). */
  awaitingApproval?: boolean;
  /** An approved verdict (true), or none (false). */
  approved?: boolean;
  /** A tag's key (searchKey of the tag). */
  tagKey?: string;
  /** ISO 8601: created at or after / before. */
  createdFrom?: string;
  createdBefore?: string;
  /** true: only withdrawn claims (an editor's view); otherwise withdrawn claims are off the list. */
  withdrawn?: boolean;
  /** Full-text search: groups of stems (search-terms.ts), every group matching. */
  search?: string[][];
  sort?: ClaimSort;
}

/** Where the previous page ended: the last claim's id and, for sorts by another key, its value of that key. */
export interface ClaimKeyset {
  id: number;
  key: number | null;
}

/** The claim list's order: the key it sorts by first (article id, or search rank), and which way. */
export function sortOf(filter: ClaimFilter): ClaimSort {
  if (filter.sort === 'relevance' && !filter.search?.length) return 'newest';
  return filter.sort ?? (filter.search?.length ? 'relevance' : 'newest');
}

/**
 * The desk's claim list, paged by keyset so that every page costs what the first does: newest first
 * (id < cursor), oldest first, by article (newest article first, its claims in the order they were
 * marked) or, for a full-text search, by relevance (FTS5's bm25 on SQLite, ts_rank on PostgreSQL,
 * every match ranked on every page, so page 1000 costs what page 1 costs). With a source filter the
 * walk starts from that source's attributions (index on source_id, claim_id), so a frequently cited
 * source costs no more than a rare one; a claim attributed to one source in two roles then appears
 * twice, adjacent, and the caller drops the repeat. Claims of deleted articles and withdrawn claims
 * are not on the desk (withdrawn ones only when asked for). At most `rows` rows, each with
 * `sort_key` for the next cursor. Hand-written SQL with named parameters (named-sql.ts): one
 * statement text per shape of filter, reused; exported so the benchmark's baseline runs exactly it.
 */
export function claimListStatement(
  filter: ClaimFilter,
  after: ClaimKeyset | number | null,
  rows: number,
  dialect: Dialect = 'sqlite',
): { text: string; params: Record<string, unknown> } {
  const keyset = typeof after === 'number' ? { id: after, key: null } : after;
  const sort = sortOf(filter);
  const bySource = filter.sourceId !== undefined;
  const idColumn = bySource ? 'a.claim_id' : 'c.id';
  const where = ['c.article_deleted = :deleted', filter.withdrawn ? 'c.withdrawn_at IS NOT NULL' : 'c.withdrawn_at IS NULL'];
  const params: Record<string, unknown> = { deleted: false };
  const add = (condition: string, values: Record<string, unknown> = {}) => {
    where.push(condition);
    Object.assign(params, values);
  };
  let from = bySource ? 'claims c INNER JOIN attributions a ON a.claim_id = c.id' : 'claims c';
  let rank = 'NULL';
  // A search with no word in it matches nothing, not everything.
  if (filter.search && filter.search.length === 0) where.push('1 = 0');
  if (filter.search?.length) {
    if (dialect === 'postgres') {
      from = `claim_search s INNER JOIN ${from} ON c.id = s.claim_id`;
      add("s.document @@ to_tsquery('simple', :search)", { search: tsQuery(filter.search) });
      rank = "CAST(-ts_rank(s.document, to_tsquery('simple', :search)) AS double precision)";
    } else {
      from = `claim_search INNER JOIN ${from} ON c.id = claim_search.rowid`;
      add('claim_search MATCH :search', { search: fts5Match(filter.search) });
      rank = 'claim_search.rank';
    }
  }
  if (bySource) add('a.source_id = :sourceId', { sourceId: filter.sourceId });
  if (filter.articleId !== undefined) add('c.article_id = :articleId', { articleId: filter.articleId });
  if (filter.status !== undefined) add('c.status = :status', { status: filter.status });
  if (filter.assigneeId === null) add('c.assignee_id IS NULL');
  else if (filter.assigneeId !== undefined) add('c.assignee_id = :assigneeId', { assigneeId: filter.assigneeId });
  if (filter.kind !== undefined) add('c.kind = :kind', { kind: filter.kind });
  if (filter.origin !== undefined) add('c.origin = :origin', { origin: filter.origin });
  if (filter.orphaned !== undefined) add('c.orphaned = :orphaned', { orphaned: filter.orphaned });
  if (filter.open === true) add("c.status IN ('unverified', 'in_review')");
  if (filter.open === false) add("c.status NOT IN ('unverified', 'in_review')");
  if (filter.awaitingApproval === true) add('c.verdict_at IS NOT NULL AND c.approved_at IS NULL');
  if (filter.awaitingApproval === false) add('(c.verdict_at IS NULL OR c.approved_at IS NOT NULL)');
  if (filter.approved === true) add('c.approved_at IS NOT NULL');
  if (filter.approved === false) add('c.approved_at IS NULL');
  if (filter.tagKey !== undefined) add('EXISTS (SELECT 1 FROM claim_tags t WHERE t.claim_id = c.id AND t.tag_key = :tagKey)', { tagKey: filter.tagKey });
  if (filter.createdFrom !== undefined) add('c.created_at >= :createdFrom', { createdFrom: filter.createdFrom });
  if (filter.createdBefore !== undefined) add('c.created_at < :createdBefore', { createdBefore: filter.createdBefore });
  if (filter.text !== undefined) add("LOWER(c.text) LIKE :text ESCAPE '\\'", { text: `%${escapeLike(filter.text.toLowerCase())}%` });
  let order: string;
  let key = 'NULL';
  switch (sort) {
    case 'oldest':
      order = `${idColumn} ASC`;
      if (keyset) add(`${idColumn} > :afterId`, { afterId: keyset.id });
      break;
    case 'article':
      order = `c.article_id DESC, ${idColumn} ASC`;
      key = 'c.article_id';
      if (keyset) add(`(c.article_id < :afterKey OR (c.article_id = :afterKey AND ${idColumn} > :afterId))`, { afterKey: keyset.key ?? 0, afterId: keyset.id });
      break;
    case 'relevance':
      order = `${rank} ASC, ${idColumn} DESC`;
      key = rank;
      if (keyset) add(`(${rank} > :afterKey OR (${rank} = :afterKey AND ${idColumn} < :afterId))`, { afterKey: keyset.key ?? 0, afterId: keyset.id });
      break;
    default:
      order = `${idColumn} DESC`;
      if (keyset) add(`${idColumn} < :afterId`, { afterId: keyset.id });
  }
  return { text: `SELECT c.*, ${key} AS sort_key FROM ${from} WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT ${Math.trunc(rows)}`, params };
}

/** LIKE wildcards typed by a user are literal characters, not patterns. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
