import { Module } from '@nestjs/common';
import { ArticlesModule } from '../articles/articles.module';
import { UsersModule } from '../users/users.module';
import { ImportUploads } from './import-uploads';
import { ImportWorker } from './import-worker';
import { ImportsController } from './imports.controller';
import { ImportsRepository } from './imports.repository';
import { ImportsService } from './imports.service';

/** Bulk imports: jobs in the database, worked off in the background by every instance. */
@Module({
  imports: [ArticlesModule, UsersModule],
  controllers: [ImportsController],
  providers: [ImportsService, ImportsRepository, ImportWorker, ImportUploads],
  exports: [ImportsService],
})
export class ImportsModule {}
