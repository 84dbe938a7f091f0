import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { describeQuote } from '../articles/anchoring';
import type { ArticleEntity } from '../articles/article.entity';
import { CodePointIndex } from '../common/text/code-points';
import { RuleViolationError, StaleVersionError, NotFoundError } from '../common/problem/domain-error';
import { isoNow } from '../common/time';
import { DeskTallies } from '../dashboard/desk-tallies';
import { ReviewHistory } from '../review/review-history';
import { AttributionEntity } from './attribution.entity';
import { ClaimEntity } from './claim.entity';
import type { AttributionRole, ClaimKind, ClaimOrigin } from '../common/vocabulary';

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

/**
 * Writes claims inside a caller's transaction: manual marking, extraction and the demo import all
 * create claims the same way, anchored to code-point offsets and with a first history event.
 */
@Injectable()
export class ClaimWriter {
  constructor(
    private readonly history: ReviewHistory,
    private readonly tallies: DeskTallies,
  ) {}

  async create(manager: EntityManager, article: ArticleEntity, input: NewClaim, actorId: number): Promise<ClaimEntity> {
    const [claim] = await this.createMany(manager, article, [input], actorId);
    return claim;
  }

  /** Several claims on one article (an extraction run): the desk tallies move once for all of them. */
  async createMany(manager: EntityManager, article: ArticleEntity, inputs: NewClaim[], actorId: number): Promise<ClaimEntity[]> {
    const body = new CodePointIndex(article.body);
    const claims: ClaimEntity[] = [];
    for (const input of inputs) claims.push(await this.insert(manager, article, input, actorId, body));
    const unverified = { status: 'unverified', awaitingApproval: false } as const;
    await this.tallies.claimsAdded(manager, article.id, inputs.map((input) => (input.attributions ?? []).map((a) => a.sourceId)), unverified);
    return claims;
  }

  private async insert(manager: EntityManager, article: ArticleEntity, input: NewClaim, actorId: number, body: CodePointIndex): Promise<ClaimEntity> {
    if (input.end <= input.start || input.end > body.length) {
      throw new RuleViolationError(
        'span-within-body',
        `The span ${input.start}..${input.end} is not inside the article body, which has ${body.length} code points: start must be before end, and end at most ${body.length}.`,
      );
    }
    const quote = describeQuote(body, input.start, input.end);
    if (!quote.exact.trim()) throw new RuleViolationError('span-has-words', 'The span holds only whitespace: mark the words of the claim.');
    const now = isoNow();
    const claim = await manager.getRepository(ClaimEntity).save({
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
      createdById: actorId,
      createdAt: now,
      updatedAt: now,
    });
    for (const attribution of input.attributions ?? []) {
      await manager.getRepository(AttributionEntity).insert({ claimId: claim.id, sourceId: attribution.sourceId, role: attribution.role, cue: attribution.cue, createdAt: now });
    }
    await this.history.append(manager, {
      claimId: claim.id, action: 'created', actorId, toStatus: 'unverified',
      details: { origin: input.origin, start: quote.start, end: quote.end, attributions: input.attributions?.length ?? 0 },
    });
    return claim;
  }

  /** Loads a claim for a change, refusing it if the client's view is stale. */
  async loadForChange(manager: EntityManager, claimId: number, expectedVersion?: number): Promise<ClaimEntity> {
    const claim = await manager.getRepository(ClaimEntity).findOneBy({ id: claimId });
    if (!claim) throw new NotFoundError('Claim', claimId);
    if (expectedVersion !== undefined && expectedVersion !== claim.version) throw new StaleVersionError(claimId, expectedVersion, claim.version);
    return claim;
  }
}
