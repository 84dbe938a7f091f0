import { Module } from '@nestjs/common';
import { DashboardModule } from '../dashboard/dashboard.module';
import { UsersModule } from '../users/users.module';
import { NotificationsController } from './notifications.controller';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';

/** Each user's inbox: assignments, approvals and reopenings of their verdicts, verdicts awaiting an editor. */
@Module({
  imports: [UsersModule, DashboardModule],
  controllers: [NotificationsController],
  providers: [NotificationsService, NotificationsRepository],
  exports: [NotificationsService],
})
export class NotificationsModule {}
