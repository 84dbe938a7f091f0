import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentActor } from '../common/http/authenticated.decorator';
import { ParseIdPipe } from '../common/http/ids';
import type { Actor } from '../common/vocabulary';
import { BulkActionsService } from './bulk-actions.service';
import { BulkRequestDto, BulkResultDto, CreateSavedFilterDto, SavedFilterListDto, SavedFilterResponseDto } from './queue.dto';
import { QueueService } from './queue.service';

/** The claims queue's saved filters. */
@ApiTags('queue')
@Controller('queue/filters')
export class SavedFiltersController {
  constructor(private readonly queue: QueueService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'Your saved queue filters and those shared with the desk' })
  @ApiOkResponse({ type: SavedFilterListDto })
  list(@CurrentActor() actor: Actor): Promise<SavedFilterListDto> {
    return this.queue.list(actor);
  }

  @Post()
  @Authenticated()
  @ApiOperation({ summary: 'Save a queue filter under a name, for yourself or shared with the desk' })
  @ApiCreatedResponse({ type: SavedFilterResponseDto })
  save(@Body() body: CreateSavedFilterDto, @CurrentActor() actor: Actor): Promise<SavedFilterResponseDto> {
    return this.queue.save(body, actor);
  }

  @Delete(':filterId')
  @HttpCode(204)
  @Authenticated()
  @ApiOperation({ summary: 'Delete a filter you saved' })
  @ApiNoContentResponse()
  remove(@Param('filterId', ParseIdPipe) id: number, @CurrentActor() actor: Actor): Promise<void> {
    return this.queue.remove(id, actor);
  }
}

/** Bulk actions on claims selected in the queue. */
@ApiTags('queue')
@Controller('claims/bulk')
export class BulkActionsController {
  constructor(private readonly bulk: BulkActionsService) {}

  @Post()
  @HttpCode(200)
  @Authenticated('checker')
  @ApiOperation({ summary: 'Assign, take, tag, untag or set the kind of many claims: each with its own version check and history event; lists what changed and what was refused and why' })
  @ApiOkResponse({ type: BulkResultDto })
  apply(@Body() body: BulkRequestDto, @CurrentActor() actor: Actor): Promise<BulkResultDto> {
    return this.bulk.apply(body, actor);
  }
}
