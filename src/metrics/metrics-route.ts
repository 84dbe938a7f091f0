import { timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { TalliesRepository } from '../claims/tallies.repository';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { CLAIM_STATUSES } from '../common/vocabulary';
import { Database } from '../database/database';
import { Meters } from './meters';

const STATUS_COLUMNS = { unverified: 'unverified', in_review: 'inReview', corroborated: 'corroborated', disputed: 'disputed', inconclusive: 'inconclusive' } as const;

/**
 * GET /metrics in Prometheus' text format, registered on Fastify directly beside /health (outside
 * /api and its guard: a scraper has no user). With METRICS_TOKEN set it needs that bearer token.
 * Every answered request is counted and timed by its route template (`/api/claims/:id`), never by
 * its raw URL, so the series stay few.
 */
@Injectable()
export class MetricsRoute implements OnModuleInit {
  private readonly token: string | null;

  constructor(
    private readonly adapter: HttpAdapterHost,
    private readonly meters: Meters,
    private readonly database: Database,
    private readonly tallies: TalliesRepository,
    @Inject(ConfigService) config: ConfigService,
  ) {
    this.token = config.getOrThrow<AppConfig>(APP_CONFIG).intake.metricsToken;
  }

  onModuleInit(): void {
    const fastify = this.adapter.httpAdapter.getInstance<FastifyInstance>();
    fastify.addHook('onResponse', async (request: FastifyRequest, reply: FastifyReply) => {
      const route = request.routeOptions?.url ?? 'unmatched';
      this.meters.httpRequests.inc({ method: request.method, route, status: String(reply.statusCode) });
      this.meters.httpDuration.observe({ method: request.method, route }, reply.elapsedTime / 1000);
    });
    fastify.get('/metrics', async (request, reply) => {
      if (!this.authorised(request.headers.authorization)) {
        return reply.code(401).header('www-authenticate', 'Bearer realm="metrics"').header('content-type', 'application/problem+json; charset=utf-8')
          .send({ type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'GET /metrics needs Authorization: Bearer <METRICS_TOKEN>.' });
      }
      const { contentType, body } = await this.meters.text();
      return reply.header('content-type', contentType).header('cache-control', 'no-store').send(body);
    });
    this.database.onWriteWait = (seconds) => this.meters.writeWait.observe(seconds);
    this.meters.gaugeFromDatabase('claimtrack_db_writes_waiting', 'Write transactions waiting for their turn or connection on this instance', [], async () => [{ labels: {}, value: this.database.poolStats().waitingWrites }]);
    this.meters.gaugeFromDatabase('claimtrack_db_pool_connections', 'PostgreSQL pool connections on this instance, by pool (write, read) and state (total, idle, waiting requests)', ['pool', 'state'], async () =>
      this.database.poolStats().pools.flatMap((p) => (['total', 'idle', 'waiting'] as const).map((state) => ({ labels: { pool: p.pool, state }, value: p[state] }))));
    this.meters.gaugeFromDatabase('claimtrack_db_reads_active', 'Reads running on this instance\'s SQLite read connections', [], async () => [{ labels: {}, value: this.database.poolStats().readersBusy }]);
    this.meters.gaugeFromDatabase('claimtrack_claims', 'Claims on the desk by status (deleted articles\' claims left out)', ['status'], async () => {
      const desk = await this.tallies.desk();
      return CLAIM_STATUSES.map((status) => ({ labels: { status }, value: desk ? Number(desk[STATUS_COLUMNS[status]]) : 0 }));
    });
  }

  private authorised(header: string | undefined): boolean {
    if (!this.token) return true;
    const given = Buffer.from(/^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1] ?? '');
    const expected = Buffer.from(this.token);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}
