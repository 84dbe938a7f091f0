import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ParseIdPipe } from '../common/http/ids';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentActor } from '../common/http/authenticated.decorator';
import type { Actor } from '../common/vocabulary';
import { CreateSourceDto, ListSourcesQueryDto, MergeResultDto, MergeSourceDto, SourceDetailResponseDto, SourcePageDto, SourceResponseDto, UpdateSourceDto } from './source.dto';
import { SourceMergeService } from './source-merge.service';
import { SourcesService } from './sources.service';

@ApiTags('sources')
@Controller('sources')
export class SourcesController {
  constructor(
    private readonly sources: SourcesService,
    private readonly merges: SourceMergeService,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Create a source' })
  @Authenticated('checker')
  @ApiCreatedResponse({ type: SourceResponseDto })
  createSource(@Body() body: CreateSourceDto): Promise<SourceResponseDto> {
    return this.sources.createSource(body);
  }

  @Get()
  @ApiOperation({ summary: 'List sources, found by name or any alias' })
  @Authenticated()
  @ApiOkResponse({ type: SourcePageDto })
  listSources(@Query() query: ListSourcesQueryDto): Promise<SourcePageDto> {
    return this.sources.listSources(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One source with its aliases, affiliation and members' })
  @Authenticated()
  @ApiOkResponse({ type: SourceDetailResponseDto })
  getSource(@Param('id', ParseIdPipe) id: number): Promise<SourceDetailResponseDto> {
    return this.sources.getSource(id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Edit a source' })
  @Authenticated('checker')
  @ApiOkResponse({ type: SourceResponseDto })
  updateSource(@Param('id', ParseIdPipe) id: number, @Body() body: UpdateSourceDto): Promise<SourceResponseDto> {
    return this.sources.updateSource(id, body);
  }

  @Post(':id/merge')
  @ApiOperation({ summary: 'Merge a source into another: its attributions and evidence move there (editor)' })
  @HttpCode(200)
  @Authenticated('editor')
  @ApiOkResponse({ type: MergeResultDto })
  mergeSource(@Param('id', ParseIdPipe) id: number, @Body() body: MergeSourceDto, @CurrentActor() actor: Actor): Promise<MergeResultDto> {
    return this.merges.mergeSources(id, body.intoId, actor);
  }
}
