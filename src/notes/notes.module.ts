import { Module } from '@nestjs/common';
import { ClaimsModule } from '../claims/claims.module';
import { UsersModule } from '../users/users.module';
import { NotesController } from './notes.controller';
import { NotesRepository } from './notes.repository';
import { NotesService } from './notes.service';

/** Notes: the desk's discussion thread per claim, with @mentions (announced as NoteMentioned). */
@Module({
  imports: [ClaimsModule, UsersModule],
  controllers: [NotesController],
  providers: [NotesService, NotesRepository],
  exports: [NotesService],
})
export class NotesModule {}
