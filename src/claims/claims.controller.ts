import { Body, Controller, Delete, Get, Param, Post, Query } from '@nestjs/common';
import { ParseIdPipe } from '../common/http/ids';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentActor } from '../auth/authenticated.decorator';
import type { Actor } from '../auth/roles';
import { VersionQueryDto } from '../common/http/version-query.dto';
import { AttributionsService } from './attributions.service';
import { ClaimDetailResponseDto } from './claim-detail.dto';
import { ClaimPageDto, ClaimResponseDto, CreateAttributionDto, CreateClaimDto, ListClaimsQueryDto } from './claim.dto';
import { ClaimsService } from './claims.service';
import { RelatedClaimsResponseDto } from './related/related-claims.dto';
import { RelatedClaimsService } from './related/related-claims.service';

@ApiTags('claims')
@Controller('claims')
export class ClaimsController {
  constructor(
    private readonly claims: ClaimsService,
    private readonly attributions: AttributionsService,
    private readonly related: RelatedClaimsService,
  ) {}

  @Post()
  @Authenticated('checker')
  @ApiCreatedResponse({ type: ClaimResponseDto })
  createClaim(@Body() body: CreateClaimDto, @CurrentActor() actor: Actor): Promise<ClaimResponseDto> {
    return this.claims.createManualClaim(body, actor);
  }

  @Get()
  @Authenticated()
  @ApiOkResponse({ type: ClaimPageDto })
  listClaims(@Query() query: ListClaimsQueryDto): Promise<ClaimPageDto> {
    return this.claims.listClaims(query);
  }

  @Get(':id')
  @Authenticated()
  @ApiOkResponse({ type: ClaimDetailResponseDto })
  getClaim(@Param('id', ParseIdPipe) id: number): Promise<ClaimDetailResponseDto> {
    return this.claims.getClaimDetail(id);
  }

  @Get(':id/related')
  @Authenticated()
  @ApiOkResponse({ type: RelatedClaimsResponseDto })
  relatedClaims(@Param('id', ParseIdPipe) id: number): Promise<RelatedClaimsResponseDto> {
    return this.related.relatedTo(id);
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
