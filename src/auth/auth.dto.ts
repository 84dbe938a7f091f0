import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { UserResponseDto } from '../users/user.dto';

export class LoginDto {
  @ApiProperty({ example: 'checker@example.org' }) @IsEmail({ require_tld: false }) @MaxLength(320) email: string;
  @ApiProperty({ example: 'correct horse battery staple' }) @IsString() @MinLength(1) @MaxLength(200) password: string;
}

export class LoginResponseDto {
  @ApiProperty({ description: 'Opaque bearer token: send as Authorization: Bearer <token>' }) token: string;
  @ApiProperty({ description: 'When the token stops working (ISO 8601)' }) expiresAt: string;
  @ApiProperty({ type: () => UserResponseDto }) user: UserResponseDto;
}
