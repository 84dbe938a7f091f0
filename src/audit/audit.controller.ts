import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../common/http/authenticated.decorator';
import { AuditHeadDto, AuditVerificationDto } from './audit.dto';
import { AuditService } from './audit.service';

@ApiTags('audit')
@Controller('audit')
@Authenticated('admin')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get('verify')
  @ApiOperation({ summary: 'Verify the whole history ledger and name the first broken link per claim (admin)' })
  @ApiOkResponse({ type: AuditVerificationDto, description: 'Verifies the whole history in one run; ok is false when anything is broken' })
  verify(): Promise<AuditVerificationDto> {
    return this.audit.verify();
  }

  @Get('head')
  @ApiOperation({ summary: "The ledger's current head, to publish or notarise (admin)" })
  @ApiOkResponse({ type: AuditHeadDto, description: 'The ledger\'s current head' })
  head(): Promise<AuditHeadDto> {
    return this.audit.head();
  }
}
