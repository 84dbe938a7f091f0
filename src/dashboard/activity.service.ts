import { Injectable } from '@nestjs/common';
import { ClaimsRepository } from '../claims/claims.repository';
import { HistoryRepository } from '../history/history.repository';
import { UsersRepository } from '../users/users.repository';
import type { ActivityResponseDto, FlowResponseDto } from './activity.dto';

const DAY_MS = 86_400_000;

/** Recent activity and the opened/resolved flow: what happened on the desk, not just where it stands. */
@Injectable()
export class ActivityService {
  constructor(
    private readonly history: HistoryRepository,
    private readonly claims: ClaimsRepository,
    private readonly users: UsersRepository,
  ) {}

  async recentActivity(limit = 20): Promise<ActivityResponseDto> {
    const events = await this.history.latest(limit);
    const [claims, names] = await Promise.all([
      this.claims.findByIds(events.map((e) => e.claimId)),
      this.users.displayNames(events.map((e) => e.actorId)),
    ]);
    const byId = new Map(claims.map((c) => [c.id, c]));
    return {
      items: events.map((event) => {
        const claim = byId.get(event.claimId);
        return {
          id: event.id,
          action: event.action,
          claimId: event.claimId,
          articleId: claim?.articleId ?? null,
          claimText: claim?.text ?? null,
          actorId: event.actorId,
          actorName: names.get(event.actorId) ?? null,
          fromStatus: event.fromStatus,
          toStatus: event.toStatus,
          note: event.note,
          createdAt: event.createdAt,
        };
      }),
    };
  }

  async flow(days = 30, now = new Date()): Promise<FlowResponseDto> {
    const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - (days - 1) * DAY_MS);
    const byDay = new Map((await this.history.flowSince(first.toISOString())).map((row) => [row.day, row]));
    // Days without events are part of the chart too: a flat line is information.
    return {
      days: Array.from({ length: days }, (_unused, index) => {
        const day = new Date(first.getTime() + index * DAY_MS).toISOString().slice(0, 10);
        const row = byDay.get(day);
        return { day, opened: row?.opened ?? 0, resolved: row?.resolved ?? 0 };
      }),
    };
  }
}
