import { DynamicModule, Module } from '@nestjs/common';
import { ArticlesModule } from './articles/articles.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { ClaimsModule } from './claims/claims.module';
import { AppConfig, loadAppConfig } from './config/app-config';
import { appConfigModule } from './config/app-config.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { DatabaseModule } from './database/database.module';
import { DemoModule } from './demo/demo.module';
import { ExportsModule } from './exports/exports.module';
import { EvidenceModule } from './evidence/evidence.module';
import { HealthModule } from './health/health.module';
import { HistoryModule } from './history/history.module';
import { ImportsModule } from './imports/imports.module';
import { MetricsModule } from './metrics/metrics.module';
import { NotificationsModule } from './notifications/notifications.module';
import { ReviewModule } from './review/review.module';
import { NotesModule } from './notes/notes.module';
import { QueueModule } from './queue/queue.module';
import { SourcesModule } from './sources/sources.module';
import { UsersModule } from './users/users.module';
import { WebhooksModule } from './webhooks/webhooks.module';
import { WebModule } from './web/web.module';

@Module({})
export class AppModule {
  /** The whole product; tests pass their own configuration (a fresh database each) instead of the environment. */
  static register(config: AppConfig = loadAppConfig()): DynamicModule {
    return {
      module: AppModule,
      imports: [
        appConfigModule(config),
        DatabaseModule,
        UsersModule,
        AuthModule,
        HistoryModule,
        AuditModule,
        ArticlesModule,
        SourcesModule,
        ClaimsModule,
        EvidenceModule,
        ReviewModule,
        NotesModule,
        QueueModule,
        DashboardModule,
        ExportsModule,
        HealthModule,
        MetricsModule,
        ImportsModule,
        WebhooksModule,
        NotificationsModule,
        DemoModule,
        WebModule,
      ],
    };
  }
}
