import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { AuthRepository } from './auth.repository';
import { AuthService } from './auth.service';
import { TokenGuard } from './token.guard';

/** Who is calling: sign-in, sessions, and the guard that enforces every route's declared role. */
@Module({
  imports: [UsersModule],
  controllers: [AuthController],
  providers: [AuthService, AuthRepository, { provide: APP_GUARD, useClass: TokenGuard }],
  exports: [AuthService],
})
export class AuthModule {}
