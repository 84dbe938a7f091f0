import { Module } from '@nestjs/common';
import { ClaimsModule } from '../claims/claims.module';
import { HistoryModule } from '../history/history.module';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';
import { LedgerAdoption } from './ledger-adoption';

/** The history proving itself: the whole ledger verified in one run, its head published, earlier history adopted on start. */
@Module({
  imports: [HistoryModule, ClaimsModule],
  controllers: [AuditController],
  providers: [AuditService, LedgerAdoption],
  exports: [AuditService],
})
export class AuditModule {}
