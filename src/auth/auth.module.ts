import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UserEntity } from '../users/user.entity';
import { UsersController } from '../users/users.controller';
import { UsersService } from '../users/users.service';
import { AuthTokenEntity } from './auth-token.entity';
import { LoginAttemptEntity } from './login-attempt.entity';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { TokenGuard } from './token.guard';

/** Users live with auth: both are about who may do what, and the first admin is made on bootstrap. */
@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, AuthTokenEntity, LoginAttemptEntity])],
  controllers: [AuthController, UsersController],
  providers: [AuthService, UsersService, { provide: APP_GUARD, useClass: TokenGuard }],
  exports: [UsersService, AuthService],
})
export class AuthModule {}
