import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ParseIdPipe } from '../common/http/ids';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentActor } from '../common/http/authenticated.decorator';
import type { Actor } from '../common/vocabulary';
import { AssignableUserListDto, CreateUserDto, mapAssignableUser, mapMySettings, mapUser, MySettingsResponseDto, UpdateMySettingsDto, UpdateUserDto, UserListResponseDto, UserResponseDto } from './user.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
@Authenticated('admin')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Post()
  @ApiOperation({ summary: 'Create a user (admin)' })
  @ApiCreatedResponse({ type: UserResponseDto })
  async create(@Body() body: CreateUserDto): Promise<UserResponseDto> {
    return mapUser(await this.users.create(body));
  }

  @Get()
  @ApiOperation({ summary: 'List users (admin)' })
  @ApiOkResponse({ type: UserListResponseDto })
  async list(): Promise<UserListResponseDto> {
    return { items: (await this.users.list()).map(mapUser) };
  }

  /** Who a claim can be assigned to, for the reassign action; anyone on the desk may see who reviews. */
  @Get('assignable')
  @ApiOperation({ summary: 'People a claim can be assigned to' })
  @Authenticated('viewer')
  @ApiOkResponse({ type: AssignableUserListDto })
  async assignable(): Promise<AssignableUserListDto> {
    return { items: (await this.users.assignable()).map(mapAssignableUser) };
  }

  @Get('me')
  @Authenticated('viewer')
  @ApiOperation({ summary: "The signed-in user's own settings (language, time zone)" })
  @ApiOkResponse({ type: MySettingsResponseDto })
  async mySettings(@CurrentActor() actor: Actor): Promise<MySettingsResponseDto> {
    return mapMySettings(await this.users.get(actor.id));
  }

  @Patch('me')
  @Authenticated('viewer')
  @ApiOperation({ summary: 'Change your own language, time zone or display name' })
  @ApiOkResponse({ type: MySettingsResponseDto })
  async updateMySettings(@Body() body: UpdateMySettingsDto, @CurrentActor() actor: Actor): Promise<MySettingsResponseDto> {
    return mapMySettings(await this.users.updateSettings(actor.id, body));
  }

  @Patch(':id')
  @ApiOperation({ summary: "Change a user's role, name, password or access (admin)" })
  @ApiOkResponse({ type: UserResponseDto })
  async update(@Param('id', ParseIdPipe) id: number, @Body() body: UpdateUserDto): Promise<UserResponseDto> {
    return mapUser(await this.users.update(id, body));
  }
}
