import { Controller, Get, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { ParseIdPipe } from '../common/http/ids';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentActor } from '../common/http/authenticated.decorator';
import type { Actor } from '../common/vocabulary';
import { ClaimsService } from '../claims/claims.service';
import { ArticleExportQueryDto, DeskExportQueryDto } from './export.dto';
import { DeskExport } from './desk-export';
import { ExportsService } from './exports.service';

type Reply = { header(name: string, value: string): Reply };

const attachment = (fileName: string) => `attachment; filename="${fileName}"`;

/**
 * The HTML report is self-contained (inline CSS; no script, image, font or request): its header
 * policy forbids everything else, as its <meta> policy does, and adds what a <meta> cannot say —
 * no framing — and a sandbox, so a report opened from the desk's origin runs nothing there.
 * Every download also gets nosniff (see security-headers.ts), so no browser guesses another type.
 */
const HTML_EXPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; sandbox";

@ApiTags('exports')
@Controller()
@Authenticated()
export class ExportsController {
  constructor(
    private readonly exports: ExportsService,
    private readonly desk: DeskExport,
    private readonly claims: ClaimsService,
  ) {}

  @Get('articles/:id/export')
  @ApiOperation({ summary: "Download an article's annotated report in a format" })
  @ApiProduces('text/html', 'application/pdf', 'text/markdown', 'application/json', 'text/csv', 'application/ld+json')
  @ApiOkResponse({
    description: 'The annotated report as a download, in the type its format names. format=json follows the versioned ArticleReport schema.',
    content: {
      'text/html': { schema: { type: 'string', description: 'format=html: a self-contained report' } },
      'application/pdf': { schema: { type: 'string', format: 'binary', description: 'format=pdf' } },
      'text/markdown': { schema: { type: 'string', description: 'format=md' } },
      'application/json': { schema: { $ref: '#/components/schemas/ArticleReport' } },
      'text/csv': { schema: { type: 'string', description: 'format=csv: one row per claim (or per attribution with rows=attributions)' } },
      'application/ld+json': { schema: { type: 'object', description: 'format=claimreview (schema.org ClaimReview) or format=w3c (W3C Web Annotation)' } },
    },
  })
  async exportArticle(@Param('id', ParseIdPipe) id: number, @Query() query: ArticleExportQueryDto, @Res({ passthrough: true }) reply: Reply): Promise<StreamableFile> {
    const document = await this.exports.exportArticle(id, query.format, query.rows);
    reply.header('content-type', document.contentType).header('content-disposition', attachment(document.fileName));
    if (query.format === 'html') reply.header('content-security-policy', HTML_EXPORT_CSP);
    return new StreamableFile(typeof document.body === 'string' ? Buffer.from(document.body, 'utf8') : document.body);
  }

  @Get('exports/claims')
  @ApiOperation({ summary: "Stream every claim matching the list's filters as CSV or JSON Lines" })
  @ApiProduces('text/csv', 'application/x-ndjson')
  @ApiOkResponse({
    description: 'Every claim matching the filters, streamed row by row',
    content: { 'text/csv': { schema: { type: 'string' } }, 'application/x-ndjson': { schema: { type: 'string', description: 'One JSON object per line' } } },
  })
  exportDesk(@Query() query: DeskExportQueryDto, @Res({ passthrough: true }) reply: Reply, @CurrentActor() actor: Actor): StreamableFile {
    const { format, cursor: _cursor, limit: _limit, ...rest } = query;
    const filter = this.claims.filterOf(rest, actor);
    const csv = format === 'csv';
    reply
      .header('content-type', csv ? 'text/csv; charset=utf-8; header=present' : 'application/x-ndjson; charset=utf-8')
      .header('content-disposition', attachment(`claimtrack-claims.${csv ? 'csv' : 'jsonl'}`));
    return new StreamableFile(this.desk.stream(filter, format));
  }
}
