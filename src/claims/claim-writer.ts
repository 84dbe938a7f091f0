import { Injectable, OnModuleInit } from '@nestjs/common';
import { CodePointIndex } from '../common/text/code-points';
import { NotFoundError, RuleViolationError, StaleVersionError } from '../common/problem/domain-error';
import { isoNow } from '../common/time';
import type { AttributionRole, ClaimKind, ClaimOrigin } from '../common/vocabulary';
import type { WriteTx } from '../database/write-tx';
import { TransactionEvents } from '../database/tx-events';
import { ClaimChainHead, ClaimHistory, NewReviewEvent } from '../history/claim-history';
import { claimSeal } from '../history/history-chain';
import { HistoryKey } from '../history/history-key';
import { HistoryRepository } from '../history/history.repository';
import { Database } from '../database/database';
import { SourceMerged } from '../sources/source-events';
import { describeQuote } from './anchoring';
import type { ClaimEntity } from './claim.entity';
import { ClaimEdited, ClaimReviewed, ClaimsCreated } from './claim-events';
import { searchTerms } from './search-terms';
import { refuseBasisChangeUnderVerdict, refuseChangeOfWithdrawn } from './claim-rules';
import { TalliesRepository, contributionOf } from './tallies.repository';
import { ClaimsRepository, NewClaimRow } from './claims.repository';

export interface NewClaim {
  start: number;
  end: number;
  text?: string;
  kind?: ClaimKind;
  origin: ClaimOrigin;
  confidence?: number | null;
  hedged?: boolean;
  attributions?: { sourceId: number; role: AttributionRole; cue: string | null }[];
}

/** The words a claim is anchored in: the article's id and current body, and its title (searched with the claim). */
export interface ArticleText {
  id: number;
  body: string;
  title: string;
}

/** Off the desk: its article deleted, or the claim withdrawn. Such a claim is in no list, count or report. */
export const isOffDesk = (claim: Pick<ClaimEntity, 'articleDeleted' | 'withdrawnAt'>): boolean => claim.articleDeleted || claim.withdrawnAt !== null;

export type ClaimEvent = Omit<NewReviewEvent, 'claimId'>;

const SEALING = Symbol('claims to seal');

const chainOf = (claim: ClaimEntity): ClaimChainHead => ({ count: claim.historyCount, head: claim.historyHead });

/** The seal of a claim row (history-chain.ts): its state and its history's count and head, under the server's key. */
export function sealOf(key: Buffer, claim: ClaimEntity, count: number, head: string | null): string {
  return claimSeal(key, {
    claimId: claim.id, articleId: claim.articleId, text: claim.text, kind: claim.kind, status: claim.status, origin: claim.origin, version: claim.version,
    assigneeId: claim.assigneeId, quoteExact: claim.quoteExact, quoteStart: claim.quoteStart, quoteEnd: claim.quoteEnd, orphaned: claim.orphaned,
    verdictRationale: claim.verdictRationale, verdictById: claim.verdictById, verdictAt: claim.verdictAt, approvedById: claim.approvedById, approvedAt: claim.approvedAt,
    historyCount: count, historyHead: head, withdrawnAt: claim.withdrawnAt, withdrawalReason: claim.withdrawalReason,
  });
}

/**
 * Every change to a claim goes through here, inside the caller's transaction: the row, the desk's
 * tallies and the claim's history event change together or not at all. Review, evidence, the
 * articles' import and revisions and source merges all call it; none of them touches the claims
 * tables itself.
 */
@Injectable()
export class ClaimWriter implements OnModuleInit {
  constructor(
    private readonly claims: ClaimsRepository,
    private readonly tallies: TalliesRepository,
    private readonly history: ClaimHistory,
    private readonly events: TransactionEvents,
    private readonly historyKey: HistoryKey,
    private readonly historyRepository: HistoryRepository,
    private readonly db: Database,
  ) {}

  onModuleInit(): void {
    this.events.on(SourceMerged, (tx, merge) => this.followMerge(tx, merge));
  }

  /**
   * Claims on one article (a hand-marked span, or an extraction run), anchored to code-point offsets,
   * each with its first history event. Written in bulk: an import's article carries dozens of claims.
   */
  async createMany(tx: WriteTx, article: ArticleText, inputs: NewClaim[], actorId: number): Promise<ClaimEntity[]> {
    if (inputs.length === 0) return [];
    const body = new CodePointIndex(article.body);
    const now = isoNow();
    const created = await this.claims.insertClaims(tx, inputs.map((input) => this.newRow(article, input, actorId, body, now)));
    await this.claims.indexNewClaims(tx, created.map((claim) => ({ claimId: claim.id, terms: searchTerms([claim.text, claim.quoteExact, article.title]) })));
    await this.claims.insertAttributions(tx, created.flatMap((claim, n) =>
      (inputs[n].attributions ?? []).map((a) => ({ claimId: claim.id, sourceId: a.sourceId, role: a.role, cue: a.cue, createdAt: now }))));
    created.forEach((claim, n) => {
      const { origin, attributions = [] } = inputs[n];
      this.tallies.claimCounted(tx, { articleId: article.id, sourceIds: attributions.map((a) => a.sourceId) }, contributionOf(claim), 1);
      this.appendEvent(tx, {
        claimId: claim.id, action: 'created', actorId, toStatus: 'unverified',
        details: { origin, start: claim.quoteStart, end: claim.quoteEnd, attributions: attributions.length },
      }, null);
    });
    await this.events.publish(tx, ClaimsCreated, { claims: created, actorId });
    return created;
  }

  /** The row of a new claim, refused unless its span holds words of the body. */
  private newRow(article: ArticleText, input: NewClaim, actorId: number, body: CodePointIndex, now: string): NewClaimRow {
    if (input.end <= input.start || input.end > body.length) {
      throw new RuleViolationError(
        'span-within-body',
        `The span ${input.start}..${input.end} is not inside the article body, which has ${body.length} code points: start must be before end, and end at most ${body.length}.`,
      );
    }
    const quote = describeQuote(body, input.start, input.end);
    if (!quote.exact.trim()) throw new RuleViolationError('span-has-words', 'The span holds only whitespace: mark the words of the claim.');
    return {
      articleId: article.id,
      text: input.text?.trim() || quote.exact.trim(),
      kind: input.kind ?? 'statement',
      status: 'unverified',
      origin: input.origin,
      version: 1,
      assigneeId: null,
      quoteExact: quote.exact,
      quotePrefix: quote.prefix,
      quoteSuffix: quote.suffix,
      quoteStart: quote.start,
      quoteEnd: quote.end,
      orphaned: false,
      confidence: input.confidence ?? null,
      hedged: input.hedged ?? false,
      verdictRationale: null, verdictById: null, verdictAt: null, approvedById: null, approvedAt: null,
      articleDeleted: false,
      withdrawnAt: null, withdrawnById: null, withdrawalReason: null,
      historyCount: 0, historyHead: null, historySeal: null,
      createdById: actorId,
      createdAt: now,
      updatedAt: now,
    };
  }

  /** Reads and locks a claim for a change, refusing it if the client's view is stale. */
  async loadForChange(tx: WriteTx, claimId: number, expectedVersion?: number): Promise<ClaimEntity> {
    const claim = await this.claims.lockForChange(tx, claimId);
    if (!claim) throw new NotFoundError('Claim', claimId);
    if (expectedVersion !== undefined && expectedVersion !== claim.version) throw new StaleVersionError(claimId, expectedVersion, claim.version);
    return claim;
  }

  /** As loadForChange, for a change of the claim's evidence or attributions: refused while it has a verdict. */
  async loadForBasisChange(tx: WriteTx, claimId: number, expectedVersion?: number): Promise<ClaimEntity> {
    const claim = await this.loadForChange(tx, claimId, expectedVersion);
    refuseChangeOfWithdrawn({ id: claim.id, status: claim.status, withdrawn: claim.withdrawnAt !== null });
    refuseBasisChangeUnderVerdict(claim);
    return claim;
  }

  /**
   * A review step: the claim's fields change, its version moves on (refused if someone moved it
   * first), the tallies follow its status and approval, and the step is written to its history.
   */
  async applyReviewStep(tx: WriteTx, claim: ClaimEntity, changes: Partial<NewClaimRow>, event: ClaimEvent): Promise<ClaimEntity> {
    const after = await this.applyVersioned(tx, claim, changes, event);
    await this.events.publish(tx, ClaimReviewed, { action: event.action, before: claim, after, actorId: event.actorId, note: event.note ?? null });
    return after;
  }

  /**
   * A change to what the claim says or whether it is on the desk (its wording, kind or span; a
   * withdrawal or restoration): as a review step, its version moves on and one event is written; the
   * index follows its words when `article` is given.
   */
  async applyEdit(tx: WriteTx, claim: ClaimEntity, changes: Partial<NewClaimRow>, event: ClaimEvent, article?: Pick<ArticleText, 'title'>): Promise<ClaimEntity> {
    const after = await this.applyVersioned(tx, claim, changes, event);
    if (article && (after.text !== claim.text || after.quoteExact !== claim.quoteExact)) await this.index(tx, after, article.title);
    await this.events.publish(tx, ClaimEdited, { action: event.action, before: claim, after, actorId: event.actorId, note: event.note ?? null });
    return after;
  }

  private async applyVersioned(tx: WriteTx, claim: ClaimEntity, changes: Partial<NewClaimRow>, event: ClaimEvent): Promise<ClaimEntity> {
    const after: ClaimEntity = { ...claim, ...changes, version: claim.version + 1, updatedAt: isoNow() };
    const applied = await this.claims.update(tx, claim.id, { ...changes, version: after.version, updatedAt: after.updatedAt }, claim.version);
    if (!applied) {
      const current = await this.claims.findById(claim.id, tx);
      throw new StaleVersionError(claim.id, claim.version, current?.version ?? claim.version);
    }
    await this.moveTallies(tx, claim, after);
    this.appendEvent(tx, { ...event, claimId: claim.id, details: { version: after.version, ...event.details } }, chainOf(claim));
    return after;
  }

  /** Sets the claim's entry in the full-text index: its text, its quoted words and its article's title. */
  index(tx: WriteTx, claim: Pick<ClaimEntity, 'id' | 'text' | 'quoteExact'>, articleTitle: string): Promise<void> {
    return this.claims.indexClaim(tx, claim.id, searchTerms([claim.text, claim.quoteExact, articleTitle]));
  }

  /** A change beside the claim's own fields (evidence, an attribution): recorded in its history. */
  /** `claim` must have been read locked by this transaction (loadForChange, lockAll): its chain is where the event links. */
  async record(tx: WriteTx, claim: ClaimEntity, event: ClaimEvent): Promise<void> {
    this.appendEvent(tx, { ...event, claimId: claim.id }, chainOf(claim));
  }

  /** Every event goes to the ledger at COMMIT; then the rows of the claims it touched are sealed with their new heads. */
  private appendEvent(tx: WriteTx, event: NewReviewEvent, base: ClaimChainHead | null): void {
    this.history.append(tx, event, base);
    tx.scoped(SEALING, () => {
      tx.beforeCommit('seal', () => this.sealClaims(tx));
      return true;
    });
  }

  /**
   * Seals every claim row with its history's current head: once, after history written before the
   * ledger was brought into it. In batches, each its own transaction.
   */
  async resealAll(): Promise<number> {
    let afterClaimId = 0;
    let sealed = 0;
    for (;;) {
      const done = await this.db.write(async (tx) => {
        const heads = await this.historyRepository.headsAfter(afterClaimId, 2000, tx);
        if (heads.length === 0) return true;
        const claims = new Map((await this.claims.findByIds(heads.map((h) => h.claimId), tx)).map((c) => [c.id, c]));
        for (const { claimId, count, head } of heads) {
          const claim = claims.get(claimId);
          if (claim) await this.claims.update(tx, claimId, { historyCount: count, historyHead: head, historySeal: sealOf(this.historyKey.key, claim, count, head) });
        }
        afterClaimId = heads[heads.length - 1].claimId;
        sealed += heads.length;
        return false;
      });
      if (done) return sealed;
    }
  }

  private async sealClaims(tx: WriteTx): Promise<void> {
    const heads = this.history.headsAfterCommit(tx);
    const claims = await this.claims.findByIds([...heads.keys()], tx);
    await this.claims.setSeals(tx, claims.map((claim) => {
      const { count, head } = heads.get(claim.id)!;
      return { id: claim.id, historyCount: count, historyHead: head, historySeal: sealOf(this.historyKey.key, claim, count, head) };
    }));
  }

  async addAttribution(tx: WriteTx, claim: ClaimEntity, attribution: { sourceId: number; sourceName: string; role: AttributionRole; cue: string | null }, actorId: number) {
    const current = (await this.claims.attributionsOf([claim.id], tx)).get(claim.id) ?? [];
    if (current.some((a) => a.sourceId === attribution.sourceId && a.role === attribution.role)) {
      throw new RuleViolationError('attribution-once', `The claim is already attributed to ${attribution.sourceName} as ${attribution.role}.`, 'conflict');
    }
    const saved = await this.claims.insertAttribution(tx, { claimId: claim.id, sourceId: attribution.sourceId, role: attribution.role, cue: attribution.cue, createdAt: isoNow() });
    if (!isOffDesk(claim) && !current.some((a) => a.sourceId === attribution.sourceId)) this.tallies.sourceCited(tx, attribution.sourceId, contributionOf(claim), 1);
    await this.record(tx, claim, {
      action: 'attribution_added', actorId,
      details: { attributionId: saved.id, sourceId: attribution.sourceId, sourceName: attribution.sourceName, role: attribution.role, cue: attribution.cue },
    });
    return saved;
  }

  async removeAttribution(tx: WriteTx, claim: ClaimEntity, attributionId: number, actorId: number): Promise<void> {
    const attribution = await this.claims.findAttribution(tx, claim.id, attributionId);
    if (!attribution) throw new NotFoundError('Attribution', attributionId);
    await this.claims.deleteAttribution(tx, attributionId);
    const remaining = (await this.claims.attributionsOf([claim.id], tx)).get(claim.id) ?? [];
    if (!isOffDesk(claim) && !remaining.some((a) => a.sourceId === attribution.sourceId)) this.tallies.sourceCited(tx, attribution.sourceId, contributionOf(claim), -1);
    await this.record(tx, claim, {
      action: 'attribution_removed', actorId,
      details: { attributionId, sourceId: attribution.sourceId, role: attribution.role, cue: attribution.cue },
    });
  }

  /** Its words were found again elsewhere, or are gone (orphaned); the history says which. */
  async moveAnchor(tx: WriteTx, claim: ClaimEntity, changes: Partial<NewClaimRow>, event: ClaimEvent | null, article?: Pick<ArticleText, 'title'>): Promise<void> {
    await this.claims.update(tx, claim.id, event ? { ...changes, updatedAt: isoNow() } : changes);
    if (article && changes.quoteExact !== undefined && changes.quoteExact !== claim.quoteExact) await this.index(tx, { ...claim, ...changes }, article.title);
    if (event) await this.record(tx, claim, event);
  }

  /** An article was deleted (or restored): its claims leave the desk's lists and counts (or return), kept for the record. */
  async setArticleDeleted(tx: WriteTx, articleId: number, deleted: boolean): Promise<void> {
    // Locked (in id order, as every transaction locks claims): a review step running beside it either
    // finishes first and is counted out as it ended, or waits and sees the claim off the desk.
    const claims = await this.claims.lockAll(tx, (await this.claims.ofArticle(articleId, tx)).map((c) => c.id));
    const attributions = await this.claims.attributionsOf(claims.map((c) => c.id), tx);
    for (const claim of claims) {
      if (claim.articleDeleted === deleted || claim.withdrawnAt !== null) continue;
      const place = { articleId, sourceIds: (attributions.get(claim.id) ?? []).map((a) => a.sourceId) };
      this.tallies.claimCounted(tx, place, contributionOf(claim), deleted ? -1 : 1);
    }
    await this.claims.setArticleDeleted(tx, articleId, deleted);
  }

  private async moveTallies(tx: WriteTx, before: ClaimEntity, after: ClaimEntity): Promise<void> {
    const [was, is] = [contributionOf(before), contributionOf(after)];
    const [counted, counts] = [!isOffDesk(before), !isOffDesk(after)];
    // A reassign or an edit of its words leaves every count as it was: then the claim's sources need no lookup.
    if (!counted && !counts) return;
    if (counted === counts && was.status === is.status && was.awaitingApproval === is.awaitingApproval) return;
    const sourceIds = ((await this.claims.attributionsOf([before.id], tx)).get(before.id) ?? []).map((a) => a.sourceId);
    const place = { articleId: before.articleId, sourceIds };
    if (counted && counts) this.tallies.claimChanged(tx, place, was, is);
    else if (counted) this.tallies.claimCounted(tx, place, was, -1);
    else this.tallies.claimCounted(tx, place, is, 1);
  }

  /**
   * A source was merged: every claim citing it cites the survivor instead. An attribution that would
   * repeat one the claim already has (same survivor, same role) is folded into it, and the claim's
   * history says so; nothing is dropped without a trace.
   */
  private async followMerge(tx: WriteTx, merge: (typeof SourceMerged)['payload']): Promise<void> {
    const { from, into, actorId, report } = merge;
    const moving = await this.claims.attributionsCiting(tx, from.id);
    const claims = await this.claims.lockAll(tx, moving.map((a) => a.claimId));
    const all = await this.claims.attributionsOf(claims.map((c) => c.id), tx);
    for (const claim of claims) {
      const own = all.get(claim.id) ?? [];
      const folded: { attributionId: number; into: number; role: string; cue: string | null }[] = [];
      for (const attribution of own.filter((a) => a.sourceId === from.id)) {
        const survivor = own.find((a) => a.sourceId === into.id && a.role === attribution.role);
        if (survivor) {
          await this.claims.deleteAttribution(tx, attribution.id);
          folded.push({ attributionId: attribution.id, into: survivor.id, role: attribution.role, cue: attribution.cue });
        } else {
          await this.claims.moveAttribution(tx, attribution.id, into.id);
        }
      }
      if (!isOffDesk(claim)) {
        this.tallies.sourceCited(tx, from.id, contributionOf(claim), -1);
        if (!own.some((a) => a.sourceId === into.id)) this.tallies.sourceCited(tx, into.id, contributionOf(claim), 1);
      }
      report.claims++;
      report.foldedAttributions += folded.length;
      await this.record(tx, claim, {
        action: 'source_merged', actorId,
        note: `Source "${from.name}" (${from.id}) was merged into "${into.name}" (${into.id}).`,
        details: { fromSourceId: from.id, intoSourceId: into.id, ...(folded.length ? { folded } : {}) },
      });
    }
  }
}
