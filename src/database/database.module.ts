import { Global, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { buildDataSourceOptions } from './data-source-options';
import { LongReads } from './long-reads';
import { SqliteTuning } from './sqlite-tuning';
import { TransactionRunner } from './transaction-runner';

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => buildDataSourceOptions(config.getOrThrow<AppConfig>(APP_CONFIG).database),
    }),
  ],
  providers: [TransactionRunner, SqliteTuning, LongReads],
  exports: [TransactionRunner, LongReads],
})
export class DatabaseModule {}
