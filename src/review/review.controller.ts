import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ParseIdPipe } from '../common/http/ids';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentActor } from '../auth/authenticated.decorator';
import type { Actor } from '../auth/roles';
import { ClaimResponseDto } from '../claims/claim.dto';
import { ClaimHistoryQuery } from './claim-history.query';
import { ClaimHistoryResponseDto, ReviewRequestDto } from './review.dto';
import { ReviewService } from './review.service';

@ApiTags('review')
@Controller('claims/:id')
export class ReviewController {
  constructor(
    private readonly review: ReviewService,
    private readonly history: ClaimHistoryQuery,
  ) {}

  /** Roles are checked per action by the workflow rules (take/verdict: checker; approve/reopen: editor). */
  @Post('review')
  @HttpCode(200)
  @Authenticated('checker')
  @ApiOkResponse({ type: ClaimResponseDto })
  reviewClaim(@Param('id', ParseIdPipe) id: number, @Body() body: ReviewRequestDto, @CurrentActor() actor: Actor): Promise<ClaimResponseDto> {
    return this.review.review(id, body, actor);
  }

  @Get('history')
  @Authenticated()
  @ApiOkResponse({ type: ClaimHistoryResponseDto })
  getHistory(@Param('id', ParseIdPipe) id: number): Promise<ClaimHistoryResponseDto> {
    return this.history.historyOf(id);
  }
}
