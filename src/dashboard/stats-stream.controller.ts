import { Controller, MessageEvent, Sse } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { finalize, interval, map, merge, Observable, takeUntil } from 'rxjs';
import { Authenticated, CurrentActor, CurrentSession, CurrentSessionInfo } from '../common/http/authenticated.decorator';
import type { Actor } from '../common/vocabulary';
import { DeskSnapshotDto } from './activity.dto';
import { DeskPulse } from './desk-pulse';
import { LiveStreams } from './live-streams';

/** Proxies drop idle connections; a comment-like ping every 25 s keeps the stream open. */
const KEEPALIVE_MS = 25_000;

@ApiTags('dashboard')
@Controller('stats')
export class StatsStreamController {
  constructor(
    private readonly pulse: DeskPulse,
    private readonly streams: LiveStreams,
  ) {}

  @Sse('stream')
  @ApiOperation({ summary: 'Live desk snapshots as server-sent events (at most five open per user)' })
  @Authenticated()
  @ApiProduces('text/event-stream')
  @ApiOkResponse({
    type: DeskSnapshotDto,
    description: 'Server-sent events: a `desk` event with the current snapshot at once, then one whenever any claim changes (on any instance); `ping` events keep the connection open. The stream ends when the session does (sign-out, expiry, account disabled); at most 5 open per user (429 beyond).',
  })
  stream(@CurrentActor() actor: Actor, @CurrentSession() session: CurrentSessionInfo): Observable<MessageEvent> {
    const { ended, close } = this.streams.register(actor.id, session);
    const snapshots = this.pulse.snapshots.pipe(map((snapshot): MessageEvent => ({ type: 'desk', data: snapshot, id: snapshot.deskVersion })));
    const pings = interval(KEEPALIVE_MS).pipe(
      map((): MessageEvent => ({ type: 'ping', data: '' })),
      // Stop pinging on shutdown, so the response can close.
      takeUntil(this.pulse.shutdown),
    );
    return merge(snapshots, pings).pipe(takeUntil(ended), finalize(close));
  }
}
