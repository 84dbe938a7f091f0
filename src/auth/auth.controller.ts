import { Body, Controller, Get, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { mapUser, UserResponseDto } from '../users/user.dto';
import { UsersService } from '../users/users.service';
import { LoginDto, LoginResponseDto } from './auth.dto';
import { AuthService } from './auth.service';
import { clientKey } from './client-address';
import { Authenticated, CurrentActor, CurrentToken, Public } from '../common/http/authenticated.decorator';
import type { Actor } from '../common/vocabulary';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Public()
  @Post('login')
  @ApiOperation({ summary: 'Sign in: an opaque bearer token' })
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResponseDto })
  async login(@Body() body: LoginDto, @Ip() client: string): Promise<LoginResponseDto> {
    const { token, expiresAt, user } = await this.auth.login(body.email, body.password, clientKey(client));
    return { token, expiresAt, user: mapUser(user) };
  }

  @Authenticated()
  @Post('logout')
  @ApiOperation({ summary: 'Sign out: the token stops working' })
  @HttpCode(204)
  async logout(@CurrentToken() token: string): Promise<void> {
    await this.auth.logout(token);
  }

  @Authenticated()
  @Get('me')
  @ApiOperation({ summary: 'Who the token belongs to' })
  @ApiOkResponse({ type: UserResponseDto })
  async me(@CurrentActor() actor: Actor): Promise<UserResponseDto> {
    return mapUser(await this.users.get(actor.id));
  }
}
