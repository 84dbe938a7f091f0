import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsOmittable } from '../common/http/is-omittable';
import { NOTIFICATION_KINDS, type NotificationKind } from './notification.entity';

export class NotificationDto {
  @ApiProperty() id: number;
  @ApiProperty({ enum: NOTIFICATION_KINDS }) kind: NotificationKind;
  @ApiProperty({ description: 'The sentence the desk shows' }) message: string;
  @ApiProperty({ nullable: true, type: Number }) claimId: number | null;
  @ApiProperty({ nullable: true, type: Number }) articleId: number | null;
  @ApiProperty({ nullable: true, type: String }) claimText: string | null;
  @ApiProperty({ nullable: true, type: Number }) actorId: number | null;
  @ApiProperty({ nullable: true, type: String, description: 'The reason of a reopen, the rationale of a verdict, the note of an approval' }) note: string | null;
  @ApiProperty() createdAt: string;
  @ApiProperty({ nullable: true, type: String }) readAt: string | null;
}

export class NotificationPageDto {
  @ApiProperty({ type: [NotificationDto] }) items: NotificationDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
  @ApiProperty({ description: 'Unread notifications in all' }) unread: number;
}

const booleanQuery = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class ListNotificationsQueryDto {
  @ApiPropertyOptional() @IsOptional() @Transform(booleanQuery) @IsBoolean() unread?: boolean;
  @ApiPropertyOptional({ default: 50, maximum: 200 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) cursor?: string;
}

export class MarkReadDto {
  @ApiPropertyOptional({ type: [Number], description: 'These notifications' }) @IsOmittable() @IsArray() @ArrayMaxSize(500) @IsInt({ each: true }) @Min(1, { each: true }) @Max(2_147_483_647, { each: true }) ids?: number[];
  @ApiPropertyOptional({ description: 'All of mine' }) @IsOmittable() @IsBoolean() all?: boolean;
}

export class UnreadDto {
  @ApiProperty() unread: number;
  @ApiProperty() latestId: number;
}
