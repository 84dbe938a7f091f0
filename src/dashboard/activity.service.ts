import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';
import type { ClaimStatus } from '../common/vocabulary';
import { flowQuery, latestEventsQuery } from './activity-queries';
import type { ActivityResponseDto, FlowResponseDto } from './activity.dto';

type Row = Record<string, string | number | null>;
const DAY_MS = 86_400_000;

/** Recent activity and the opened/resolved flow: what happened on the desk, not just where it stands. */
@Injectable()
export class ActivityService {
  constructor(@InjectEntityManager() private readonly manager: EntityManager) {}

  async recentActivity(limit = 20): Promise<ActivityResponseDto> {
    const rows = await latestEventsQuery(this.manager, limit).getRawMany<Row>();
    return {
      items: rows.map((row) => ({
        id: Number(row.id),
        action: String(row.action),
        claimId: Number(row.claimId),
        articleId: row.articleId === null ? null : Number(row.articleId),
        claimText: row.claimText === null ? null : String(row.claimText),
        actorId: Number(row.actorId),
        actorName: row.actorName === null ? null : String(row.actorName),
        fromStatus: row.fromStatus as ClaimStatus | null,
        toStatus: row.toStatus as ClaimStatus | null,
        note: row.note === null ? null : String(row.note),
        createdAt: String(row.createdAt),
      })),
    };
  }

  async flow(days = 30, now = new Date()): Promise<FlowResponseDto> {
    const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - (days - 1) * DAY_MS);
    const rows = await flowQuery(this.manager, first.toISOString()).getRawMany<Row>();
    const byDay = new Map(rows.map((row) => [String(row.day), row]));
    // Days without events are part of the chart too: a flat line is information.
    return {
      days: Array.from({ length: days }, (_unused, index) => {
        const day = new Date(first.getTime() + index * DAY_MS).toISOString().slice(0, 10);
        const row = byDay.get(day);
        return { day, opened: Number(row?.opened ?? 0), resolved: Number(row?.resolved ?? 0) };
      }),
    };
  }
}
