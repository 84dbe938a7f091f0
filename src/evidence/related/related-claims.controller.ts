import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../../common/http/authenticated.decorator';
import { ParseIdPipe } from '../../common/http/ids';
import { RelatedClaimsResponseDto } from './related-claims.dto';
import { RelatedClaimsService } from './related-claims.service';

@ApiTags('claims')
@Controller('claims/:id/related')
export class RelatedClaimsController {
  constructor(private readonly related: RelatedClaimsService) {}

  @Get()
  @ApiOperation({ summary: 'Claims that may corroborate or contradict this one, marked independent or not' })
  @Authenticated()
  @ApiOkResponse({ type: RelatedClaimsResponseDto })
  relatedClaims(@Param('id', ParseIdPipe) id: number): Promise<RelatedClaimsResponseDto> {
    return this.related.relatedTo(id);
  }
}
