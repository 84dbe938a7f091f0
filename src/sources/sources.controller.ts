import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentActor } from '../auth/authenticated.decorator';
import type { Actor } from '../auth/roles';
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
  @Authenticated('checker')
  createSource(@Body() body: CreateSourceDto): Promise<SourceResponseDto> {
    return this.sources.createSource(body);
  }

  @Get()
  @Authenticated()
  listSources(@Query() query: ListSourcesQueryDto): Promise<SourcePageDto> {
    return this.sources.listSources(query);
  }

  @Get(':id')
  @Authenticated()
  getSource(@Param('id', ParseIntPipe) id: number): Promise<SourceDetailResponseDto> {
    return this.sources.getSource(id);
  }

  @Patch(':id')
  @Authenticated('checker')
  updateSource(@Param('id', ParseIntPipe) id: number, @Body() body: UpdateSourceDto): Promise<SourceResponseDto> {
    return this.sources.updateSource(id, body);
  }

  @Post(':id/merge')
  @HttpCode(200)
  @Authenticated('editor')
  mergeSource(@Param('id', ParseIntPipe) id: number, @Body() body: MergeSourceDto, @CurrentActor() actor: Actor): Promise<MergeResultDto> {
    return this.merges.mergeSources(id, body.intoId, actor);
  }
}
