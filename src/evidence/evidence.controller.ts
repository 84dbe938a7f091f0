import { Body, Controller, Delete, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ParseIdPipe } from '../common/http/ids';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentActor } from '../common/http/authenticated.decorator';
import type { Actor } from '../common/vocabulary';
import { VersionQueryDto } from '../common/http/version-query.dto';
import { CreateEvidenceDto, EvidenceResponseDto } from './evidence.dto';
import { EvidenceService } from './evidence.service';

@ApiTags('evidence')
@Controller('claims/:id/evidence')
@Authenticated('checker')
export class EvidenceController {
  constructor(private readonly evidence: EvidenceService) {}

  @Post()
  @ApiOperation({ summary: 'Add evidence to a claim (a URL, a note, another claim, its publisher)' })
  @ApiCreatedResponse({ type: EvidenceResponseDto })
  addEvidence(@Param('id', ParseIdPipe) claimId: number, @Body() body: CreateEvidenceDto, @CurrentActor() actor: Actor): Promise<EvidenceResponseDto> {
    return this.evidence.addEvidence(claimId, body, actor);
  }

  @Delete(':evidenceId')
  @ApiOperation({ summary: 'Remove evidence' })
  @HttpCode(204)
  removeEvidence(
    @Param('id', ParseIdPipe) claimId: number,
    @Param('evidenceId', ParseIdPipe) evidenceId: number,
    @Query() query: VersionQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    return this.evidence.removeEvidence(claimId, evidenceId, actor, query.version);
  }
}
