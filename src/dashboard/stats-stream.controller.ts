import { Controller, MessageEvent, Sse } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { interval, map, merge, Observable, takeUntil } from 'rxjs';
import { Authenticated } from '../common/http/authenticated.decorator';
import { DeskSnapshotDto } from './activity.dto';
import { DeskPulse } from './desk-pulse';

/** Proxies drop idle connections; a comment-like ping every 25 s keeps the stream open. */
const KEEPALIVE_MS = 25_000;

@ApiTags('dashboard')
@Controller('stats')
export class StatsStreamController {
  constructor(private readonly pulse: DeskPulse) {}

  @Sse('stream')
  @Authenticated()
  @ApiProduces('text/event-stream')
  @ApiOkResponse({
    type: DeskSnapshotDto,
    description: 'Server-sent events: a `desk` event with the current snapshot at once, then one whenever any claim changes (on any instance); `ping` events keep the connection open.',
  })
  stream(): Observable<MessageEvent> {
    const snapshots = this.pulse.snapshots.pipe(map((snapshot): MessageEvent => ({ type: 'desk', data: snapshot, id: snapshot.deskVersion })));
    const pings = interval(KEEPALIVE_MS).pipe(
      map((): MessageEvent => ({ type: 'ping', data: '' })),
      // Stop pinging on shutdown, so the response can close.
      takeUntil(this.pulse.shutdown),
    );
    return merge(snapshots, pings);
  }
}
