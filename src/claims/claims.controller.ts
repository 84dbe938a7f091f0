import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentActor } from '../common/http/authenticated.decorator';
import { ParseIdPipe } from '../common/http/ids';
import { VersionQueryDto } from '../common/http/version-query.dto';
import type { Actor } from '../common/vocabulary';
import { ClaimHistoryResponseDto } from '../history/history.dto';
import { AttributionsService } from './attributions.service';
import { ClaimPageDto, ClaimResponseDto, CreateAttributionDto, ListClaimsQueryDto, RestoreClaimDto, TagClaimDto, TagListDto, WithdrawClaimDto } from './claim.dto';
import { ClaimEditsService } from './claim-edits.service';
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
    private readonly edits: ClaimEditsService,
  ) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'List claims across articles: filters, full-text search, sort, keyset pages' })
  @ApiOkResponse({ type: ClaimPageDto })
  listClaims(@Query() query: ListClaimsQueryDto, @CurrentActor() actor: Actor): Promise<ClaimPageDto> {
    return this.claims.listClaims(query, actor);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Authenticated('checker')
  @ApiOperation({ summary: 'Withdraw a claim extracted or marked by mistake, with a reason (an editor once it has a verdict)' })
  @ApiOkResponse({ type: ClaimResponseDto })
  withdraw(@Param('id', ParseIdPipe) id: number, @Body() body: WithdrawClaimDto, @CurrentActor() actor: Actor): Promise<ClaimResponseDto> {
    return this.edits.withdraw(id, body, actor);
  }

  @Post(':id/restore')
  @HttpCode(200)
  @Authenticated('editor')
  @ApiOperation({ summary: 'Bring a withdrawn claim back to the desk as it stood (editor)' })
  @ApiOkResponse({ type: ClaimResponseDto })
  restore(@Param('id', ParseIdPipe) id: number, @Body() body: RestoreClaimDto, @CurrentActor() actor: Actor): Promise<ClaimResponseDto> {
    return this.edits.restore(id, body, actor);
  }

  @Post(':id/tags')
  @HttpCode(200)
  @Authenticated('checker')
  @ApiOperation({ summary: 'Add and remove tags of a claim' })
  @ApiOkResponse({ type: ClaimResponseDto })
  tag(@Param('id', ParseIdPipe) id: number, @Body() body: TagClaimDto, @CurrentActor() actor: Actor): Promise<ClaimResponseDto> {
    return this.edits.tag(id, body, actor);
  }

  @Get(':id/history')
  @ApiOperation({ summary: "A claim's verified history" })
  @Authenticated()
  @ApiOkResponse({ type: ClaimHistoryResponseDto })
  history(@Param('id', ParseIdPipe) id: number): Promise<ClaimHistoryResponseDto> {
    return this.claims.historyOf(id);
  }

  @Post(':id/attributions')
  @ApiOperation({ summary: 'Attribute a claim to a source (speaker, relay or anonymous)' })
  @Authenticated('checker')
  @ApiCreatedResponse({ type: ClaimResponseDto })
  attribute(@Param('id', ParseIdPipe) id: number, @Body() body: CreateAttributionDto, @CurrentActor() actor: Actor): Promise<ClaimResponseDto> {
    return this.attributions.attribute(id, body, actor);
  }

  @Delete(':id/attributions/:attributionId')
  @ApiOperation({ summary: 'Remove an attribution' })
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

/** The tags in use on the desk, most used first: the queue's filter and the panel's suggestions. */
@ApiTags('claims')
@Controller('tags')
export class TagsController {
  constructor(private readonly claims: ClaimsService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'Tags in use on live claims, most used first' })
  @ApiOkResponse({ type: TagListDto })
  list(): Promise<TagListDto> {
    return this.claims.tagsInUse();
  }
}
