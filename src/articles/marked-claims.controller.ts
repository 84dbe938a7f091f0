import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { ClaimResponseDto, CreateClaimDto } from '../claims/claim.dto';
import { Authenticated, CurrentActor } from '../common/http/authenticated.decorator';
import type { Actor } from '../common/vocabulary';
import { ArticlesService } from './articles.service';

/** POST /claims: a checker marks a span of an article by hand. It lives with articles, which own the words the claim is anchored in. */
@ApiTags('claims')
@Controller('claims')
export class MarkedClaimsController {
  constructor(private readonly articles: ArticlesService) {}

  @Post()
  @Authenticated('checker')
  @ApiCreatedResponse({ type: ClaimResponseDto })
  createClaim(@Body() body: CreateClaimDto, @CurrentActor() actor: Actor): Promise<ClaimResponseDto> {
    return this.articles.markClaim(body, actor);
  }
}
