import { Body, Controller, Get, HttpCode, MessageEvent, OnModuleDestroy, Post, Query, Sse } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags, ApiOperation } from '@nestjs/swagger';
import { catchError, distinctUntilChanged, EMPTY, exhaustMap, finalize, from, map, merge, Observable, Subject, takeUntil, timer } from 'rxjs';
import { Authenticated, CurrentActor, CurrentSession, CurrentSessionInfo } from '../common/http/authenticated.decorator';
import type { Actor } from '../common/vocabulary';
import { LiveStreams } from '../dashboard/live-streams';
import { ListNotificationsQueryDto, MarkReadDto, NotificationPageDto, UnreadDto } from './notification.dto';
import { NotificationsService } from './notifications.service';

/** How often a live inbox asks the database (so a notification written by any instance arrives within this). */
const INBOX_POLL_MS = 2000;
const KEEPALIVE_MS = 25_000;

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController implements OnModuleDestroy {
  private readonly shutdown = new Subject<void>();

  constructor(
    private readonly notifications: NotificationsService,
    private readonly streams: LiveStreams,
  ) {}

  @Get()
  @ApiOperation({ summary: 'My inbox: notifications, newest first, with the unread count' })
  @Authenticated()
  @ApiOkResponse({ type: NotificationPageDto, description: 'My notifications, newest first' })
  list(@Query() query: ListNotificationsQueryDto, @CurrentActor() actor: Actor): Promise<NotificationPageDto> {
    return this.notifications.list(actor.id, query);
  }

  @Post('read')
  @ApiOperation({ summary: 'Mark my notifications read, by id or all' })
  @HttpCode(200)
  @Authenticated()
  @ApiOkResponse({ type: UnreadDto })
  markRead(@Body() body: MarkReadDto, @CurrentActor() actor: Actor): Promise<UnreadDto> {
    return this.notifications.markRead(actor.id, body);
  }

  @Sse('stream')
  @ApiOperation({ summary: 'Follow my unread count live' })
  @Authenticated()
  @ApiProduces('text/event-stream')
  @ApiOkResponse({ type: UnreadDto, description: 'Server-sent `inbox` events with my unread count and newest id, at once and whenever they change (on any instance); ends with the session; counts toward the 5 live streams a user may hold' })
  stream(@CurrentActor() actor: Actor, @CurrentSession() session: CurrentSessionInfo): Observable<MessageEvent> {
    const { ended, close } = this.streams.register(actor.id, session);
    const inbox = timer(0, INBOX_POLL_MS).pipe(
      exhaustMap(() => from(this.notifications.summary(actor.id)).pipe(catchError(() => EMPTY))),
      distinctUntilChanged((a, b) => a.unread === b.unread && a.latestId === b.latestId),
      map((summary): MessageEvent => ({ type: 'inbox', data: summary })),
    );
    const pings = timer(KEEPALIVE_MS, KEEPALIVE_MS).pipe(map((): MessageEvent => ({ type: 'ping', data: '' })));
    return merge(inbox, pings).pipe(takeUntil(merge(ended, this.shutdown)), finalize(close));
  }

  onModuleDestroy(): void {
    this.shutdown.next();
    this.shutdown.complete();
  }
}
