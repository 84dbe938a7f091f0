import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ParseIdPipe } from '../common/http/ids';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../common/http/authenticated.decorator';
import { AssignableUserListDto, CreateUserDto, mapAssignableUser, mapUser, UpdateUserDto, UserListResponseDto, UserResponseDto } from './user.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
@Authenticated('admin')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Post()
  @ApiCreatedResponse({ type: UserResponseDto })
  async create(@Body() body: CreateUserDto): Promise<UserResponseDto> {
    return mapUser(await this.users.create(body));
  }

  @Get()
  @ApiOkResponse({ type: UserListResponseDto })
  async list(): Promise<UserListResponseDto> {
    return { items: (await this.users.list()).map(mapUser) };
  }

  /** Who a claim can be assigned to, for the reassign action; anyone on the desk may see who reviews. */
  @Get('assignable')
  @Authenticated('viewer')
  @ApiOkResponse({ type: AssignableUserListDto })
  async assignable(): Promise<AssignableUserListDto> {
    return { items: (await this.users.assignable()).map(mapAssignableUser) };
  }

  @Patch(':id')
  @ApiOkResponse({ type: UserResponseDto })
  async update(@Param('id', ParseIdPipe) id: number, @Body() body: UpdateUserDto): Promise<UserResponseDto> {
    return mapUser(await this.users.update(id, body));
  }
}
