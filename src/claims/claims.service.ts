import { Injectable } from '@nestjs/common';
import { decodeKeyedCursor, encodeCursor, Page } from '../common/pagination/cursor';
import { ForbiddenError, NotFoundError } from '../common/problem/domain-error';
import { searchKey } from '../common/text/search-key';
import { Actor, hasRole } from '../common/vocabulary';
import type { WriteTx } from '../database/write-tx';
import { ClaimHistory } from '../history/claim-history';
import { HistoryKey } from '../history/history-key';
import type { ClaimHistoryResponseDto } from '../history/history.dto';
import { SourcesService } from '../sources/sources.service';
import type { ClaimResponseDto, ListClaimsQueryDto, TagListDto } from './claim.dto';
import type { ClaimEntity } from './claim.entity';
import { mapClaim } from './claim.mapper';
import { sealOf } from './claim-writer';
import { ClaimFilter, ClaimsRepository } from './claims.repository';
import { queryGroups } from './search-terms';

/** Reading claims as the API shows them: with their attributions and the sources' names. */
@Injectable()
export class ClaimsService {
  constructor(
    private readonly claims: ClaimsRepository,
    private readonly sources: SourcesService,
    private readonly history: ClaimHistory,
    private readonly historyKey: HistoryKey,
  ) {}

  async listClaims(query: ListClaimsQueryDto, actor: Actor): Promise<Page<ClaimResponseDto>> {
    const limit = query.limit ?? 50;
    const filter = this.filterOf(query, actor);
    // A query with no word in it ("--", "…") matches nothing, rather than everything.
    if (filter.search && filter.search.length === 0) return { items: [], nextCursor: null };
    const rows = await this.claims.listPage(filter, decodeKeyedCursor(query.cursor), limit + 1);
    // A claim reached through two attributions of the filtered source comes twice, adjacent: show it once.
    const page = rows.slice(0, limit);
    const claims = page.map((row) => row.claim).filter((claim, index, all) => index === 0 || all[index - 1].id !== claim.id);
    const last = page[page.length - 1];
    return { items: await this.describe(claims), nextCursor: rows.length > limit ? encodeCursor(last.claim.id, last.key) : null };
  }

  /** The list's query as the repository's filter: `me` is the caller, a date alone runs to the end of that day (UTC). */
  filterOf(query: Omit<ListClaimsQueryDto, 'cursor' | 'limit'>, actor: Actor): ClaimFilter {
    if (query.withdrawn && !hasRole(actor.role, 'editor')) throw new ForbiddenError('Only an editor may list withdrawn claims.');
    const assignee = query.assigneeId;
    return {
      articleId: query.articleId, status: query.status, sourceId: query.sourceId, kind: query.kind, origin: query.origin, orphaned: query.orphaned,
      text: query.text, open: query.open, awaitingApproval: query.awaitingApproval, approved: query.approved, withdrawn: query.withdrawn, sort: query.sort,
      assigneeId: assignee === undefined ? undefined : assignee === 'me' ? actor.id : assignee === 'nobody' ? null : Number(assignee),
      tagKey: query.tag !== undefined ? searchKey(query.tag) : undefined,
      createdFrom: query.createdFrom !== undefined ? new Date(query.createdFrom).toISOString() : undefined,
      createdBefore: query.createdTo !== undefined ? endOf(query.createdTo) : undefined,
      search: query.q !== undefined ? queryGroups(query.q) : undefined,
    };
  }

  async tagsInUse(): Promise<TagListDto> {
    return { items: (await this.claims.tagsInUse(200)).map(({ tag, claims }) => ({ tag, claims })) };
  }

  async getClaim(id: number, tx?: WriteTx): Promise<ClaimResponseDto> {
    const claim = await this.claims.findById(id, tx);
    if (!claim) throw new NotFoundError('Claim', id);
    return (await this.describe([claim], tx))[0];
  }

  /** Claims with their attributions: two more queries for any number of claims. */
  async describe(claims: ClaimEntity[], tx?: WriteTx): Promise<ClaimResponseDto[]> {
    const attributions = await this.claims.attributionsOf(claims.map((c) => c.id), tx);
    const [sources, tags] = await Promise.all([this.sources.summaries([...attributions.values()].flat().map((a) => a.sourceId), tx), this.claims.tagsOf(claims.map((c) => c.id), tx)]);
    return claims.map((claim) => mapClaim(claim, attributions.get(claim.id) ?? [], sources, (tags.get(claim.id) ?? []).map((t) => t.tag)));
  }

  /**
   * A claim's history, verified: every event authenticated and linked, and the claim row agreeing
   * with it (its count and head, and its seal over its own state). See GET /api/audit/verify for
   * the whole desk, including the links between claims.
   */
  async historyOf(claimId: number): Promise<ClaimHistoryResponseDto> {
    const claim = await this.claims.findById(claimId);
    if (!claim) throw new NotFoundError('Claim', claimId);
    const { items, verified } = await this.history.historyOf(claimId);
    const last = items.at(-1);
    const rowAgrees = claim.historyCount === items.length && claim.historyHead === (last?.hash ?? null)
      && claim.historySeal === sealOf(this.historyKey.key, claim, claim.historyCount, claim.historyHead);
    return { claimId, verified: verified && rowAgrees, items };
  }
}

/** The end of a `createdTo`: a date alone includes that whole day. */
function endOf(value: string): string {
  const date = new Date(value);
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString();
}
