import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Database } from './database';
import { TransactionEvents } from './tx-events';

/** The database for every feature: only `Database` and the in-transaction events are exported; no connection, manager or repository is. */
@Global()
@Module({
  providers: [
    {
      provide: Database,
      inject: [ConfigService],
      useFactory: (config: ConfigService) => Database.open(config.getOrThrow<AppConfig>(APP_CONFIG).database),
    },
    TransactionEvents,
  ],
  exports: [Database, TransactionEvents],
})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(Database) private readonly database: Database) {}

  onApplicationShutdown(): Promise<void> {
    return this.database.close();
  }
}
