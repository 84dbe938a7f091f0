import { Controller, Get, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { ParseIdPipe } from '../common/http/ids';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../common/http/authenticated.decorator';
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
  ) {}

  @Get('articles/:id/export')
  @ApiProduces('text/html', 'application/pdf', 'text/markdown', 'application/json', 'text/csv', 'application/ld+json')
  @ApiOkResponse({
    description: 'The annotated report as a download. format=json follows the versioned ArticleReport schema.',
    content: { 'application/json': { schema: { $ref: '#/components/schemas/ArticleReport' } } },
  })
  async exportArticle(@Param('id', ParseIdPipe) id: number, @Query() query: ArticleExportQueryDto, @Res({ passthrough: true }) reply: Reply): Promise<StreamableFile> {
    const document = await this.exports.exportArticle(id, query.format, query.rows);
    reply.header('content-type', document.contentType).header('content-disposition', attachment(document.fileName));
    if (query.format === 'html') reply.header('content-security-policy', HTML_EXPORT_CSP);
    return new StreamableFile(typeof document.body === 'string' ? Buffer.from(document.body, 'utf8') : document.body);
  }

  @Get('exports/claims')
  @ApiProduces('text/csv', 'application/x-ndjson')
  @ApiOkResponse({ description: 'Every claim matching the filters, streamed row by row' })
  exportDesk(@Query() query: DeskExportQueryDto, @Res({ passthrough: true }) reply: Reply): StreamableFile {
    const { format, cursor: _cursor, limit: _limit, ...filter } = query;
    const csv = format === 'csv';
    reply
      .header('content-type', csv ? 'text/csv; charset=utf-8; header=present' : 'application/x-ndjson; charset=utf-8')
      .header('content-disposition', attachment(`claimtrack-claims.${csv ? 'csv' : 'jsonl'}`));
    return new StreamableFile(this.desk.stream(filter, format));
  }
}
