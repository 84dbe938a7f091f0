import { Injectable } from '@nestjs/common';
import { ClaimsRepository } from '../claims/claims.repository';
import { NotFoundError } from '../common/problem/domain-error';
import { isoNow } from '../common/time';
import { Actor, ROLES } from '../common/vocabulary';
import { Database } from '../database/database';
import { TransactionEvents } from '../database/tx-events';
import { UsersRepository } from '../users/users.repository';
import type { CreateNoteDto, NoteListDto, NoteResponseDto } from './note.dto';
import type { NoteEntity } from './note.entity';
import { NoteMentioned } from './note-events';
import { resolveMentions } from './mentions';
import { NotesRepository } from './notes.repository';

const THREAD_LIMIT = 500;

/**
 * The desk's discussion of a claim. A note is talk about the claim, not a change to it: it is not in
 * the claim's history and does not move its version. Mentions are resolved against the desk's
 * active people and announced (NoteMentioned) in the note's own transaction.
 */
@Injectable()
export class NotesService {
  constructor(
    private readonly db: Database,
    private readonly notes: NotesRepository,
    private readonly claims: ClaimsRepository,
    private readonly users: UsersRepository,
    private readonly events: TransactionEvents,
  ) {}

  async thread(claimId: number): Promise<NoteListDto> {
    if (!(await this.claims.findById(claimId))) throw new NotFoundError('Claim', claimId);
    const notes = await this.notes.ofClaim(claimId, THREAD_LIMIT);
    const ids = notes.flatMap((note) => [note.authorId, ...(JSON.parse(note.mentions) as number[])]);
    const names = await this.users.displayNames(ids);
    return { items: notes.map((note) => mapNote(note, names)) };
  }

  async write(claimId: number, input: CreateNoteDto, actor: Actor): Promise<NoteResponseDto> {
    const people = await this.users.activeWithRoles(ROLES);
    const mentioned = resolveMentions(input.body, people).filter((person) => person.id !== actor.id);
    const note = await this.db.write(async (tx) => {
      const claim = await this.claims.findById(claimId, tx);
      if (!claim) throw new NotFoundError('Claim', claimId);
      const saved = await this.notes.insert(tx, { claimId, authorId: actor.id, body: input.body.trim(), mentions: JSON.stringify(mentioned.map((p) => p.id)), createdAt: isoNow() });
      if (mentioned.length) {
        await this.events.publish(tx, NoteMentioned, { noteId: saved.id, claimId, articleId: claim.articleId, claimText: claim.text, authorId: actor.id, mentionedUserIds: mentioned.map((p) => p.id), body: saved.body });
      }
      return saved;
    });
    return mapNote(note, new Map([[actor.id, actor.displayName], ...mentioned.map((p) => [p.id, p.displayName] as [number, string])]));
  }
}

function mapNote(note: NoteEntity, names: ReadonlyMap<number, string>): NoteResponseDto {
  return {
    id: note.id, claimId: note.claimId, authorId: note.authorId, authorName: names.get(note.authorId) ?? null, body: note.body,
    mentions: (JSON.parse(note.mentions) as number[]).map((id) => ({ id, displayName: names.get(id) ?? `user ${id}` })), createdAt: note.createdAt,
  };
}
