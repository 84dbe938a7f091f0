import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/vocabulary';
import { Database } from '../database/database';
import { SOURCES_LOCK, SourcesService } from '../sources/sources.service';
import type { ClaimResponseDto, CreateAttributionDto } from './claim.dto';
import { ClaimWriter } from './claim-writer';
import { ClaimsService } from './claims.service';

/** Who a claim is attributed to, changed by a checker; refused while the claim has a verdict. */
@Injectable()
export class AttributionsService {
  constructor(
    private readonly db: Database,
    private readonly writer: ClaimWriter,
    private readonly claims: ClaimsService,
    private readonly sources: SourcesService,
  ) {}

  attribute(claimId: number, input: CreateAttributionDto, actor: Actor): Promise<ClaimResponseDto> {
    return this.db.write(async (tx) => {
      await tx.lock(SOURCES_LOCK, 'shared');
      const claim = await this.writer.loadForBasisChange(tx, claimId, input.version);
      const source = await this.sources.findLive(input.sourceId, tx);
      await this.writer.addAttribution(tx, claim, { sourceId: source.id, sourceName: source.name, role: input.role, cue: input.cue?.trim() || null }, actor.id);
      return this.claims.getClaim(claimId, tx);
    });
  }

  removeAttribution(claimId: number, attributionId: number, actor: Actor, version?: number): Promise<ClaimResponseDto> {
    return this.db.write(async (tx) => {
      const claim = await this.writer.loadForBasisChange(tx, claimId, version);
      await this.writer.removeAttribution(tx, claim, attributionId, actor.id);
      return this.claims.getClaim(claimId, tx);
    });
  }
}
