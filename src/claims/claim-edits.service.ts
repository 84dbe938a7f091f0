import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/vocabulary';
import { Database } from '../database/database';
import type { ClaimResponseDto, RestoreClaimDto, TagClaimDto, WithdrawClaimDto } from './claim.dto';
import { ClaimEditor } from './claim-editor';
import { ClaimWriter } from './claim-writer';
import { ClaimsService } from './claims.service';

/** The API's use cases for withdrawing, restoring and tagging a claim: one transaction each. */
@Injectable()
export class ClaimEditsService {
  constructor(
    private readonly db: Database,
    private readonly editor: ClaimEditor,
    private readonly writer: ClaimWriter,
    private readonly claims: ClaimsService,
  ) {}

  async withdraw(claimId: number, input: WithdrawClaimDto, actor: Actor): Promise<ClaimResponseDto> {
    await this.editor.withdraw(claimId, input.version, input.reason, actor);
    return this.claims.getClaim(claimId);
  }

  async restore(claimId: number, input: RestoreClaimDto, actor: Actor): Promise<ClaimResponseDto> {
    await this.editor.restore(claimId, input.version, input.note, actor);
    return this.claims.getClaim(claimId);
  }

  tag(claimId: number, input: TagClaimDto, actor: Actor): Promise<ClaimResponseDto> {
    return this.db.write(async (tx) => {
      const claim = await this.writer.loadForChange(tx, claimId, input.version);
      await this.editor.tag(tx, claim, { add: input.add, remove: input.remove }, actor);
      return this.claims.getClaim(claimId, tx);
    });
  }
}
