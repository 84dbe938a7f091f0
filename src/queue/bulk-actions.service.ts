import { Injectable } from '@nestjs/common';
import { ClaimEditor } from '../claims/claim-editor';
import { ClaimWriter } from '../claims/claim-writer';
import { DomainError, RuleViolationError } from '../common/problem/domain-error';
import { toProblem } from '../common/problem/problem-details.filter';
import type { Actor } from '../common/vocabulary';
import { Database } from '../database/database';
import { ReviewService } from '../review/review.service';
import type { BulkClaimRefDto, BulkRequestDto, BulkResultDto } from './queue.dto';

/**
 * The queue's bulk actions: each selected claim changes in its own transaction, with its own version
 * check and its own history event, exactly as if it had been changed alone; so one refusal (a stale
 * version, a verdict that keeps its wording, a claim someone else holds) leaves the others changed,
 * and the answer lists what changed and what was refused, with the rule and the reason.
 */
@Injectable()
export class BulkActionsService {
  constructor(
    private readonly db: Database,
    private readonly review: ReviewService,
    private readonly writer: ClaimWriter,
    private readonly editor: ClaimEditor,
  ) {}

  async apply(input: BulkRequestDto, actor: Actor): Promise<BulkResultDto> {
    const result: BulkResultDto = { changed: [], refused: [] };
    const seen = new Set<number>();
    for (const ref of input.claims) {
      if (seen.has(ref.id)) continue;
      seen.add(ref.id);
      try {
        result.changed.push({ id: ref.id, version: await this.applyOne(input, ref, actor) });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        const problem = toProblem(error);
        result.refused.push({ id: ref.id, status: problem.status, rule: typeof problem.rule === 'string' ? problem.rule : null, detail: problem.detail });
      }
    }
    return result;
  }

  /** One claim's change, alone in its transaction: its version afterwards. */
  private async applyOne(input: BulkRequestDto, ref: BulkClaimRefDto, actor: Actor): Promise<number> {
    switch (input.action) {
      case 'take':
        return (await this.review.review(ref.id, { action: 'take', version: ref.version }, actor)).version;
      case 'assign':
        if (input.assigneeId === undefined) throw new RuleViolationError('reassign-needs-assignee', 'Assigning needs assigneeId (a user id, or null for nobody).');
        return (await this.review.review(ref.id, { action: 'reassign', version: ref.version, assigneeId: input.assigneeId }, actor)).version;
      case 'tag':
      case 'untag': {
        const tag = input.tag;
        if (!tag?.trim()) throw new RuleViolationError('tag-needs-a-name', 'Tagging needs tag: the label to add or remove.');
        return this.db.write(async (tx) => {
          const claim = await this.writer.loadForChange(tx, ref.id, ref.version);
          await this.editor.tag(tx, claim, input.action === 'tag' ? { add: [tag] } : { remove: [tag] }, actor);
          return claim.version;
        });
      }
      case 'kind': {
        const kind = input.kind;
        if (!kind) throw new RuleViolationError('kind-needs-a-kind', 'Setting the kind needs kind.');
        return this.db.write(async (tx) => {
          const claim = await this.writer.loadForChange(tx, ref.id, ref.version);
          return (await this.editor.correct(tx, claim, { kind }, actor)).version;
        });
      }
    }
  }
}
