import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentActor } from '../common/http/authenticated.decorator';
import { ParseIdPipe } from '../common/http/ids';
import type { Actor } from '../common/vocabulary';
import { ClaimDetailResponseDto, ReviewedClaimResponseDto } from './claim-detail.dto';
import { ReviewRequestDto } from './review.dto';
import { ReviewService } from './review.service';

/** A claim as a reviewer works on it: the whole claim with the reader's allowed actions, and the workflow's steps. */
@ApiTags('review')
@Controller('claims/:id')
export class ReviewController {
  constructor(private readonly review: ReviewService) {}

  @Get()
  @ApiOperation({ summary: 'One claim with its evidence, history and the actions you may take' })
  @Authenticated()
  @ApiOkResponse({ type: ClaimDetailResponseDto })
  getClaim(@Param('id', ParseIdPipe) id: number, @CurrentActor() actor: Actor): Promise<ClaimDetailResponseDto> {
    return this.review.detail(id, actor);
  }

  /** Roles are checked per action by the workflow rules (take/verdict: checker; approve/reopen: editor). */
  @Post('review')
  @ApiOperation({ summary: 'A review step: take, verdict, approve, reopen or reassign' })
  @HttpCode(200)
  @Authenticated('checker')
  @ApiOkResponse({ type: ReviewedClaimResponseDto })
  reviewClaim(@Param('id', ParseIdPipe) id: number, @Body() body: ReviewRequestDto, @CurrentActor() actor: Actor): Promise<ReviewedClaimResponseDto> {
    return this.review.review(id, body, actor);
  }
}
