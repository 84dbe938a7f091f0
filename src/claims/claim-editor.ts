import { Injectable } from '@nestjs/common';
import { CodePointIndex } from '../common/text/code-points';
import { searchKey } from '../common/text/search-key';
import { isoNow } from '../common/time';
import type { Actor, ClaimKind } from '../common/vocabulary';
import { Database } from '../database/database';
import type { WriteTx } from '../database/write-tx';
import { describeQuote } from './anchoring';
import type { ClaimEntity } from './claim.entity';
import { ArticleText, ClaimWriter } from './claim-writer';
import { ClaimEditState, decideEdit, decideRestore, decideTagging, decideWithdrawal } from './claim-rules';
import { ClaimsRepository, NewClaimRow } from './claims.repository';
import { RuleViolationError } from '../common/problem/domain-error';

export const editStateOf = (claim: Pick<ClaimEntity, 'id' | 'status' | 'withdrawnAt'>): ClaimEditState => ({ id: claim.id, status: claim.status, withdrawn: claim.withdrawnAt !== null });

export interface ClaimCorrection {
  text?: string;
  kind?: ClaimKind;
  /** A new span in code points of the article's current body. */
  start?: number;
  end?: number;
}

/** Tags are short labels; more than this on one claim is no longer a label. */
export const MAX_TAGS = 20;

/**
 * Changes to what a claim says and where it stands on the desk, beside the review workflow: its
 * wording, kind and span; its withdrawal and restoration; its tags; and its entry in the full-text
 * index. Each change goes through ClaimWriter (row, tallies and one history event together), after
 * the rules in claim-rules.ts allowed it.
 */
@Injectable()
export class ClaimEditor {
  constructor(
    private readonly db: Database,
    private readonly writer: ClaimWriter,
    private readonly claims: ClaimsRepository,
  ) {}

  /** Corrects the claim's wording, kind or span (span and wording need its article). One `edited` event names each field's before and after. */
  async correct(tx: WriteTx, claim: ClaimEntity, input: ClaimCorrection, actor: Actor, article?: ArticleText): Promise<ClaimEntity> {
    decideEdit(editStateOf(claim), actor.role);
    const changes: Partial<NewClaimRow> = {};
    const changed: Record<string, { from: unknown; to: unknown }> = {};
    if (input.text !== undefined && input.text.trim() !== claim.text) {
      if (!input.text.trim()) throw new RuleViolationError('claim-has-words', 'A claim needs its wording: the text cannot be empty.');
      changes.text = input.text.trim();
      changed.text = { from: claim.text, to: changes.text };
    }
    if (input.kind !== undefined && input.kind !== claim.kind) {
      changes.kind = input.kind;
      changed.kind = { from: claim.kind, to: input.kind };
    }
    if (input.start !== undefined || input.end !== undefined) {
      if (!article) throw new Error('A new span needs the article it is in');
      const start = input.start ?? claim.quoteStart;
      const end = input.end ?? claim.quoteEnd;
      const body = new CodePointIndex(article.body);
      if (end <= start || end > body.length) {
        throw new RuleViolationError('span-within-body', `The span ${start}..${end} is not inside the article body, which has ${body.length} code points: start must be before end, and end at most ${body.length}.`);
      }
      if (start !== claim.quoteStart || end !== claim.quoteEnd || claim.orphaned) {
        const quote = describeQuote(body, start, end);
        if (!quote.exact.trim()) throw new RuleViolationError('span-has-words', 'The span holds only whitespace: mark the words of the claim.');
        Object.assign(changes, { quoteExact: quote.exact, quotePrefix: quote.prefix, quoteSuffix: quote.suffix, quoteStart: quote.start, quoteEnd: quote.end, orphaned: false });
        changed.span = { from: { start: claim.quoteStart, end: claim.quoteEnd, exact: claim.quoteExact }, to: { start: quote.start, end: quote.end, exact: quote.exact } };
      }
    }
    if (Object.keys(changed).length === 0) return claim;
    return this.writer.applyEdit(tx, claim, changes, { action: 'edited', actorId: actor.id, details: { changed } }, article);
  }

  /** Takes the claim off the desk with a reason; it leaves every list, count and report, and its history keeps why. */
  withdraw(claimId: number, version: number, reason: string | undefined, actor: Actor): Promise<ClaimEntity> {
    return this.db.write(async (tx) => {
      const claim = await this.writer.loadForChange(tx, claimId, version);
      const why = decideWithdrawal(editStateOf(claim), actor.role, reason);
      return this.writer.applyEdit(tx, claim, { withdrawnAt: isoNow(), withdrawnById: actor.id, withdrawalReason: why }, {
        action: 'withdrawn', actorId: actor.id, note: why, fromStatus: claim.status, toStatus: claim.status,
      });
    });
  }

  /** Brings a withdrawn claim back to the desk as it stood before. */
  restore(claimId: number, version: number, note: string | undefined, actor: Actor): Promise<ClaimEntity> {
    return this.db.write(async (tx) => {
      const claim = await this.writer.loadForChange(tx, claimId, version);
      decideRestore(editStateOf(claim), actor.role);
      return this.writer.applyEdit(tx, claim, { withdrawnAt: null, withdrawnById: null, withdrawalReason: null }, {
        action: 'restored', actorId: actor.id, note: note?.trim() || null, details: { withdrawnAt: claim.withdrawnAt, reason: claim.withdrawalReason },
      });
    });
  }

  /**
   * Adds and removes tags (compared by searchKey: `Wahl-2025` is `Wahl 2025`). One `tagged` event for
   * whatever changed, none when nothing did. Tags do not move the claim's version: like its evidence,
   * they are beside its review state, and `version` (when sent) only guards against a stale view.
   */
  async tag(tx: WriteTx, claim: ClaimEntity, change: { add?: readonly string[]; remove?: readonly string[] }, actor: Actor): Promise<{ added: string[]; removed: string[] }> {
    decideTagging(editStateOf(claim), actor.role);
    const current = (await this.claims.tagsOf([claim.id], tx)).get(claim.id) ?? [];
    const have = new Map(current.map((t) => [t.tagKey, t.tag]));
    const added: string[] = [];
    const removed: string[] = [];
    for (const raw of change.remove ?? []) {
      const key = searchKey(raw);
      if (key && have.has(key)) {
        await this.claims.deleteTag(tx, claim.id, key);
        removed.push(have.get(key)!);
        have.delete(key);
      }
    }
    for (const raw of change.add ?? []) {
      const tag = raw.trim().replace(/\s+/g, ' ');
      const key = searchKey(tag);
      if (!key || have.has(key)) continue;
      if (have.size >= MAX_TAGS) throw new RuleViolationError('tags-at-most', `A claim carries at most ${MAX_TAGS} tags.`);
      await this.claims.insertTag(tx, { claimId: claim.id, tag, tagKey: key, createdAt: isoNow() });
      have.set(key, tag);
      added.push(tag);
    }
    if (added.length || removed.length) await this.writer.record(tx, claim, { action: 'tagged', actorId: actor.id, details: { added, removed } });
    return { added, removed };
  }

  /** An article's title changed: its claims are searched by it, so each claim's entry is built again. */
  async reindexArticle(tx: WriteTx, articleId: number, title: string): Promise<void> {
    for (const claim of await this.claims.ofArticle(articleId, tx)) await this.writer.index(tx, claim, title);
  }

  /**
   * Claims an earlier release stored have no entry in the full-text index: built once, on the first
   * start, in batches of their own transactions (a claim written meanwhile is indexed by its own write).
   */
  async indexUnindexed(titlesOf: (articleIds: number[]) => Promise<Map<number, string>>): Promise<number> {
    let afterId = 0;
    let indexed = 0;
    for (;;) {
      const lastId = await this.db.write(async (tx) => {
        const { lastId, missing } = await this.claims.unindexedAfter(tx, afterId, 5000);
        if (missing.length) {
          const titles = await titlesOf([...new Set(missing.map((c) => c.articleId))]);
          for (const claim of missing) await this.writer.index(tx, claim, titles.get(claim.articleId) ?? '');
          indexed += missing.length;
        }
        return lastId;
      });
      if (lastId === null) return indexed;
      afterId = lastId;
    }
  }
}
