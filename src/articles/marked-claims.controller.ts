import { Body, Controller, Param, Patch, Post } from '@nestjs/common';
import { ParseIdPipe } from '../common/http/ids';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ClaimResponseDto, CorrectClaimDto, CreateClaimDto } from '../claims/claim.dto';
import { Authenticated, CurrentActor } from '../common/http/authenticated.decorator';
import type { Actor } from '../common/vocabulary';
import { ArticlesService } from './articles.service';

/**
 * POST /claims: a checker marks a span of an article by hand; PATCH /claims/:id: corrects a claim's
 * wording, kind or span. They live with articles, which own the words the claim is anchored in.
 */
@ApiTags('claims')
@Controller('claims')
export class MarkedClaimsController {
  constructor(private readonly articles: ArticlesService) {}

  @Post()
  @Authenticated('checker')
  @ApiOperation({ summary: 'Mark a claim on a span of an article (code points), with its wording and kind' })
  @ApiCreatedResponse({ type: ClaimResponseDto })
  createClaim(@Body() body: CreateClaimDto, @CurrentActor() actor: Actor): Promise<ClaimResponseDto> {
    return this.articles.markClaim(body, actor);
  }

  @Patch(':id')
  @Authenticated('checker')
  @ApiOperation({ summary: "Correct a claim's wording, kind or span (while it has no verdict); its version moves on" })
  @ApiOkResponse({ type: ClaimResponseDto })
  correctClaim(@Param('id', ParseIdPipe) id: number, @Body() body: CorrectClaimDto, @CurrentActor() actor: Actor): Promise<ClaimResponseDto> {
    return this.articles.correctClaim(id, body, actor);
  }
}
