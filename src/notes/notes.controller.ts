import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentActor } from '../common/http/authenticated.decorator';
import { ParseIdPipe } from '../common/http/ids';
import type { Actor } from '../common/vocabulary';
import { CreateNoteDto, NoteListDto, NoteResponseDto } from './note.dto';
import { NotesService } from './notes.service';

/** A claim's discussion thread on the desk. */
@ApiTags('notes')
@Controller('claims/:id/notes')
export class NotesController {
  constructor(private readonly notes: NotesService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: "A claim's notes, oldest first" })
  @ApiOkResponse({ type: NoteListDto })
  thread(@Param('id', ParseIdPipe) id: number): Promise<NoteListDto> {
    return this.notes.thread(id);
  }

  @Post()
  @Authenticated('checker')
  @ApiOperation({ summary: 'Write a note on a claim; @Name mentions a colleague, who is notified' })
  @ApiCreatedResponse({ type: NoteResponseDto })
  write(@Param('id', ParseIdPipe) id: number, @Body() body: CreateNoteDto, @CurrentActor() actor: Actor): Promise<NoteResponseDto> {
    return this.notes.write(id, body, actor);
  }
}
