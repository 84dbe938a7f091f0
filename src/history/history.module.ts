import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { ClaimHistory } from './claim-history';
import { HistoryKey } from './history-key';
import { HistoryRepository } from './history.repository';

/** The append-only, tamper-evident history of every claim; its own module so the features that change claims can write it. */
@Module({
  imports: [UsersModule],
  providers: [ClaimHistory, HistoryRepository, HistoryKey],
  exports: [ClaimHistory, HistoryRepository, HistoryKey],
})
export class HistoryModule {}
