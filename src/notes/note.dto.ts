import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class CreateNoteDto {
  @ApiProperty({ description: 'The note; @Name (a display name without spaces) mentions a colleague', example: 'Stimmt die Zahl? @AnnaSchmidt' })
  @IsString() @MinLength(1) @MaxLength(5000) body: string;
}

export class MentionDto {
  @ApiProperty() id: number;
  @ApiProperty() displayName: string;
}

export class NoteResponseDto {
  @ApiProperty() id: number;
  @ApiProperty() claimId: number;
  @ApiProperty() authorId: number;
  @ApiProperty({ nullable: true, type: String }) authorName: string | null;
  @ApiProperty() body: string;
  @ApiProperty({ type: [MentionDto] }) mentions: MentionDto[];
  @ApiProperty() createdAt: string;
}

export class NoteListDto {
  @ApiProperty({ type: [NoteResponseDto] }) items: NoteResponseDto[];
}
