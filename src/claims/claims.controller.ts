import { Body, Controller, Delete, Get, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentActor } from '../common/http/authenticated.decorator';
import { ParseIdPipe } from '../common/http/ids';
import { VersionQueryDto } from '../common/http/version-query.dto';
import type { Actor } from '../common/vocabulary';
import { ClaimHistoryResponseDto } from '../history/history.dto';
import { AttributionsService } from './attributions.service';
import { ClaimPageDto, ClaimResponseDto, CreateAttributionDto, ListClaimsQueryDto } from './claim.dto';
import { ClaimsService } from './claims.service';

/**
 * The claim list, attributions and history. Other claim routes live with the feature that composes
 * them: marking a claim by hand (POST /claims) with articles, which own the words; one claim with
 * its evidence and the reader's allowed actions (GET /claims/:id) and the review steps with review;
 * corroboration candidates (GET /claims/:id/related) with evidence.
 */
@ApiTags('claims')
@Controller('claims')
export class ClaimsController {
  constructor(
    private readonly claims: ClaimsService,
    private readonly attributions: AttributionsService,
  ) {}

  @Get()
  @Authenticated()
  @ApiOkResponse({ type: ClaimPageDto })
  listClaims(@Query() query: ListClaimsQueryDto): Promise<ClaimPageDto> {
    return this.claims.listClaims(query);
  }

  @Get(':id/history')
  @Authenticated()
  @ApiOkResponse({ type: ClaimHistoryResponseDto })
  history(@Param('id', ParseIdPipe) id: number): Promise<ClaimHistoryResponseDto> {
    return this.claims.historyOf(id);
  }

  @Post(':id/attributions')
  @Authenticated('checker')
  @ApiCreatedResponse({ type: ClaimResponseDto })
  attribute(@Param('id', ParseIdPipe) id: number, @Body() body: CreateAttributionDto, @CurrentActor() actor: Actor): Promise<ClaimResponseDto> {
    return this.attributions.attribute(id, body, actor);
  }

  @Delete(':id/attributions/:attributionId')
  @Authenticated('checker')
  @ApiOkResponse({ type: ClaimResponseDto })
  removeAttribution(
    @Param('id', ParseIdPipe) id: number,
    @Param('attributionId', ParseIdPipe) attributionId: number,
    @Query() query: VersionQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<ClaimResponseDto> {
    return this.attributions.removeAttribution(id, attributionId, actor, query.version);
  }
}
