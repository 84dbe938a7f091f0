import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { IsOmittable } from '../common/http/is-omittable';
import { hasRole, Role, ROLES, USER_LANGUAGES, UserLanguage } from '../common/vocabulary';
import type { UserEntity } from './user.entity';

/**
 * One password rule for new users and for password changes: at least 8 characters, NIST SP 800-63B's
 * minimum for a password a person chooses (no composition rules; length is what counts), and at most
 * 200 so that hashing stays cheap. (SP 800-63B-4, 2025, asks 15 where the password is the only
 * factor, as here: raising this constant is the one change needed.)
 */
export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 200;
const PASSWORD_TOO_SHORT = { message: `password must be at least ${MIN_PASSWORD_LENGTH} characters long` };

/** Emails may be on an intranet host without a TLD. */
export class CreateUserDto {
  @ApiProperty() @IsEmail({ require_tld: false }) @MaxLength(320) email: string;
  @ApiProperty({ minLength: MIN_PASSWORD_LENGTH, maxLength: MAX_PASSWORD_LENGTH }) @IsString() @MinLength(MIN_PASSWORD_LENGTH, PASSWORD_TOO_SHORT) @MaxLength(MAX_PASSWORD_LENGTH) password: string;
  @ApiProperty({ enum: ROLES }) @IsIn(ROLES) role: Role;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(200) displayName: string;
}

export class UpdateUserDto {
  @ApiPropertyOptional({ enum: ROLES }) @IsOmittable() @IsIn(ROLES) role?: Role;
  @ApiPropertyOptional() @IsOmittable() @IsString() @MinLength(1) @MaxLength(200) displayName?: string;
  @ApiPropertyOptional({ minLength: MIN_PASSWORD_LENGTH, maxLength: MAX_PASSWORD_LENGTH }) @IsOmittable() @IsString() @MinLength(MIN_PASSWORD_LENGTH, PASSWORD_TOO_SHORT) @MaxLength(MAX_PASSWORD_LENGTH) password?: string;
  @ApiPropertyOptional({ description: 'A disabled user cannot sign in; their sessions end at once.' }) @IsOmittable() @IsBoolean() disabled?: boolean;
}

export class UserResponseDto {
  @ApiProperty() id: number;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty() disabled: boolean;
  @ApiProperty() createdAt: string;
}

export class UserListResponseDto {
  @ApiProperty({ type: [UserResponseDto] }) items: UserResponseDto[];
}

export function mapUser(user: UserEntity): UserResponseDto {
  return { id: user.id, email: user.email, displayName: user.displayName, role: user.role, disabled: user.disabled, createdAt: user.createdAt };
}

/** Roles that review claims: the workflow only lets a checker or above take or be given one. */
export const ASSIGNABLE_ROLES = ROLES.filter((role) => hasRole(role, 'checker'));

/** Someone a claim can be assigned to, as checkers see them: no email, nothing an admin alone should see. */
export class AssignableUserDto {
  @ApiProperty() id: number;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ASSIGNABLE_ROLES }) role: Role;
}

export class AssignableUserListDto {
  @ApiProperty({ type: [AssignableUserDto] }) items: AssignableUserDto[];
}

export function mapAssignableUser(user: UserEntity): AssignableUserDto {
  return { id: user.id, displayName: user.displayName, role: user.role };
}

/** The signed-in user's own settings: how the desk speaks to them and which clock it shows. */
export class UpdateMySettingsDto {
  @ApiPropertyOptional({ enum: USER_LANGUAGES, nullable: true, description: 'null: follow the browser (Accept-Language)' })
  @ValidateIf((_object, value) => value !== null) @IsOptional() @IsIn(USER_LANGUAGES) language?: UserLanguage | null;
  @ApiPropertyOptional({ nullable: true, example: 'Europe/Berlin', description: 'An IANA time zone; null: the browser\'s own' })
  @ValidateIf((_object, value) => value !== null) @IsOptional() @IsString() @MaxLength(64) timeZone?: string | null;
  @ApiPropertyOptional() @IsOmittable() @IsString() @MinLength(1) @MaxLength(200) displayName?: string;
}

export class MySettingsResponseDto {
  @ApiProperty() id: number;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ enum: USER_LANGUAGES, nullable: true, type: String }) language: UserLanguage | null;
  @ApiProperty({ nullable: true, type: String }) timeZone: string | null;
}

export function mapMySettings(user: UserEntity): MySettingsResponseDto {
  return { id: user.id, displayName: user.displayName, role: user.role, language: user.language, timeZone: user.timeZone };
}

/** Whether the runtime knows this IANA time zone. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
