import { Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Latency buckets in seconds: from a cached read to a slow export. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const WAIT_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5];

/**
 * The service's Prometheus metrics, in a registry of this app's own (so several apps in one process,
 * as in the tests, do not share counters). Features above may add gauges read at scrape time
 * (`gaugeFromDatabase`) and count their outcomes through the counters here; metrics itself reads
 * no feature, so features depend on it one way.
 */
@Injectable()
export class Meters {
  readonly registry = new Registry();

  readonly httpRequests = new Counter({ name: 'claimtrack_http_requests_total', help: 'HTTP requests answered, by method, route template and status code', labelNames: ['method', 'route', 'status'] as const, registers: [this.registry] });
  readonly httpDuration = new Histogram({ name: 'claimtrack_http_request_duration_seconds', help: 'Time to answer an HTTP request, by method and route template', labelNames: ['method', 'route'] as const, buckets: LATENCY_BUCKETS, registers: [this.registry] });
  readonly writeWait = new Histogram({ name: 'claimtrack_db_write_wait_seconds', help: 'How long a write transaction waited for its turn (SQLite: the one writer\'s queue; PostgreSQL: a pooled connection)', buckets: WAIT_BUCKETS, registers: [this.registry] });
  readonly importItems = new Counter({ name: 'claimtrack_import_items_total', help: 'Articles of import jobs processed by this instance, by outcome (imported, duplicate, refused)', labelNames: ['outcome'] as const, registers: [this.registry] });
  readonly webhookDeliveries = new Counter({ name: 'claimtrack_webhook_deliveries_total', help: 'Webhook delivery attempts made by this instance, by outcome (delivered, failed, given_up)', labelNames: ['outcome'] as const, registers: [this.registry] });
  readonly webhookDuration = new Histogram({ name: 'claimtrack_webhook_delivery_duration_seconds', help: 'Response time of webhook receivers', buckets: LATENCY_BUCKETS, registers: [this.registry] });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'claimtrack_process_' });
  }

  /** A gauge whose values are read (from the database) each time /metrics is scraped. */
  gaugeFromDatabase<L extends string>(name: string, help: string, labelNames: readonly L[], read: () => Promise<{ labels: Record<L, string>; value: number }[]>): void {
    new Gauge({
      name, help, labelNames, registers: [this.registry],
      async collect() {
        this.reset();
        for (const { labels, value } of await read()) this.set(labels as never, value);
      },
    });
  }

  async text(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
