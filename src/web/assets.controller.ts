import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../common/http/authenticated.decorator';
import { assets } from './assets';

/** Scripts and styles of the desk. Versioned URLs (?v=) are cached for good; the rest revalidate by ETag. */
@ApiExcludeController()
@Controller('assets')
export class AssetsController {
  @Public()
  @Get(':name')
  asset(@Param('name') name: string, @Req() request: FastifyRequest<{ Querystring: { v?: string } }>, @Res() reply: FastifyReply): void {
    const asset = assets().get(name);
    if (!asset) {
      void reply.code(404).header('content-type', 'text/plain; charset=utf-8').send('Not found');
      return;
    }
    void reply
      .header('etag', asset.etag)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', request.query.v ? 'public, max-age=31536000, immutable' : 'no-cache');
    if (request.headers['if-none-match'] === asset.etag) {
      void reply.code(304).send();
      return;
    }
    void reply.header('content-type', asset.type).send(asset.body);
  }
}
