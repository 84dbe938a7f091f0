import { Body, Controller, Get, HttpCode, MessageEvent, Param, Post, Query, Req, Sse } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBody, ApiConsumes, ApiOkResponse, ApiProduces, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { distinctUntilChanged, exhaustMap, from, map, Observable, takeUntil, takeWhile, timer } from 'rxjs';
import { Authenticated, CurrentActor } from '../common/http/authenticated.decorator';
import { ParseIdPipe } from '../common/http/ids';
import type { Actor } from '../common/vocabulary';
import { ImportJobCreatedDto, ImportJobDto, ImportJobPageDto, ImportPreviewDto, ListImportsQueryDto, PreviewArticleDto } from './import.dto';
import { splitJsonLines } from './import-input';
import { ImportUploads, JSON_LINES_TYPES } from './import-uploads';
import { ImportsService } from './imports.service';
import { ImportWorker } from './import-worker';
import { shutdownOf } from './shutdown';

/** How often a progress stream reads the job's counts. */
const PROGRESS_MS = 1000;

@ApiTags('imports')
@Controller('imports')
export class ImportsController {
  constructor(
    private readonly imports: ImportsService,
    private readonly uploads: ImportUploads,
    private readonly worker: ImportWorker,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Import a batch of articles (JSON Lines, or a form with the file): answered at once, imported in the background' })
  @HttpCode(202)
  @Authenticated('editor')
  @ApiConsumes(...JSON_LINES_TYPES.slice(0, 2), 'multipart/form-data')
  @ApiBody({ description: 'JSON Lines: one article per line with the fields of POST /api/articles; or a form with the file in `file`', schema: { type: 'string' } })
  @ApiAcceptedResponse({ type: ImportJobCreatedDto, description: 'The job; follow it with GET /api/imports/:id' })
  async createImport(@Req() request: FastifyRequest, @CurrentActor() actor: Actor): Promise<ImportJobCreatedDto> {
    const { text, origin } = await this.uploads.read(request);
    return this.imports.createJob(splitJsonLines(text), origin, actor);
  }

  @Post('preview')
  @ApiOperation({ summary: 'Preview an import: the claims and sources the extractor finds, the detected language, a duplicate on the desk; nothing is saved' })
  @HttpCode(200)
  @Authenticated('checker')
  @ApiOkResponse({ type: ImportPreviewDto, description: 'Runs the extractor without saving: the claims an import would create' })
  preview(@Body() body: PreviewArticleDto): Promise<ImportPreviewDto> {
    return this.imports.preview(body);
  }

  @Get()
  @ApiOperation({ summary: 'The import jobs, newest first' })
  @Authenticated('checker')
  @ApiOkResponse({ type: ImportJobPageDto })
  listImports(@Query() query: ListImportsQueryDto): Promise<ImportJobPageDto> {
    return this.imports.listJobs(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One import job with its counts and the reasons of refused lines' })
  @Authenticated('checker')
  @ApiOkResponse({ type: ImportJobDto })
  getImport(@Param('id', ParseIdPipe) id: number): Promise<ImportJobDto> {
    return this.imports.getJob(id);
  }

  @Sse(':id/stream')
  @ApiOperation({ summary: 'Follow an import job\'s progress live' })
  @Authenticated('checker')
  @ApiProduces('text/event-stream')
  @ApiOkResponse({ type: ImportJobDto, description: 'Server-sent `progress` events with the job\'s counts whenever they move (read from the database, so on any instance), ending once the job is done' })
  async progress(@Param('id', ParseIdPipe) id: number): Promise<Observable<MessageEvent>> {
    await this.imports.getJob(id, false); // 404 before the stream opens
    return timer(0, PROGRESS_MS).pipe(
      exhaustMap(() => from(this.imports.getJob(id, false))),
      distinctUntilChanged((a, b) => a.done === b.done && a.state === b.state),
      takeWhile((job) => job.state !== 'done', true),
      map((job): MessageEvent => ({ type: 'progress', data: job })),
      takeUntil(shutdownOf(this.worker)),
    );
  }
}
